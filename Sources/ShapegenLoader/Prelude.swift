import ShapegenModel

/// The scalar shapes a model may use without declaring them, as Smithy's prelude has them:
/// `id: {target: String}` works in a model that declares no `String`. A model's own declaration
/// of one of these names (botocore's models declare them, often with constraints) wins.
enum Prelude {
    /// The prelude's shapes by name.
    static let kinds: [String: ShapeKind] = [
        "String": .string, "Integer": .integer, "Long": .long, "Boolean": .boolean, "Float": .float, "Double": .double,
        "Timestamp": .timestamp(nil), "Blob": .blob, "Document": .document,
    ]

    /// `shapes` and the prelude shapes they or `operations` refer to without declaring them,
    /// by name after the declared ones.
    static func completing(_ shapes: [Shape], operations: [Operation]) -> [Shape] {
        let declared = Set(shapes.map(\.name))
        var referenced = Set(shapes.flatMap(\.kind.referencedShapes))
        for operation in operations {
            referenced.formUnion(
                [operation.input, operation.output].compactMap { $0?.name } + operation.errors.map(\.name))
        }
        let missing = kinds.keys.filter { !declared.contains($0) && referenced.contains($0) }.sorted()
        return shapes + missing.compactMap { name in kinds[name].map { Shape(name: name, kind: $0) } }
    }
}
