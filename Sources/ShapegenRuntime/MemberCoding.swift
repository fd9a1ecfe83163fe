// Coding and comparing members in the conformances generated for structures with many members.
//
// For small structures the compiler synthesizes `Codable` and `Equatable`; for large ones that
// code type-checks slowly, because every `decodeIfPresent`, `encodeIfPresent` and `==` makes the
// type checker choose among many overloads (`==` among every `==` in the module). These functions
// have no overloads, so the generated code that calls them type-checks several times faster.

extension KeyedDecodingContainer {
    /// The value for `key`, or `nil` when the key is absent or its value is null: what
    /// `decodeIfPresent(_:forKey:)` does, inferring the type from the result.
    public func decodeOptionalMember<Value: Decodable>(_ key: Key) throws -> Value? {
        try decodeIfPresent(Value.self, forKey: key)
    }

    /// The value for `key`, which must be present: what `decode(_:forKey:)` does, inferring the
    /// type from the result.
    public func decodeRequiredMember<Value: Decodable>(_ key: Key) throws -> Value {
        try decode(Value.self, forKey: key)
    }
}

extension KeyedEncodingContainer {
    /// Encodes `value` for `key`, leaving the key out when it is `nil`, as `encodeIfPresent(_:forKey:)`.
    public mutating func encodeOptionalMember<Value: Encodable>(_ value: Value?, _ key: Key) throws {
        try encodeIfPresent(value, forKey: key)
    }

    /// Encodes `value` for `key`, as `encode(_:forKey:)`.
    public mutating func encodeRequiredMember<Value: Encodable>(_ value: Value, _ key: Key) throws {
        try encode(value, forKey: key)
    }
}

/// Whether two member values are equal, as `lhs == rhs`.
@inlinable
public func membersEqual<Value: Equatable>(_ lhs: Value, _ rhs: Value) -> Bool {
    lhs == rhs
}
