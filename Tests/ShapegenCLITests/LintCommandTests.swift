import Foundation
import Testing

/// `shapegen lint`: checks models and writes nothing.
@Suite("lint")
struct LintCommandTests {
    @Test func passesOnTheBatchModel() async throws {
        try await withTemporaryFolder { folder in
            let result = try await ShapegenExecutable.run(["lint", PackagePaths.batchModel().path], in: folder)
            #expect(result.status == 0)
            #expect(result.standardError == "")
            #expect(result.standardOutput == "shapegen: 1 model(s) OK\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [], "lint must not write")
        }
    }

    @Test func failsOnAMalformedModelNamedWithAValidOne() async throws {
        try await withTemporaryFolder { folder in
            let malformed = MalformedModelCase(name: "unknown-shape-type")
            let model = try malformed.model().path
            let result = try await ShapegenExecutable.run(["lint", PackagePaths.batchModel().path, model], in: folder)
            #expect(result.status == 1)
            #expect(result.standardOutput == "")
            #expect(result.standardError == (try malformed.expectedStandardError(modelPath: model)))
        }
    }
}
