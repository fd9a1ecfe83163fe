import ArgumentParser
import Foundation
import ShapegenKit
import ShapegenModel
import ShapegenWriter

/// `shapegen generate`: writes each model's Swift into the output folder.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate Swift for models (default: Models/*.yaml into Generated/).",
        discussion: "Only files whose bytes change are written, each atomically; on any model error nothing is written."
    )

    @OptionGroup var models: ModelOptions
    @OptionGroup var output: OutputOptions

    @Flag(name: .shortAndLong, help: "List every file written.")
    var verbose = false

    func run() throws {
        let outputs = try output.generate(modelsAt: try models.modelPaths())
        var report = WriteReport()
        do {
            for placed in outputs {
                let folder = placed.folder
                let written = try OutputWriter(directory: URL(fileURLWithPath: folder))
                    .write(placed.files, removingStaleFiles: placed.removesStaleFiles)
                report.written += written.written.map { "\(folder)/\($0)" }
                report.unchanged += written.unchanged.map { "\(folder)/\($0)" }
                report.removed += written.removed.map { "\(folder)/\($0)" }
            }
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        if verbose {
            for path in report.written { print("wrote \(path)") }
            for path in report.removed { print("removed \(path)") }
        }
        var summary =
            "shapegen: \(outputs.count) service(s), \(report.written.count) file(s) written, \(report.unchanged.count) unchanged"
        if !report.removed.isEmpty { summary += ", \(report.removed.count) stale removed" }
        print(summary)
    }
}
