import ShapegenSwiftCode

/// Choices that shape generated code without changing what it means.
public struct TranslatorOptions: Sendable, Hashable {
    /// The access level of generated declarations.
    public var access: AccessLevel
    /// The model file's name, written in each file's header.
    public var sourceName: String

    /// Creates options.
    public init(access: AccessLevel = .public, sourceName: String) {
        self.access = access
        self.sourceName = sourceName
    }
}

/// The files generated for each service, in this order; a fixed set, so build tools can declare them.
public enum GeneratedFile: String, Sendable, CaseIterable {
    /// Structures, enums and error shapes.
    case shapes = "Shapes.swift"
    /// `validate(in:)` for every input shape.
    case validation = "Validation.swift"
    /// The service protocol and the client.
    case client = "Client.swift"
    /// Page and item sequences for paginated operations.
    case paginators = "Paginators.swift"
    /// A mock of the service protocol for tests.
    case mock = "Mock.swift"
}
