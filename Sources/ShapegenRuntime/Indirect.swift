/// Stores a value behind a reference so that a structure can hold itself, directly or through
/// other structures (a recursive shape).
///
/// Generated code applies it only to the members that close a cycle; it is invisible to users,
/// who read and write the wrapped value as usual.
@propertyWrapper
public struct Indirect<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    private final class Storage: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private var storage: Storage

    /// Wraps a value.
    public init(wrappedValue: Value) {
        storage = Storage(wrappedValue)
    }

    /// The stored value.
    public var wrappedValue: Value {
        get { storage.value }
        set { storage = Storage(newValue) }
    }

    public static func == (lhs: Indirect, rhs: Indirect) -> Bool { lhs.wrappedValue == rhs.wrappedValue }

    public func hash(into hasher: inout Hasher) { hasher.combine(wrappedValue) }

    public init(from decoder: any Decoder) throws {
        self.init(wrappedValue: try Value(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try wrappedValue.encode(to: encoder)
    }
}

extension KeyedDecodingContainer {
    /// Decodes an optional indirect member, treating a missing key as `nil` as for plain optionals.
    public func decode<Wrapped>(_ type: Indirect<Wrapped?>.Type, forKey key: Key) throws -> Indirect<Wrapped?> {
        Indirect(wrappedValue: try decodeIfPresent(Wrapped.self, forKey: key))
    }
}

extension KeyedEncodingContainer {
    /// Encodes an optional indirect member, leaving the key out when it is `nil`.
    public mutating func encode<Wrapped>(_ value: Indirect<Wrapped?>, forKey key: Key) throws {
        try encodeIfPresent(value.wrappedValue, forKey: key)
    }
}

extension Indirect: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The wrapped value's description, so that printing a structure shows what it holds.
    public var description: String { String(describing: wrappedValue) }

    /// The wrapped value's debug description.
    public var debugDescription: String { String(reflecting: wrappedValue) }

    /// The wrapped value's mirror, so that `dump` lists what it holds rather than the box.
    public var customMirror: Mirror { Mirror(reflecting: wrappedValue) }
}
