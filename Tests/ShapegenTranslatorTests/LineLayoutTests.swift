import Foundation
import ShapegenKit
import ShapegenTestSupport
import ShapegenWriter
import Testing

/// Generated code reads well in a review: the corpus sample and the hand-written models of
/// `CorpusSampleCompileTests` keep every line within 120 columns (doc comments and lone string
/// literals aside) and pass `swift format lint --strict` with the project's `.swift-format` exactly
/// as rendered.
@Suite("Line layout of generated code")
struct LineLayoutTests {
    static let root = CorpusSampleCompileTests.root

    /// The sample services and hand-written models, generated into a fresh folder.
    private func generateSample() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("layout-\(UUID().uuidString)")
        let names = Set(CorpusSampleCompileTests.sample.map(\.key))
        let corpus = Corpus(dataDirectory: try Corpus.installedBotocoreData(), outputDirectory: folder.path)
        let summary = corpus.run(try corpus.entries().filter { names.contains($0.name) })
        try #require(summary.failures.isEmpty, "\(summary.failures)")
        for (name, model) in CorpusSampleCompileTests.handWritten {
            let service = try Generator().generate(modelAt: CorpusSampleCompileTests.fixture + "/" + model)
            try OutputWriter(directory: folder.appendingPathComponent(name)).write(
                service.files, removingStaleFiles: true)
        }
        return folder
    }

    @Test(.timeLimit(.minutes(10)))
    func linesFitAndPassSwiftFormatLint() async throws {
        let folder = try generateSample()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try #require(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") }
        #expect(files.count > 50)
        var long: [String] = []
        for file in files {
            let text = try String(contentsOfFile: folder.path + "/" + file, encoding: .utf8)
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.count > 120 {
                let content = line.drop { $0 == " " }
                let isDocumentation = content.hasPrefix("//")
                let isLoneString = content.hasPrefix("\"") && (content.hasSuffix("\"") || content.hasSuffix("\","))
                if !isDocumentation && !isLoneString { long.append("\(file):\(index + 1): \(line)") }
            }
        }
        #expect(long.isEmpty, "\(long.count) lines over 120 columns:\n\(long.prefix(10).joined(separator: "\n"))")

        let lint = try await ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "swift", "format", "lint", "--strict", "--configuration", Self.root + "/.swift-format", "--recursive",
                folder.path,
            ],
            mergeStandardError: true)
        #expect(
            lint.status == 0 && lint.standardOutput.isEmpty,
            "swift format lint exited with \(lint.status):\n\(lint.standardOutput.prefix(4000))")
    }
}
