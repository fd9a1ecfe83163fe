// Coding and comparing members in the conformances generated for structures with many members.
//
// For small structures the compiler synthesizes `Codable` and `Equatable`; for large ones that
// code type-checks slowly, because every `decodeIfPresent`, `encodeIfPresent` and `==` makes the
// type checker choose among many overloads (`==` among every `==` in the module), and the
// synthesized `CodingKeys` switches over every member's name. The generated code calls these
// functions instead, which have no overloads, with keys given by name.

/// A member's key on the wire, by name: the key of written-out `init(from:)` and `encode(to:)`.
public struct MemberKey: CodingKey, Hashable, Sendable {
    public let stringValue: String

    /// The key named `name`.
    @inlinable
    public init(_ name: String) {
        stringValue = name
    }

    public init?(stringValue: String) {
        self.init(stringValue)
    }

    /// Members are never keyed by position.
    public var intValue: Int? { nil }

    /// Members are never keyed by position.
    public init?(intValue: Int) {
        nil
    }
}

extension MemberKey {
    /// The container of `decoder`'s members.
    ///
    /// Never inlined, so that the `any Decoder` is opened here and not in each generated
    /// `init(from:)` (see ShapeCoding.swift).
    @inline(never)
    public static func container(of decoder: any Decoder) throws -> KeyedDecodingContainer<MemberKey> {
        try decoder.container(keyedBy: MemberKey.self)
    }

    /// The container for `encoder`'s members; never inlined, like ``container(of:)-(Decoder)``.
    @inline(never)
    public static func container(of encoder: any Encoder) -> KeyedEncodingContainer<MemberKey> {
        encoder.container(keyedBy: MemberKey.self)
    }
}

extension KeyedDecodingContainer where Key == MemberKey {
    /// The value of the member `name`, or `nil` when it is absent or null: what
    /// `decodeIfPresent(_:forKey:)` does, inferring the type from the result.
    public func decodeOptionalMember<Value: Decodable>(_ name: String) throws -> Value? {
        try decodeIfPresent(Value.self, forKey: MemberKey(name))
    }

    /// The value of the member `name`, which must be present: what `decode(_:forKey:)` does,
    /// inferring the type from the result.
    public func decodeRequiredMember<Value: Decodable>(_ name: String) throws -> Value {
        try decode(Value.self, forKey: MemberKey(name))
    }
}

extension KeyedEncodingContainer where Key == MemberKey {
    /// Encodes `value` as the member `name`, leaving it out when it is `nil`, as `encodeIfPresent(_:forKey:)`.
    public mutating func encodeOptionalMember<Value: Encodable>(_ value: Value?, _ name: String) throws {
        try encodeIfPresent(value, forKey: MemberKey(name))
    }

    /// Encodes `value` as the member `name`, as `encode(_:forKey:)`.
    public mutating func encodeRequiredMember<Value: Encodable>(_ value: Value, _ name: String) throws {
        try encode(value, forKey: MemberKey(name))
    }
}

/// Whether two member values are equal, as `lhs == rhs`.
@inlinable
public func membersEqual<Value: Equatable>(_ lhs: Value, _ rhs: Value) -> Bool {
    lhs == rhs
}
