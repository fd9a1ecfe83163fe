import Foundation
import ShapegenUtilities

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
    /// The files are compared and replaced on all cores, each through its own temporary file; when
    /// one cannot be written, the others may still have been, and the error named is that of the
    /// first failing file by path.
    ///
    /// With `removingStaleFiles`, Swift files below the folder that `files` does not name are
    /// deleted: use it only for a folder that holds generated code and nothing else.
    @discardableResult
    public func write(_ files: [OutputFile], removingStaleFiles: Bool = false) throws(OutputError) -> WriteReport {
        for file in files {
            try Self.checkSafe(file.relativePath)
        }
        let sorted = files.sorted(by: { $0.relativePath < $1.relativePath })
        let outcomes = sorted.concurrentMap { file in Result { () throws(OutputError) in try writeIfChanged(file) } }
        var report = WriteReport()
        for (file, outcome) in zip(sorted, outcomes) {
            if try outcome.get() {
                report.written.append(file.relativePath)
            } else {
                report.unchanged.append(file.relativePath)
            }
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

    /// Replaces `file` on disk unless it already holds the same bytes; whether it was written.
    private func writeIfChanged(_ file: OutputFile) throws(OutputError) -> Bool {
        let path = directory.path + "/" + file.relativePath
        let bytes = Array(file.contents.utf8)
        if case .bytes(let existing)? = try? FileBytes.read(path), existing == bytes {
            return false
        }
        do {
            try AtomicReplace.replaceContents(of: path, with: bytes)
        } catch {
            throw .io(path: path, reason: error.reason)
        }
        return true
    }

    /// The differences between `files` and what is on disk, as unified diffs; empty when identical.
    ///
    /// With `includingStaleFiles`, Swift files on disk that `files` does not name are reported as
    /// to be deleted, as ``write(_:removingStaleFiles:)`` would delete them.
    public func differences(from files: [OutputFile], includingStaleFiles: Bool = true) throws(OutputError)
        -> [FileDifference]
    {
        var differences: [FileDifference] = []
        let expected = Set(files.map(\.relativePath))
        for file in files.sorted(by: { $0.relativePath < $1.relativePath }) {
            try Self.checkSafe(file.relativePath)
            let existing = Self.text(at: directory.path + "/" + file.relativePath)
            if existing != file.contents {
                differences.append(FileDifference(relativePath: file.relativePath, old: existing, new: file.contents))
            }
        }
        for stale in existingSwiftFiles() where includingStaleFiles && !expected.contains(stale) {
            let existing = Self.text(at: directory.path + "/" + stale)
            differences.append(FileDifference(relativePath: stale, old: existing, new: nil))
        }
        return differences
    }

    /// Swift files below the output folder, relative and sorted.
    private func existingSwiftFiles() -> [String] {
        DirectoryListing.files(below: directory.path).filter { $0.hasSuffix(".swift") }
    }

    /// The text of the file at `path`, if it can be read.
    private static func text(at path: String) -> String? {
        guard case .bytes(let bytes)? = try? FileBytes.read(path) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Throws unless `path` is a plain relative path that stays below the output folder.
    static func checkSafe(_ path: String) throws(OutputError) {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        let isSafe =
            !path.isEmpty && !path.hasPrefix("/") && !path.contains("\\") && !path.contains("\0")
            && components.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
        guard isSafe else { throw .unsafePath(path) }
    }
}
