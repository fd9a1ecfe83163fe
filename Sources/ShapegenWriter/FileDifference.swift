/// How one output file differs from what is on disk.
public struct FileDifference: Sendable, Hashable {
    /// The file's path below the output folder.
    public var relativePath: String
    /// The text on disk; `nil` if the file is missing.
    public var old: String?
    /// The text that should be there; `nil` if the file should not exist.
    public var new: String?

    /// Creates a difference.
    public init(relativePath: String, old: String?, new: String?) {
        self.relativePath = relativePath
        self.old = old
        self.new = new
    }

    /// A unified diff (`--- a/…`, `+++ b/…`, `@@` hunks with three lines of context).
    public func unifiedDiff(under folder: String) -> String {
        let path = folder.hasPrefix("/") ? String(folder.dropFirst()) : folder
        let oldName = old == nil ? "/dev/null" : "a/\(path)/\(relativePath)"
        let newName = new == nil ? "/dev/null" : "b/\(path)/\(relativePath)"
        let hunks = UnifiedDiff.hunks(old: UnifiedDiff.lines(old ?? ""), new: UnifiedDiff.lines(new ?? ""))
        return (["--- \(oldName)", "+++ \(newName)"] + hunks).joined(separator: "\n") + "\n"
    }
}
