import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-shapes [--target T …]`: regenerates
/// committed output in place, for packages that commit generated code for review and diffing.
///
/// For each chosen target (default: every target with models) the `*.shapes.yaml` files anywhere
/// in its folder are generated into its `Generated/` folder in the flat layout, with the target's
/// `shapegen-config.yaml` if it has one. A package whose targets have no models but which has a
/// `Models/` folder (the layout of swift-shapegen itself) gets `Models/` regenerated into `Generated/`.
@main
struct ShapegenCommand: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let chosen = extractor.extractOption(named: "target")
        guard extractor.remainingArguments.isEmpty else {
            throw PluginError(
                "unexpected arguments: \(extractor.remainingArguments.joined(separator: " ")); usage: generate-shapes [--target T …]"
            )
        }
        let shapegen = try context.tool(named: "shapegen").url
        let targets = try context.package.targets(named: chosen.isEmpty ? context.package.targets.map(\.name) : chosen)
        var runs = targets.compactMap { target in Self.generation(for: target) }
        if !chosen.isEmpty,
            let empty = targets.first(where: { target in !runs.contains { $0.folder == target.directoryURL } })
        {
            throw PluginError("target '\(empty.name)' has no \(ShapegenFiles.modelSuffix) models")
        }
        if runs.isEmpty {
            let models = context.package.directoryURL.appendingPathComponent("Models")
            guard FileManager.default.fileExists(atPath: models.path) else {
                throw PluginError(
                    "no target has \(ShapegenFiles.modelSuffix) models, and the package has no Models/ folder")
            }
            runs = [Generation(folder: context.package.directoryURL, arguments: ["generate"])]
        }
        for run in runs {
            try Self.run(shapegen, run.arguments, in: run.folder)
        }
    }

    /// One run of `shapegen` and the folder it runs in.
    struct Generation {
        var folder: URL
        var arguments: [String]
    }

    /// The run that regenerates `target`'s committed output, if the target has models.
    static func generation(for target: Target) -> Generation? {
        let folder = target.directoryURL
        guard
            let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap({
                $0 as? URL
            })
        else { return nil }
        let models = files.filter { $0.lastPathComponent.hasSuffix(ShapegenFiles.modelSuffix) }.sorted {
            $0.path < $1.path
        }
        guard !models.isEmpty else { return nil }
        var arguments =
            ["generate"] + models.map(\.path) + [
                "--output", folder.appendingPathComponent("Generated").path, "--layout", "flat",
            ]
        if let configuration = files.first(where: { $0.lastPathComponent == ShapegenFiles.configurationName }) {
            arguments += ["--config", configuration.path]
        }
        return Generation(folder: folder, arguments: arguments)
    }

    /// Runs `shapegen` and fails the command if it fails; its output and diagnostics pass through.
    static func run(_ shapegen: URL, _ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = shapegen
        process.arguments = arguments
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PluginError(
                "shapegen \(arguments.first ?? "") failed in \(folder.path) (exit status \(process.terminationStatus))")
        }
    }
}
