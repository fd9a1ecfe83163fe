import Foundation

/// The file names the plugins agree on with `shapegen`.
///
/// Plugins cannot import the generator's modules, so the flat layout's names are restated here;
/// the plugin consumer tests fail if the two disagree (the build would miss declared outputs).
enum ShapegenFiles {
    /// Models are the target's files whose names end so.
    static let modelSuffix = ".shapes.yaml"
    /// The configuration file shared by the models of a target.
    static let configurationName = "shapegen-config.yaml"
    /// The files `shapegen` generates for every model, in the flat layout prefixed with the model's stem.
    /// The shapes are spread over eight files, `Shapes.swift` and `Shapes2.swift`…`Shapes8.swift`.
    static let generatedFiles =
        ["Shapes.swift"] + (2...8).map { "Shapes\($0).swift" } + [
            "Validation.swift", "Client.swift", "Paginators.swift", "Mock.swift",
        ]

    /// `batch` for `batch.shapes.yaml`.
    static func stem(ofModel model: URL) -> String {
        String(model.lastPathComponent.dropLast(modelSuffix.count))
    }

    /// The names of the files generated for `model`: `batch.Shapes.swift`, ….
    static func outputNames(forModel model: URL) -> [String] {
        generatedFiles.map { stem(ofModel: model) + "." + $0 }
    }

    /// Throws when two models would generate files of the same name.
    static func checkDistinctStems(_ models: [URL]) throws {
        var seen: [String: URL] = [:]
        for model in models {
            if let other = seen.updateValue(model, forKey: stem(ofModel: model)) {
                throw PluginError(
                    "models '\(other.path)' and '\(model.path)' would generate files of the same names; rename one")
            }
        }
    }
}

/// A failure a plugin reports to the build.
struct PluginError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
