import Foundation
import ShapegenChecker
import ShapegenLoader
import ShapegenModel
import ShapegenNames
import ShapegenRenderer
import ShapegenTranslator
import ShapegenUtilities
import ShapegenWriter

/// The generated code of one service: the folder it belongs in and its files.
public struct GeneratedService: Sendable, Hashable {
    /// The service's folder below the output root, e.g. `Batch`.
    public var folder: String
    /// The files that declare something, in ``GeneratedFile`` order.
    public var files: [OutputFile]
    /// The rest of the fixed set of files: nothing in them but the header. Only the flat layout
    /// writes them, for build tools, which name every output before the model is read.
    public var placeholders: [OutputFile]
}

/// Runs the pipeline: load → check → translate → render, all in memory.
///
/// Nothing is written here; ``OutputWriter`` writes only once every model has generated, so a
/// model error leaves existing output untouched.
public struct Generator: Sendable {
    /// How the large values of a run (the model, the translated files) are disposed of.
    public enum Disposal: Sendable, Hashable {
        /// Freed on a background thread: for a process that goes on, such as tests or the corpus.
        case background
        /// Kept until the process exits: for a command that ends once the files are written.
        case atExit
    }

    /// The configuration: access level, operations filter and service name.
    public var configuration: GeneratorConfiguration
    /// How the model and the translated files are disposed of once a service is generated.
    public var disposal: Disposal

    /// Creates a generator.
    public init(configuration: GeneratorConfiguration = GeneratorConfiguration(), disposal: Disposal = .background) {
        self.configuration = configuration
        self.disposal = disposal
    }

    /// Loads and checks the model at `path`.
    public func loadModel(at path: String) throws(DiagnosticsError) -> ServiceModel {
        let model = try ModelLoader().load(contentsOf: path)
        try ModelChecker().check(model)
        return model
    }

    /// Generates the service described by the model at `path`.
    public func generate(modelAt path: String) throws(DiagnosticsError) -> GeneratedService {
        let model = try loadModel(at: path)
        let service = try generate(model)
        dispose(of: model)
        return service
    }

    /// Generates a loaded, checked model, customized by ``configuration``.
    ///
    /// - Throws: The configuration's errors (an operation the model lacks) and those of the
    ///   customized model (a service name that collides with a shape's).
    public func generate(_ model: ServiceModel) throws(DiagnosticsError) -> GeneratedService {
        let model = try model.customized(by: configuration)
        if configuration.serviceName != nil {
            try ModelChecker().check(model)
        }
        let sourceName = URL(fileURLWithPath: model.sourcePath).lastPathComponent
        let access = configuration.access ?? .public
        let translator = Translator(options: TranslatorOptions(access: access, sourceName: sourceName))
        let renderer = SwiftRenderer()
        // Each file renders as soon as it is translated, on all cores.
        let translated = translator.translate(model) { file in (file, renderer.render(file)) }
        var files: [OutputFile] = []
        var placeholders: [OutputFile] = []
        for (file, contents) in translated {
            let output = OutputFile(relativePath: file.name, contents: contents)
            if file.declarations.isEmpty { placeholders.append(output) } else { files.append(output) }
        }
        dispose(of: translated)
        return GeneratedService(folder: SwiftNames.folder(model.service), files: files, placeholders: placeholders)
    }

    private func dispose<Value>(of value: consuming Value) {
        switch disposal {
        case .background: BackgroundRelease.release(value)
        case .atExit: BackgroundRelease.keepUntilExit(value)
        }
    }

    /// Generates every model, collecting the diagnostics of all of them before failing.
    public func generate(modelsAt paths: [String]) throws(DiagnosticsError) -> [GeneratedService] {
        var services: [GeneratedService] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            do {
                services.append(try generate(modelAt: path))
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
        var folders: [String: String] = [:]
        for (service, path) in zip(services, paths) {
            if let other = folders[service.folder] {
                throw DiagnosticsError([
                    .error(
                        "models '\(other)' and '\(path)' both generate the service folder '\(service.folder)'",
                        at: SourceLocation(file: path, line: 1, column: 1))
                ])
            }
            folders[service.folder] = path
        }
        return services
    }

    /// The model files in `directory`: `*.yaml` files except overlays (`*.overlay.yaml`), sorted by name.
    public static func modelFiles(in directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasSuffix(".overlay.yaml") }
            .sorted()
            .map { (directory as NSString).appendingPathComponent($0) }
    }
}
