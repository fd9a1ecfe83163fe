import Foundation

/// How one run of `shapegen generate` on a mutated model ended, judged by what it printed and
/// what it did to the case folder.
public enum FuzzVerdict: Equatable, Sendable {
    /// Exit 0 and a complete set of files for one service, nothing else touched.
    case generated
    /// Non-zero exit, only located diagnostics on standard error, the case folder byte-identical.
    case diagnosed
    /// A signal or an unexpected exit status.
    case crash(String)
    /// The time limit passed.
    case hang
    /// Any other wrong ending: an unlocated error, partial output, output outside the folder.
    case wrong(String)

    /// Whether the case failed.
    public var isFailure: Bool {
        switch self {
        case .generated, .diagnosed: false
        case .crash, .hang, .wrong: true
        }
    }

    /// The files a service may generate, as its folder holds them (those with nothing to declare are left out).
    public static let serviceFiles =
        ["Client.swift", "Mock.swift", "Paginators.swift", "Shapes.swift"] + (2...8).map { "Shapes\($0).swift" } + [
            "Validation.swift"
        ]

    /// The files every service generates: the service protocol and client, and its mock.
    public static let alwaysGeneratedFiles = ["Client.swift", "Mock.swift"]

    /// Judges a finished run.
    ///
    /// - Parameters:
    ///   - status: The exit status (a signal's number for a child killed by one).
    ///   - standardError: What it printed there.
    ///   - before: The case folder (the model, the output folder named `outputName` holding
    ///     earlier output, and files around them) before the run.
    ///   - after: The case folder after the run.
    ///   - outputName: The output folder's name within the case folder.
    public static func judge(
        status: Int32, standardError: String, before: FolderSnapshot, after: FolderSnapshot, outputName: String
    ) -> FuzzVerdict {
        let lines = standardError.split(separator: "\n", omittingEmptySubsequences: true)
        let changes = after.changes(since: before)
        switch status {
        case 0:
            if let line = lines.first(where: { $0.contains("error") || $0.contains("Fatal") }) {
                return .wrong("exit 0 but standard error says: \(line.prefix(300))")
            }
            return judgeOutput(changes, after: after, outputName: outputName)
        case 1:
            if !changes.isEmpty {
                return .wrong(
                    "failed but changed the folder: "
                        + changes.prefix(5).map { "\($0.change) \($0.path)" }.joined(separator: ", "))
            }
            guard !lines.isEmpty else { return .wrong("exit 1 without a diagnostic") }
            if let unlocated = lines.first(where: { !isLocatedDiagnostic($0) }) {
                return .wrong("unlocated error: \(unlocated.prefix(300))")
            }
            return .diagnosed
        default:
            return .crash("exit status \(status): \(lines.suffix(3).joined(separator: " | ").prefix(500))")
        }
    }

    /// `path:line:column: error: message` with a non-empty path and positive numbers.
    public static func isLocatedDiagnostic(_ line: Substring) -> Bool {
        guard let range = line.range(of: ": error: ") ?? line.range(of: ": warning: ") ?? line.range(of: ": note: ")
        else { return false }
        let place = line[..<range.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
        guard place.count >= 3, let lineNumber = Int(place[place.count - 2]), let column = Int(place[place.count - 1])
        else {
            return false
        }
        return lineNumber > 0 && column > 0 && !place.dropLast(2).joined(separator: ":").isEmpty
    }

    /// Success means: every change is below the output folder, in one service folder, to its
    /// generated files (or a stale Swift file removed), and that folder now holds at least the
    /// files every service generates.
    private static func judgeOutput(
        _ changes: [(change: String, path: String)], after: FolderSnapshot, outputName: String
    ) -> FuzzVerdict {
        let prefix = outputName + "/"
        var folders: Set<String> = []
        for (change, path) in changes {
            guard path.hasPrefix(prefix) else { return .wrong("\(change) \(path): outside the output folder") }
            guard after.entries[path] != .some(nil) else { continue }  // a folder made for the service
            let relative = path.dropFirst(prefix.count)
            let file = String(relative.split(separator: "/").last ?? "")
            guard file.hasSuffix(".swift"), change == "removed" || serviceFiles.contains(file) else {
                return .wrong("\(change) \(path): not a generated file")
            }
            folders.insert(String(relative.dropLast(file.count)))
        }
        guard folders.count <= 1 else { return .wrong("wrote into several folders: \(folders.sorted())") }
        if let folder = folders.first {
            let missing = alwaysGeneratedFiles.filter { after.entries[prefix + folder + $0] == nil }
            if folder.isEmpty || !missing.isEmpty {
                return .wrong("partial output in '\(prefix + folder)': missing \(missing)")
            }
        }
        return .generated
    }
}
