import Foundation
import ShapegenTestSupport

/// Every file and folder below a folder, with each file's bytes, to prove that a command left it alone.
struct FolderSnapshot: Equatable {
    /// Relative path → the file's bytes, or `nil` for a folder.
    private(set) var entries: [String: Data?] = [:]

    /// Reads everything below `folder`.
    init(of folder: URL) throws {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: folder.path) else {
            throw SetupError("cannot list \(folder.path)")
        }
        for case let path as String in enumerator {
            let url = folder.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            _ = manager.fileExists(atPath: url.path, isDirectory: &isFolder)
            entries[path] = try isFolder.boolValue ? Data?.none : Data(contentsOf: url)
        }
    }

    /// The relative paths of files (not folders), sorted.
    var filePaths: [String] {
        entries.compactMap { $0.value == nil ? nil : $0.key }.sorted()
    }

    /// What changed from `earlier` to this snapshot, one line per path; empty when nothing did.
    func changes(since earlier: FolderSnapshot) -> [String] {
        Set(entries.keys).union(earlier.entries.keys).sorted().compactMap { path in
            switch (earlier.entries[path], entries[path]) {
            case (nil, _?): "added \(path)"
            case (_?, nil): "removed \(path)"
            case (let before?, let after?) where before != after: "changed \(path)"
            default: nil
            }
        }
    }
}
