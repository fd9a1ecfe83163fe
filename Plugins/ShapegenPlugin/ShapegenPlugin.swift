import Foundation
import PackagePlugin

/// Generates Swift for every `*.shapes.yaml` model in a target, on every build that needs it.
///
/// Each model is one build command whose inputs are the model and the target's
/// `shapegen-config.yaml` (if any) and whose outputs are the fixed set of files `shapegen
/// generate --layout flat` writes for it, in the plugin's work folder. The build system therefore
/// runs the generator only when a model, the configuration or `shapegen` itself changed, and
/// `shapegen` rewrites only files whose bytes change, so unchanged output is not recompiled.
@main
struct ShapegenPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let models = target.sourceFiles.map(\.url).filter { $0.lastPathComponent.hasSuffix(ShapegenFiles.modelSuffix) }
            .sorted { $0.path < $1.path }
        guard !models.isEmpty else { return [] }
        let configuration = target.sourceFiles.map(\.url).first {
            $0.lastPathComponent == ShapegenFiles.configurationName
        }
        try ShapegenFiles.checkDistinctStems(models)
        let shapegen = try context.tool(named: "shapegen").url
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("Generated")
        return models.map { model in
            var arguments = ["generate", model.path, "--output", output.path, "--layout", "flat"]
            if let configuration { arguments += ["--config", configuration.path] }
            return .buildCommand(
                displayName: "Generating Swift from \(model.lastPathComponent)",
                executable: shapegen,
                arguments: arguments,
                inputFiles: [model] + (configuration.map { [$0] } ?? []),
                outputFiles: ShapegenFiles.outputNames(forModel: model).map { output.appendingPathComponent($0) })
        }
    }
}
