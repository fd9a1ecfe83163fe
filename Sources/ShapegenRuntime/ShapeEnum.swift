/// An enum shape: known cases plus a case that keeps values this version of the model does not know.
///
/// Decoding never fails on a new value from the service: it lands in the unknown case and encodes
/// back unchanged. Generated enums implement `init(rawValue:)` with a `switch`.
public protocol ShapeEnum: RawRepresentable, CaseIterable, Codable, Hashable, Sendable, CustomStringConvertible, HTTPScalarValue
where RawValue == String {
    /// The case for `rawValue`; unknown values are kept, not rejected.
    init(rawValue: String)
}

extension ShapeEnum {
    /// Whether the value is one the model lists.
    public var isKnown: Bool { Self.allCases.contains(self) }

    /// The raw value.
    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
