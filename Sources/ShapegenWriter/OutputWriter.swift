import Foundation

/// A file to write: a path relative to the output folder and its contents.
public struct OutputFile: Sendable, Hashable {
    /// The path below the output folder, with `/` between components.
    public var relativePath: String
    /// The file's text.
    public var contents: String

    /// Creates an output file.
    public init(relativePath: String, contents: String) {
        self.relativePath = relativePath
        self.contents = contents
    }
}

/// What writing a set of files did.
public struct WriteReport: Sendable, Hashable {
    /// Files whose bytes changed or that did not exist.
    public var written: [String] = []
    /// Files that already had the right bytes and were not touched.
    public var unchanged: [String] = []
    /// Stale Swift files that were removed.
    public var removed: [String] = []

    /// Creates an empty report.
    public init() {}
}

/// Problems writing output.
public enum OutputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A relative path that is absolute, empty or climbs out of the output folder.
    case unsafePath(String)
    /// A file system operation failed.
    case io(path: String, reason: String)

    public var description: String {
        switch self {
        case .unsafePath(let path): "refusing to write '\(path)': output paths must stay inside the output folder"
        case .io(let path, let reason): "cannot write '\(path)': \(reason)"
        }
    }
}

/// Writes generated files: only those whose bytes change, each atomically, never outside the output folder.
///
/// Every path is checked before anything is written, so a bad path leaves all output untouched.
public struct OutputWriter: Sendable {
    /// The folder that receives the files.
    public var directory: URL

    /// Creates a writer for `directory`.
    public init(directory: URL) {
        self.directory = directory
    }

    /// Writes `files`, creating folders as needed.
    ///
    /// With `removingStaleFiles`, Swift files below the folder that `files` does not name are
    /// deleted: use it only for a folder that holds generated code and nothing else.
    @discardableResult
    public func write(_ files: [OutputFile], removingStaleFiles: Bool = false) throws(OutputError) -> WriteReport {
        for file in files {
            try Self.checkSafe(file.relativePath)
        }
        var report = WriteReport()
        for file in files.sorted(by: { $0.relativePath < $1.relativePath }) {
            let url = directory.appendingPathComponent(file.relativePath)
            let data = Data(file.contents.utf8)
            if (try? Data(contentsOf: url)) == data {
                report.unchanged.append(file.relativePath)
                continue
            }
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw .io(path: url.path, reason: (error as NSError).localizedDescription)
            }
            do {
                try AtomicReplace.replaceContents(of: url.path, with: data)
            } catch {
                throw .io(path: url.path, reason: error.reason)
            }
            report.written.append(file.relativePath)
        }
        if removingStaleFiles {
            let expected = Set(files.map(\.relativePath))
            for stale in existingSwiftFiles() where !expected.contains(stale) {
                do {
                    try FileManager.default.removeItem(at: directory.appendingPathComponent(stale))
                } catch {
                    throw .io(path: stale, reason: (error as NSError).localizedDescription)
                }
                report.removed.append(stale)
            }
        }
        return report
    }

    /// The differences between `files` and what is on disk, as unified diffs; empty when identical.
    ///
    /// With `includingStaleFiles`, Swift files on disk that `files` does not name are reported as
    /// to be deleted, as ``write(_:removingStaleFiles:)`` would delete them.
    public func differences(from files: [OutputFile], includingStaleFiles: Bool = true) throws(OutputError) -> [FileDifference] {
        var differences: [FileDifference] = []
        let expected = Set(files.map(\.relativePath))
        for file in files.sorted(by: { $0.relativePath < $1.relativePath }) {
            try Self.checkSafe(file.relativePath)
            let url = directory.appendingPathComponent(file.relativePath)
            let existing = (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) }
            if existing != file.contents {
                differences.append(FileDifference(relativePath: file.relativePath, old: existing, new: file.contents))
            }
        }
        for stale in existingSwiftFiles() where includingStaleFiles && !expected.contains(stale) {
            let url = directory.appendingPathComponent(stale)
            let existing = (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) }
            differences.append(FileDifference(relativePath: stale, old: existing, new: nil))
        }
        return differences
    }

    /// Swift files below the output folder, relative and sorted.
    private func existingSwiftFiles() -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted()
    }

    /// Throws unless `path` is a plain relative path that stays below the output folder.
    static func checkSafe(_ path: String) throws(OutputError) {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        let isSafe = !path.isEmpty && !path.hasPrefix("/") && !path.contains("\\") && !path.contains("\0")
            && components.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
        guard isSafe else { throw .unsafePath(path) }
    }
}
