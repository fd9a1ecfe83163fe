// `Codable` for generated structures from one line each: a table of their members.
//
// A synthesized `Codable` conformance gives every structure a `CodingKeys` enum with its own
// `CodingKey`, `Hashable` and `CustomStringConvertible` conformances and about twenty functions,
// which is most of what a service's debug build compiles. A structure that conforms to
// `ShapeCodable` instead lists its members once, by wire name and key path, and shares the coding
// code here. The functions are inlinable, so optimized builds specialize them for each structure:
// decoding a 100-item ListJobsResponse takes 1.06x the time of hand-written Codable (Benchmarks/).

/// A structure whose `Codable` conformance comes from its table of members, ``coding``.
public protocol ShapeCodable: Codable {
    /// How the structure's members are decoded and encoded.
    static var coding: ShapeCoding<Self> { get }
}

extension ShapeCodable {
    /// Decodes every member, as ``coding`` lists them.
    @inlinable
    public init(from decoder: any Decoder) throws {
        self = try Self.coding.decode(decoder.container(keyedBy: MemberKey.self))
    }

    /// Encodes every member, as ``coding`` lists them; absent optional members are left out.
    @inlinable
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: MemberKey.self)
        try Self.coding.encode(self, &container)
    }
}

/// The members of a structure `Root` and its memberwise initializer, which together decode and
/// encode it.
public struct ShapeCoding<Root>: Sendable {
    @usableFromInline let decode: @Sendable (KeyedDecodingContainer<MemberKey>) throws -> Root
    @usableFromInline let encode: @Sendable (Root, inout KeyedEncodingContainer<MemberKey>) throws -> Void

    /// A table of `members`, which `initializer` takes in the same order.
    @inlinable
    public init<each Value>(
        _ initializer: @escaping @Sendable (repeat each Value) -> Root, _ members: repeat ShapeMember<Root, each Value>
    ) {
        decode = { container in initializer(repeat try (each members).decode(container)) }
        encode = { root, container in
            for member in repeat each members {
                try member.encode(root, &container)
            }
        }
    }
}

/// One member of a structure `Root`: its wire name and its stored value, of type `Value`.
///
/// Made by ``required(_:_:)`` and ``optional(_:_:)``; the overloads for the standard library's
/// scalars call the containers' own methods for them, as synthesized conformances do.
public struct ShapeMember<Root, Value>: Sendable {
    @usableFromInline let decode: @Sendable (KeyedDecodingContainer<MemberKey>) throws -> Value
    @usableFromInline let encode: @Sendable (Root, inout KeyedEncodingContainer<MemberKey>) throws -> Void

    @inlinable
    init(
        decode: @escaping @Sendable (KeyedDecodingContainer<MemberKey>) throws -> Value,
        encode: @escaping @Sendable (Root, inout KeyedEncodingContainer<MemberKey>) throws -> Void
    ) {
        self.decode = decode
        self.encode = encode
    }

    /// A member that is always present, named `name` on the wire.
    @inlinable
    public static func required(_ name: String, _ path: KeyPath<Root, Value> & Sendable) -> Self
    where Value: Codable & Sendable {
        let key = MemberKey(name)
        return Self(decode: { try $0.decode(Value.self, forKey: key) }, encode: { try $1.encode($0[keyPath: path], forKey: key) })
    }

    /// A member that may be absent (or null), named `name` on the wire; it is left out when `nil`.
    @inlinable
    public static func optional<Wrapped: Codable & Sendable>(_ name: String, _ path: KeyPath<Root, Wrapped?> & Sendable) -> Self
    where Value == Wrapped? {
        let key = MemberKey(name)
        return Self(
            decode: { try $0.decodeIfPresent(Wrapped.self, forKey: key) },
            encode: { try $1.encodeIfPresent($0[keyPath: path], forKey: key) })
    }
}
