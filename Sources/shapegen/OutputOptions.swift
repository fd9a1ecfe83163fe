import ArgumentParser
import Foundation
import ShapegenKit
import ShapegenLoader
import ShapegenModel

/// Options shared by the commands that produce output: where it goes and what the configuration chooses.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "The output folder.")
    var output = "Generated"

    @Option(
        help:
            "How files are laid out: 'folders' (<output>/<Service>/Shapes.swift) or 'flat' (<output>/<model>.Shapes.swift)."
    )
    var layout: OutputLayout = .folders

    @Option(
        help:
            "A shapegen-config.yaml file: access level, operations filter and service name. Options below override it.")
    var config: String?

    @Option(help: "The access level of generated declarations: public (default), package or internal.")
    var access: GeneratedAccess?

    @Option(
        name: .customLong("operation"),
        help: "Generate only this operation and the shapes it reaches; repeat for more.")
    var operations: [String] = []

    @Option(help: "The name generated service types are prefixed with (<name>Client…) instead of the model's.")
    var serviceName: String?

    /// The generator for the configuration file, if any, with the command line's overrides.
    func generator() throws(DiagnosticsError) -> Generator {
        var configuration = GeneratorConfiguration()
        if let config {
            configuration = try ConfigurationLoader().load(contentsOf: config)
        }
        let overrides = GeneratorConfiguration(
            access: access, operations: operations.isEmpty ? nil : operations.map { GeneratorConfiguration.Name($0) },
            serviceName: serviceName.map { GeneratorConfiguration.Name($0) })
        return Generator(configuration: configuration.overridden(by: overrides))
    }

    /// Generates the models at `paths`, failing the command with their diagnostics.
    func generate(modelsAt paths: [String]) throws -> [PlacedOutput] {
        let services: [GeneratedService]
        do {
            var generator = try generator()
            // With one model the command ends once its files are written, and the system frees
            // the memory then; with more, each model's is freed while the next one generates.
            if paths.count == 1 { generator.disposal = .atExit }
            services = try generator.generate(modelsAt: paths)
        } catch {
            throw fail(with: error)
        }
        let outputs = zip(services, paths).map { service, path in
            layout.place(service, fromModelAt: path, under: output)
        }
        var writers: [String: String] = [:]
        for (placed, path) in zip(outputs, paths) {
            for file in placed.files {
                let target = placed.folder + "/" + file.relativePath
                if let other = writers.updateValue(path, forKey: target) {
                    throw ValidationError("models '\(other)' and '\(path)' would both write '\(target)'")
                }
            }
        }
        return outputs
    }
}

extension GeneratedAccess: ExpressibleByArgument {}

extension OutputLayout: ExpressibleByArgument {}
