import Foundation

/// Every file and folder below a folder with each file's bytes: what a fuzz case compares before
/// and after a run.
public struct FolderSnapshot: Equatable, Sendable {
    /// Relative path → the file's bytes, or `nil` for a folder.
    public private(set) var entries: [String: Data?] = [:]

    /// Reads everything below `folder` (symbolic links are not followed).
    public init(of folder: URL) throws {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: folder.path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: folder.path])
        }
        for case let path as String in enumerator {
            let url = folder.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            _ = manager.fileExists(atPath: url.path, isDirectory: &isFolder)
            entries[path] = try isFolder.boolValue ? Data?.none : Data(contentsOf: url)
        }
    }

    /// What changed from `earlier` to this snapshot, as `added`, `removed` or `changed` and the
    /// path, sorted by path.
    public func changes(since earlier: FolderSnapshot) -> [(change: String, path: String)] {
        Set(entries.keys).union(earlier.entries.keys).sorted().compactMap { path in
            switch (earlier.entries[path], entries[path]) {
            case (nil, _?): ("added", path)
            case (_?, nil): ("removed", path)
            case (let before?, let after?) where before != after: ("changed", path)
            default: nil
            }
        }
    }
}
