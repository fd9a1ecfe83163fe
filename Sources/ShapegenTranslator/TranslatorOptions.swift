import ShapegenModel
import ShapegenSwiftCode

/// Choices that shape generated code without changing what it means.
public struct TranslatorOptions: Sendable, Hashable {
    /// The access level of generated declarations.
    public var access: GeneratedAccess
    /// The model file's name, written in each file's header.
    public var sourceName: String

    /// Creates options.
    public init(access: GeneratedAccess = .public, sourceName: String) {
        self.access = access
        self.sourceName = sourceName
    }
}

extension AccessLevel {
    /// The syntax's access level for the one a configuration chose.
    init(_ access: GeneratedAccess) {
        switch access {
        case .public: self = .public
        case .package: self = .package
        case .internal: self = .internal
        }
    }
}
