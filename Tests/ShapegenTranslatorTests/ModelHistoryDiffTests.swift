import Foundation
import ShapegenKit
import ShapegenTestSupport
import Testing

/// Real AWS updates give small generated diffs: AWS Batch imported and generated from pairs of
/// consecutive botocore releases (fetched by `scripts/botocore/releases`), each side under the
/// same file name so that the header line is the same. Only the files that declare a shape that
/// changed (or the operations' files, when an operation changed) change, and the generated diff is
/// at most twice the model's, in changed lines.
@Suite(
    "Model history: small generated diffs",
    .enabled(if: BotocoreReleases.isAvailable, Comment(rawValue: BotocoreReleases.skipMessage)))
struct ModelHistoryDiffTests {
    static let pairs = [
        ("1.21.7", "1.21.8"), ("1.29.33", "1.29.34"), ("1.34.117", "1.34.118"), ("1.42.46", "1.42.47"),
        ("1.43.14", "1.43.15"),
    ]

    /// Batch of `version`: the imported model's text and the generated files by name.
    private func generated(_ version: String, in folder: URL) throws -> (model: String, files: [String: String]) {
        let path = folder.appendingPathComponent(version).appendingPathComponent("batch.yaml").path
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let model = try ModelImport(
            model: BotocoreReleases.batchModel(version), paginators: BotocoreReleases.batchPaginators(version),
            overlay: nil, output: path
        ).yaml()
        try model.write(toFile: path, atomically: true, encoding: .utf8)
        // The same name on both sides: the header names the model file.
        let service = try Generator().generate(modelAt: path)
        let files = Dictionary(uniqueKeysWithValues: service.files.map { ($0.relativePath, $0.contents) })
        return (model, files)
    }

    @Test("only the files of changed declarations change, by at most twice the model's changed lines", arguments: pairs)
    func smallDiffs(old: String, new: String) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try generated(old, in: folder)
        let after = try generated(new, in: folder)

        let modelLines = changedLines(before.model, after.model)
        let changedFiles = Set(before.files.keys).union(after.files.keys).filter { before.files[$0] != after.files[$0] }
        let swiftLines = changedFiles.reduce(0) { $0 + changedLines(before.files[$1] ?? "", after.files[$1] ?? "") }
        #expect(modelLines > 0)
        #expect(
            swiftLines <= 2 * modelLines, "\(old) -> \(new): \(swiftLines) Swift lines for \(modelLines) model lines")

        let (shapes, operations) = (
            changedEntries(before.model, after.model, section: "shapes"),
            changedEntries(before.model, after.model, section: "operations")
        )
        var allowed: Set<String> = []
        for (name, contents) in before.files.merging(after.files, uniquingKeysWith: { $0 + $1 })
        where declaresAny(of: shapes, contents) {
            allowed.insert(name)
        }
        if !shapes.isEmpty { allowed.insert("Validation.swift") }
        if !operations.isEmpty {
            allowed.formUnion(["Client.swift", "Mock.swift", "Paginators.swift", "Validation.swift"])
        }
        // The client lists every error shape.
        if shapes.contains(where: { after.model.contains("  \($0):\n    type: structure\n    error:") }) {
            allowed.insert("Client.swift")
        }
        #expect(
            changedFiles.subtracting(allowed).isEmpty,
            "\(old) -> \(new): \(changedFiles.subtracting(allowed).sorted()) changed, though they declare none of \(shapes.sorted())"
        )
    }

    /// Lines removed plus lines added from `old` to `new`, as `diff` counts them.
    private func changedLines(_ old: String, _ new: String) -> Int {
        let difference = new.split(separator: "\n", omittingEmptySubsequences: false)
            .difference(from: old.split(separator: "\n", omittingEmptySubsequences: false))
        return difference.insertions.count + difference.removals.count
    }

    /// The names of the entries of a top-level section (`shapes:`, `operations:`) whose text differs.
    private func changedEntries(_ old: String, _ new: String, section: String) -> Set<String> {
        let (before, after) = (entries(of: old, section: section), entries(of: new, section: section))
        return Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }
    }

    /// Each entry's lines in a section of an emitted model, by name: `  Name:` and what is indented under it.
    private func entries(of model: String, section: String) -> [String: String] {
        var result: [String: String] = [:]
        var inSection = false
        var current: String?
        for line in model.split(separator: "\n", omittingEmptySubsequences: false) {
            // A blank line belongs to the entry it is in (a paragraph break in its documentation).
            if !line.isEmpty, !line.hasPrefix(" ") {
                inSection = line == "\(section):"
                current = nil
                continue
            }
            guard inSection else { continue }
            if line.hasPrefix("  "), !line.hasPrefix("   "), line.hasSuffix(":") {
                current = String(line.dropFirst(2).dropLast())
            }
            if let current { result[current, default: ""] += line + "\n" }
        }
        return result
    }

    /// Whether `contents` declares a type named after one of `shapes`.
    private func declaresAny(of shapes: Set<String>, _ contents: String) -> Bool {
        contents.split(separator: "\n").contains { line in
            // Shapes are declared one level deep, in the service's namespace.
            for prefix in ["    public struct ", "    public enum ", "    public indirect enum "]
            where line.hasPrefix(prefix) {
                let name = line.dropFirst(prefix.count).prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                if shapes.contains(String(name)) { return true }
            }
            return false
        }
    }
}
