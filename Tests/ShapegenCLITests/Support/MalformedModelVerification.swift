import Foundation
import Testing

extension MalformedModelCase {
    /// Runs `generate`, `check` and `lint` on the model and expects, from each: exactly the
    /// `.expected` diagnostics on standard error, nothing on standard output, exit status 1, and an
    /// output folder (pre-populated from `Models/batch.yaml` and `minimal-valid.yaml`) left byte-identical.
    func verify(sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await withTemporaryFolder { folder in
            let model = try model().path
            let expected = try expectedStandardError(modelPath: model)
            let populate = try await ShapegenExecutable.run(
                ["generate", PackagePaths.batchModel().path, Self.minimalValidModel().path, "--output", "out"],
                in: folder)
            try #require(
                populate.status == 0, "populating the output folder failed: \(populate.standardError)",
                sourceLocation: sourceLocation)
            let output = folder.appendingPathComponent("out")
            let before = try FolderSnapshot(of: output)

            for arguments in [
                ["generate", model, "--output", "out"], ["check", model, "--output", "out"], ["lint", model],
            ] {
                let command = "shapegen \(arguments[0])"
                let result = try await ShapegenExecutable.run(arguments, in: folder)
                #expect(
                    result.standardError == expected, "standard error of \(command)", sourceLocation: sourceLocation)
                #expect(result.status == 1, "exit status of \(command)", sourceLocation: sourceLocation)
                #expect(result.standardOutput == "", "standard output of \(command)", sourceLocation: sourceLocation)
                let changes = try FolderSnapshot(of: output).changes(since: before)
                #expect(changes == [], "\(command) touched the output folder", sourceLocation: sourceLocation)
            }
        }
    }
}
