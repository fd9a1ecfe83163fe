/// The files generated for each service, in this order; a fixed set, so build tools can declare them.
public enum GeneratedFile: Sendable, Hashable, CaseIterable {
    /// Structures, enums and error shapes, spread over ``shapeParts`` files: `Shapes.swift`,
    /// `Shapes2.swift`…; `part` counts from 1.
    case shapes(part: Int)
    /// `validate(in:)` for every input shape.
    case validation
    /// The service protocol and the client.
    case client
    /// Page and item sequences for paginated operations.
    case paginators
    /// A mock of the service protocol for tests.
    case mock

    /// How many files hold the shapes: ``CompileCostLimits/shapeFiles``, which says why.
    public static let shapeParts = CompileCostLimits.shapeFiles

    /// Every file, in order.
    public static let allCases: [GeneratedFile] =
        (1...shapeParts).map { .shapes(part: $0) } + [.validation, .client, .paginators, .mock]

    /// The file's name, e.g. `Shapes.swift` or `Shapes2.swift`.
    public var name: String {
        switch self {
        case .shapes(let part): part == 1 ? "Shapes.swift" : "Shapes\(part).swift"
        case .validation: "Validation.swift"
        case .client: "Client.swift"
        case .paginators: "Paginators.swift"
        case .mock: "Mock.swift"
        }
    }
}
