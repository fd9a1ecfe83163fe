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
        var report = WriteReport()
        do {
            // Each service folder holds generated code only, so stale Swift files in it are removed.
            for service in services {
                let folder = output.output + "/" + service.folder
                let written = try OutputWriter(directory: URL(fileURLWithPath: folder))
                    .write(service.files, removingStaleFiles: true)
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
        var summary = "shapegen: \(services.count) service(s), \(report.written.count) file(s) written, \(report.unchanged.count) unchanged"
        if !report.removed.isEmpty { summary += ", \(report.removed.count) stale removed" }
        print(summary)
    }
}
