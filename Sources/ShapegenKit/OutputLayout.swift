import Foundation
import ShapegenTranslator
import ShapegenWriter

/// Where generated files go below the output folder.
public enum OutputLayout: String, Sendable, CaseIterable {
    /// One folder per service, named after it: `Batch/Shapes.swift`; files with nothing to declare
    /// are left out. Stale Swift files in a service's folder are removed, since the folder holds
    /// generated code only.
    case folders
    /// Directly in the output folder, named after the model file: `batch.Shapes.swift` for
    /// `batch.shapes.yaml` or `batch.yaml`. Build tools use it, because they must name every output
    /// before the model is read: every file of the fixed set is written, empty ones too; nothing
    /// else in the folder is removed.
    case flat

    /// A service's files placed below `root`, the output folder.
    public func place(_ service: GeneratedService, fromModelAt modelPath: String, under root: String) -> PlacedOutput {
        switch self {
        case .folders:
            return PlacedOutput(folder: root + "/" + service.folder, files: service.files, removesStaleFiles: true)
        case .flat:
            let stem = Self.stem(ofModelAt: modelPath)
            let files = (service.files + service.placeholders).map {
                OutputFile(relativePath: stem + "." + $0.relativePath, contents: $0.contents)
            }
            return PlacedOutput(folder: root, files: files, removesStaleFiles: false)
        }
    }

    /// The model's file name without `.yaml`/`.yml` and a `.shapes` before it: `batch` for `batch.shapes.yaml`.
    static func stem(ofModelAt modelPath: String) -> String {
        var name = URL(fileURLWithPath: modelPath).lastPathComponent
        for suffix in [".yaml", ".yml"] where name.hasSuffix(suffix) {
            name.removeLast(suffix.count)
        }
        if name.hasSuffix(".shapes") { name.removeLast(".shapes".count) }
        return name
    }
}

/// Generated files and the folder they are written to.
public struct PlacedOutput: Sendable, Hashable {
    /// The folder, as given on the command line or below it.
    public var folder: String
    /// The files, with paths relative to ``folder``.
    public var files: [OutputFile]
    /// Whether Swift files in ``folder`` that are not among ``files`` are stale output to remove.
    public var removesStaleFiles: Bool
}
