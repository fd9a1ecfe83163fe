#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads whole files with `open`, `fstat` and `read`, and nothing else.
///
/// The generator reads its model and the files it may replace this way rather than through
/// Foundation: `FileManager.attributesOfItem` resolves the owner's user and group names (through
/// NSS, which tries nscd and reads `/etc/passwd`), and `Data(contentsOf:)` builds an `NSError` for
/// a file that does not exist. Each cost a good part of a millisecond in a fresh process, where
/// generating Batch takes fifty.
public enum FileBytes {
    /// What a read found.
    public enum Contents: Sendable, Hashable {
        /// The file's bytes.
        case bytes([UInt8])
        /// Nothing at the path (or a folder, which holds no bytes to read).
        case missing
        /// A file larger than the limit, with its size; it was not read.
        case tooLarge(size: Int)
    }

    /// A failure the system reports, with its reason (`strerror`).
    public struct Failure: Error, Sendable, Hashable {
        /// The system's reason, e.g. `Permission denied`.
        public var reason: String

        /// Creates a failure with the reason of the current `errno`.
        public init() {
            self.reason = String(cString: strerror(errno))
        }
    }

    /// The contents of the file at `path`, read only if it holds at most `limit` bytes.
    public static func read(_ path: String, limit: Int = .max) throws(Failure) -> Contents {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { return .missing }
            throw Failure()
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure() }
        if (status.st_mode & S_IFMT) == S_IFDIR { return .missing }
        let size = Int(status.st_size)
        guard size <= limit else { return .tooLarge(size: size) }
        var bytes = [UInt8](repeating: 0, count: size)
        var count = 0
        var failure: Failure?
        bytes.withUnsafeMutableBytes { buffer in
            guard let start = buffer.baseAddress else { return }
            while count < size {
                let read = readSome(descriptor, start + count, size - count)
                if read < 0 {
                    if errno == EINTR { continue }
                    failure = Failure()
                    return
                }
                if read == 0 { break }
                count += read
            }
        }
        if let failure { throw failure }
        if count < size { bytes.removeLast(size - count) }
        return .bytes(bytes)
    }
}

/// `read(2)`, named apart from ``FileBytes/read(_:limit:)``, which hides it inside the type.
private func readSome(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
