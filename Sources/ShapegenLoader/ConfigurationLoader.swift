import Foundation
import ShapegenModel
import Yams

/// Reads a `shapegen-config.yaml` file into a ``GeneratorConfiguration``.
///
/// Unknown keys and values of the wrong kind are located errors, like those of a model file.
public struct ConfigurationLoader {
    /// The keys a configuration file may have.
    static let keys = ["access", "operations", "serviceName"]

    /// Creates a loader.
    public init() {}

    /// Loads the configuration file at `path`.
    public func load(contentsOf path: String) throws(DiagnosticsError) -> GeneratorConfiguration {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw DiagnosticsError([
                .error("cannot read configuration file '\(path)': \(ModelLoader.reason(error))", at: nil)
            ])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticsError([
                .error("configuration file is not valid UTF-8", at: ModelLoader.firstInvalidUTF8(in: data, file: path))
            ])
        }
        return try load(yaml: text, path: path)
    }

    /// Loads a configuration from YAML text, naming `path` in diagnostics. An empty file configures nothing.
    public func load(yaml: String, path: String) throws(DiagnosticsError) -> GeneratorConfiguration {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw DiagnosticsError([ModelLoader.diagnostic(forYAMLError: error, file: path)])
        }
        guard let root else { return GeneratorConfiguration() }
        var diagnostics: [Diagnostic] = []
        let what = "the shapegen configuration"
        guard
            let mapping = YAMLNode(node: .composed(root), file: path).mapping(
                &diagnostics, what: what, allowedKeys: Self.keys)
        else {
            throw DiagnosticsError(diagnostics)
        }
        var configuration = GeneratorConfiguration()
        if let node = mapping["access"], let text = node.string(&diagnostics, what: "'access'") {
            if let access = GeneratedAccess(rawValue: text) {
                configuration.access = access
            } else {
                let allowed = GeneratedAccess.allCases.map(\.rawValue)
                let choices = allowed.map { "'\($0)'" }.joined(separator: ", ")
                diagnostics.append(
                    .error(
                        "'access' must be one of \(choices), found '\(text)'" + Suggestion.hint(for: text, in: allowed),
                        at: node.location))
            }
        }
        if let node = mapping["operations"], let names = node.stringList(&diagnostics, what: "'operations'") {
            if names.isEmpty {
                diagnostics.append(.error("'operations' must name at least one operation", at: node.location))
            }
            configuration.operations = names.map { GeneratorConfiguration.Name($0.0, location: $0.1) }
        }
        if let node = mapping["serviceName"], let name = node.nonEmptyString(&diagnostics, what: "'serviceName'") {
            configuration.serviceName = GeneratorConfiguration.Name(name, location: node.location)
        }
        guard diagnostics.isEmpty else { throw DiagnosticsError(diagnostics) }
        return configuration
    }
}
