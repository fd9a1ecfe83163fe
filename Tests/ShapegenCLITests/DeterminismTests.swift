import Foundation
import Testing

/// The same model generates the same bytes, whatever the folder, working directory or path spelling.
@Suite("determinism")
struct DeterminismTests {
    @Test func twoRunsIntoDifferentFoldersAreByteIdentical() async throws {
        try await withTemporaryFolder { folder in
            // Once from the package root with a relative model path, once from elsewhere with an absolute one.
            let first = folder.appendingPathComponent("first")
            let firstRun = try await ShapegenExecutable.run(
                ["generate", "Models/batch.yaml", "--output", first.path], in: PackagePaths.root)
            #expect(firstRun.status == 0, "\(firstRun.standardError)")
            let secondRun = try await ShapegenExecutable.run(
                ["generate", PackagePaths.batchModel().path, "--output", "second"], in: folder)
            #expect(secondRun.status == 0, "\(secondRun.standardError)")

            let firstSnapshot = try FolderSnapshot(of: first)
            let secondSnapshot = try FolderSnapshot(of: folder.appendingPathComponent("second"))
            #expect(firstSnapshot.filePaths == PackagePaths.generatedFileNames.map { "Batch/" + $0 })
            #expect(secondSnapshot.changes(since: firstSnapshot) == [])
        }
    }
}
