import ArgumentParser
import Foundation
import ShapegenKit
import ShapegenModel
import ShapegenWriter

/// `shapegen check`: fails with a diff when committed output is not what the models generate.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that generated output is up to date; print a unified diff and exit 1 if not.")

    @OptionGroup var models: ModelOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let outputs = try output.generate(modelsAt: try models.modelPaths())
        var stale: [String] = []
        for placed in outputs {
            let folder = placed.folder
            let writer = OutputWriter(directory: URL(fileURLWithPath: folder))
            for difference in try writer.differences(from: placed.files, includingStaleFiles: placed.removesStaleFiles)
            {
                print(difference.unifiedDiff(under: folder), terminator: "")
                stale.append(folder + "/" + difference.relativePath)
            }
        }
        guard stale.isEmpty else {
            printError(
                "error: \(stale.count) generated file(s) are stale: run 'shapegen generate' with the same models and --output, and commit the result"
            )
            throw ExitCode.failure
        }
        print("shapegen: \(outputs.count) service(s) up to date")
    }
}
