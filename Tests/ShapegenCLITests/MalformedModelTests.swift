import Foundation
import Testing

/// Every model in `MalformedModels/`: exact diagnostics, exit status 1, output left untouched.
@Suite("Malformed models")
struct MalformedModelTests {
    @Test("generate, check and lint report exactly the expected diagnostics", arguments: try MalformedModelCase.all())
    func reportsExpectedDiagnostics(_ malformed: MalformedModelCase) async throws {
        try await malformed.verify()
    }

    @Test func everyModelHasExpectedDiagnosticsAndThereAreEnough() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: MalformedModelCase.folder().path)
        let models = Set(files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) })
        let expectations = Set(
            files.filter { $0.hasSuffix(".expected") }.map { String($0.dropLast(".expected".count)) })
        #expect(models.subtracting(expectations) == ["minimal-valid"], "every malformed model needs a .expected file")
        #expect(expectations.subtracting(models).isEmpty, "every .expected file needs a .yaml model")
        #expect(Set(files).subtracting(files.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".expected") }).isEmpty)
        #expect(expectations.count >= 25)
    }

    @Test func theModelTheCasesDeriveFromIsValid() async throws {
        try await withTemporaryFolder { folder in
            let model = try MalformedModelCase.minimalValidModel().path
            let lint = try await ShapegenExecutable.run(["lint", model], in: folder)
            #expect(lint.status == 0)
            #expect(lint.standardError == "")
            let generate = try await ShapegenExecutable.run(["generate", model, "--output", "out"], in: folder)
            #expect(generate.status == 0)
            #expect(generate.standardError == "")
            #expect(
                try FolderSnapshot(of: folder.appendingPathComponent("out")).filePaths
                    == ["Client.swift", "Mock.swift", "Paginators.swift", "Shapes.swift", "Validation.swift"].map {
                        "Mini/" + $0
                    })
        }
    }

    @Test func oneMalformedModelStopsEveryModelFromBeingWritten() async throws {
        try await withTemporaryFolder { folder in
            let malformed = MalformedModelCase(name: "unknown-member-key")
            let model = try malformed.model().path
            let result = try await ShapegenExecutable.run(
                ["generate", PackagePaths.batchModel().path, model, "--output", "out"], in: folder)
            #expect(result.status == 1)
            #expect(result.standardError == (try malformed.expectedStandardError(modelPath: model)))
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
        }
    }
}
