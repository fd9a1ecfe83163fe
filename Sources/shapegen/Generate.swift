import ArgumentParser
import Foundation
import ShapegenKit
import ShapegenModel
import ShapegenWriter

/// `shapegen generate`: writes each model's Swift into its service folder.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate Swift for models (default: Models/*.yaml into Generated/).",
        discussion: "Only files whose bytes change are written, each atomically; on any model error nothing is written.")

    @OptionGroup var models: ModelOptions
    @OptionGroup var output: OutputOptions

    @Flag(name: .shortAndLong, help: "List every file written.")
    var verbose = false

    func run() throws {
        let services: [GeneratedService]
        do {
            services = try Generator(access: output.access).generate(modelsAt: try models.modelPaths())
        } catch let error as DiagnosticsError {
            throw fail(with: error)
        }
        let writer = OutputWriter(directory: URL(fileURLWithPath: output.output))
        let report: WriteReport
        do {
            report = try writer.write(services.outputFiles)
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        if verbose {
            for path in report.written { print("wrote \(output.output)/\(path)") }
        }
        print("shapegen: \(services.count) service(s), \(report.written.count) file(s) written, \(report.unchanged.count) unchanged")
    }
}
