extension KeyedDecodingContainer {
    /// The value for `key`, or `nil` when the key is absent or its value is null: what
    /// `decodeIfPresent(_:forKey:)` does, inferring the type from the result.
    ///
    /// Generated decoders of structures with many members call this instead of the synthesized
    /// `init(from:)`: one generic method without overloads type-checks about three times faster
    /// than `decodeIfPresent`, which the compiler must pick among its overloads for every member.
    public func decodeOptionalMember<Value: Decodable>(_ key: Key) throws -> Value? {
        try decodeIfPresent(Value.self, forKey: key)
    }

    /// The value for `key`, which must be present: what `decode(_:forKey:)` does, inferring the
    /// type from the result (see ``decodeOptionalMember(_:)``).
    public func decodeRequiredMember<Value: Decodable>(_ key: Key) throws -> Value {
        try decode(Value.self, forKey: key)
    }
}
