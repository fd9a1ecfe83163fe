/// An enum shape: known cases plus a case that keeps values this version of the model does not know.
///
/// Decoding never fails on a new value from the service: it lands in the unknown case and encodes
/// back unchanged. Generated enums implement `init(rawValue:)` with a `switch`.
public protocol ShapeEnum: RawRepresentable, CaseIterable, Codable, Hashable, Sendable, CustomStringConvertible,
    HTTPScalarValue
where RawValue == String {
    /// The case for `rawValue`; unknown values are kept, not rejected.
    init(rawValue: String)
}

extension ShapeEnum {
    /// Whether the value is one the model lists.
    public var isKnown: Bool { Self.allCases.contains(self) }

    /// The raw value.
    public var description: String { rawValue }

    /// Decodes the raw value.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decodeRawValue(from: decoder))
    }

    /// Encodes the raw value.
    public func encode(to encoder: any Encoder) throws {
        try encodeRawValue(rawValue, to: encoder)
    }
}

/// The string `decoder` holds; never inlined, so that no generated enum opens the `any Decoder`
/// itself, not even in the copies of ``ShapeEnum/init(from:)`` specialized for it (see
/// ShapeCoding.swift).
@usableFromInline @inline(never)
func decodeRawValue(from decoder: any Decoder) throws -> String {
    try decoder.singleValueContainer().decode(String.self)
}

/// Encodes `rawValue` as a single string; never inlined, like ``decodeRawValue(from:)``.
@usableFromInline @inline(never)
func encodeRawValue(_ rawValue: String, to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
}
