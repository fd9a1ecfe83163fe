import Foundation
import ShapegenChecker
import ShapegenImporter
import ShapegenKit
import ShapegenLoader
import ShapegenModel

/// Reads the models `shapegen diff` compares: YAML models (loaded and checked like every command
/// does) or botocore JSON through the importer.
enum DiffModelLoader {
    /// Loads the model at `path`: botocore JSON if it ends in `.json` or `.json.gz`, YAML otherwise.
    static func load(at path: String) throws(DiagnosticsError) -> ServiceModel {
        guard path.hasSuffix(".json") || path.hasSuffix(".json.gz") else {
            return try Generator().loadModel(at: path)
        }
        do {
            return try BotocoreImporter().importModel(at: path, paginators: paginators(besideModelAt: path))
        } catch {
            throw DiagnosticsError([.error(String(describing: error), at: nil)])
        }
    }

    /// Loads and checks YAML text read from somewhere other than a file, naming it `path`.
    static func load(yaml: String, path: String) throws(DiagnosticsError) -> ServiceModel {
        let model = try ModelLoader().load(yaml: yaml, path: path)
        try ModelChecker().check(model)
        return model
    }

    /// `paginators-1.json[.gz]` in the botocore model's folder, if there is one.
    private static func paginators(besideModelAt path: String) -> String? {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        return ["paginators-1.json", "paginators-1.json.gz"].map { folder.appendingPathComponent($0).path }
            .first(where: FileManager.default.fileExists(atPath:))
    }
}
