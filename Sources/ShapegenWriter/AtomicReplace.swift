import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Replaces a file's contents atomically: writes a temporary file beside it and renames it over.
///
/// A reader, and a build that starts at the same time, sees the old file or the new one, never a
/// part of either. The data is not forced to disk first (no `fsync`), as compilers write their
/// outputs: generated files are build products that the model reproduces, and a sync per file
/// cost more than half of writing a dozen files on the development machine.
enum AtomicReplace {
    /// Failures, with the system's reason.
    struct Failure: Error {
        var reason: String
    }

    /// Makes `bytes` the contents of the file at `path`, replacing any file there; a new file gets
    /// mode 0666 less the umask, as `open` gives. Missing folders on the way are created.
    static func replaceContents(of path: String, with bytes: [UInt8]) throws(Failure) {
        let temporary = temporaryPath(beside: path)
        var descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        if descriptor < 0, errno == ENOENT {
            try createDirectories(folder(of: path))
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        }
        guard descriptor >= 0 else { throw Failure(reason: systemReason()) }
        var failure: Failure?
        bytes.withUnsafeBytes { buffer in
            guard let start = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, start + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = Failure(reason: systemReason())
                    return
                }
                offset += count
            }
        }
        if close(descriptor) != 0, failure == nil { failure = Failure(reason: systemReason()) }
        if failure == nil, rename(temporary, path) != 0 { failure = Failure(reason: systemReason()) }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    /// Creates the folder at `path` and any missing folders above it, as `mkdir -p` does; new
    /// folders get mode 0777 less the umask.
    static func createDirectories(_ path: String) throws(Failure) {
        if mkdir(path, 0o777) == 0 { return }
        let code = errno
        switch code {
        case EEXIST:
            var status = stat()
            guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else {
                throw Failure(reason: "'\(path)' exists and is not a folder")
            }
        case ENOENT:
            let parent = folder(of: path)
            guard !parent.isEmpty else { throw Failure(reason: String(cString: strerror(code))) }
            try createDirectories(parent)
            if mkdir(path, 0o777) != 0, errno != EEXIST { throw Failure(reason: systemReason()) }
        default:
            throw Failure(reason: String(cString: strerror(code)))
        }
    }

    /// The part of `path` before its last `/`; empty when it has none.
    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// A name in `path`'s folder that no other writer picks: hidden, with the process and a random part.
    private static func temporaryPath(beside path: String) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let random = UInt64.random(in: 0...UInt64.max)
        return "\(path[..<slash]).\(path[slash...]).\(getpid()).\(String(random, radix: 36)).tmp"
    }

    private static func systemReason() -> String {
        String(cString: strerror(errno))
    }
}
