import Foundation
import ShapegenTestSupport

/// Output of `Models/batch.yaml` generated into a folder, for the command tests to inspect and edit.
struct GeneratedOutput {
    /// The temporary folder commands run in.
    var workingFolder: URL
    /// The output folder as named on the command line, relative to ``workingFolder``.
    var outputName = "out"

    /// The absolute output folder.
    var outputFolder: URL { workingFolder.appendingPathComponent(outputName) }

    /// The absolute path of `Batch/<name>` in the output folder.
    func batchFile(_ name: String) -> URL {
        outputFolder.appendingPathComponent("Batch/" + name)
    }

    /// Runs `shapegen <command> Models/batch.yaml --output out` in the working folder.
    func run(_ command: String) async throws -> CommandResult {
        try await ShapegenExecutable.run(
            [command, PackagePaths.batchModel().path, "--output", outputName], in: workingFolder)
    }
}
