import ShapegenKit
import ShapegenLoader
import ShapegenModel
import ShapegenTranslator
import Testing

/// Generates the files of a small model given as YAML, after checking it.
func generate(_ yaml: String, access: GeneratedAccess = .public) throws -> [String: String] {
    let model = try ModelLoader().load(yaml: yaml, path: "snippet.yaml")
    let service = try Generator(configuration: GeneratorConfiguration(access: access)).generate(model)
    return Dictionary(uniqueKeysWithValues: service.files.map { ($0.relativePath, $0.contents) })
}

/// A model with service metadata around the given `operations` and `shapes` YAML.
func model(operations: String = "  {}", shapes: String) -> String {
    """
    shapegen: 1
    service: {name: Demo, apiVersion: "2024-01-01", protocol: rest-json, endpointPrefix: demo}
    operations:
    \(operations)
    shapes:
    \(shapes)
    """
}
