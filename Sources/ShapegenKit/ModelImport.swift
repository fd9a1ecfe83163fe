import Foundation
import ShapegenChecker
import ShapegenImporter
import ShapegenLoader
import ShapegenModel
import Yams

/// One `shapegen import`: botocore JSON → model → overlay → checked YAML text.
public struct ModelImport: Sendable {
    /// The botocore `service-2.json[.gz]` to read.
    public var model: String
    /// Its `paginators-1.json[.gz]`, if any.
    public var paginators: String?
    /// The overlay merged onto the imported model, if any.
    public var overlay: String?
    /// Where the YAML model goes.
    public var output: String

    /// Describes an import.
    public init(model: String, paginators: String?, overlay: String?, output: String) {
        self.model = model
        self.paginators = paginators
        self.overlay = overlay
        self.output = output
    }

    /// An import's result: the model's YAML text, and a warning for each overlay quote that the
    /// imported documentation no longer has.
    public struct Result: Sendable {
        /// The YAML model.
        public var yaml: String
        /// Quotes (`source:`) that are gone, each at its place in the overlay.
        public var warnings: [Diagnostic]
    }

    /// The YAML text of the imported model with the overlay applied, checked as the generator would.
    public func yaml() throws(DiagnosticsError) -> String {
        try run().yaml
    }

    /// Imports the model and applies the overlay; with `strict`, a quote that is gone is an error.
    public func run(strict: Bool = false) throws(DiagnosticsError) -> Result {
        let imported: ServiceModel
        do {
            imported = try BotocoreImporter().importModel(at: model, paginators: paginatorsPath, sourcePath: output)
        } catch {
            throw DiagnosticsError([.error(String(describing: error), at: nil)])
        }
        var document = ModelEmitter.document(for: imported)
        let overlay = try self.overlay.map { path throws(DiagnosticsError) in try Overlay(contentsOf: path) }
        if let overlay {
            document = try overlay.apply(to: document)
        }
        let merged: ServiceModel
        do {
            merged = try ModelLoader().load(yaml: try Yams.serialize(node: document), path: output)
        } catch let error as DiagnosticsError {
            throw error
        } catch {
            throw DiagnosticsError([.error("cannot write YAML: \(error)", at: nil)])
        }
        try ModelChecker().check(merged)
        let warnings = ProseAnchorCheck.warnings(overlay?.anchors ?? [], imported: imported, merged: merged)
        if strict, !warnings.isEmpty {
            throw DiagnosticsError(warnings.map { .error($0.message, at: $0.location) })
        }
        let modelName = URL(fileURLWithPath: model).lastPathComponent
        let header = [
            "Imported by `shapegen import` from botocore's \(modelName) (\(imported.service.name) \(imported.service.apiVersion)).",
            self.overlay.map {
                "Hand-written additions live in \(URL(fileURLWithPath: $0).lastPathComponent); edit that, then re-import."
            }
                ?? "Do not edit by hand: re-import instead, with an overlay for hand-written additions.",
        ]
        // Emitting the merged model again puts overlay keys in their canonical places.
        do {
            return Result(yaml: try ModelEmitter.yaml(for: merged, header: header), warnings: warnings)
        } catch {
            throw DiagnosticsError([.error("cannot write YAML: \(error)", at: nil)])
        }
    }

    /// The paginators file: as given, or `paginators-1.json` beside the model.
    private var paginatorsPath: String? {
        if let paginators { return paginators }
        let folder = URL(fileURLWithPath: model).deletingLastPathComponent()
        return ["paginators-1.json", "paginators-1.json.gz"].map { folder.appendingPathComponent($0).path }
            .first(where: FileManager.default.fileExists(atPath:))
    }

    /// Writes `text` to `path` atomically unless it already holds it; returns whether it wrote.
    public static func write(_ text: String, to path: String) throws(DiagnosticsError) -> Bool {
        let data = Data(text.utf8)
        if (try? Data(contentsOf: URL(fileURLWithPath: path))) == data { return false }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw DiagnosticsError([
                .error("cannot write '\(path)': \((error as NSError).localizedDescription)", at: nil)
            ])
        }
        return true
    }
}
