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
