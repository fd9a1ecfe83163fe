// `Codable` for generated structures from one line each: a table of their members.
//
// A synthesized `Codable` conformance gives every structure a `CodingKeys` enum with its own
// `CodingKey`, `Hashable` and `CustomStringConvertible` conformances and about twenty functions,
// which is most of what a service's debug build compiles. A structure that conforms to
// `ShapeCodable` instead lists its members once, by wire name and key path, and shares the coding
// code here. It is all inlinable, so optimized builds specialize it for each structure: decoding a
// 100-item ListJobsResponse takes about 1.1x the time of hand-written Codable (Benchmarks/).
//
// What a generated module must not hold, once optimized, is a local archetype for each shape: a
// pack element (a loop over `repeat each` members) or an opened existential (`any Decoder`). The
// compiler's cross-module optimization, on in every release build, rebuilds the module's table of
// local archetypes after each small public function it looks at, and a service has accessors for
// every member, so a few local archetypes per structure made release builds quadratic: SageMaker's
// did not finish in 17 minutes. So the table is not variadic but has one initializer per number of
// members (ShapeCoding+Arities.swift), and `MemberKey.container(of:)`, never inlined, opens the
// decoder and the encoder (README, "Performance"; `OptimizedBuildTests`).
//
// One initializer per number of members type-checks quickly only if its arguments are not
// overloaded: with an overload of `required` and `optional` for each scalar type, a table of 25
// members did not type-check in reasonable time. The scalars' members are therefore named for
// their type (ShapeMember+Scalars.swift). Choosing them inside a generic member instead, by
// comparing types, kept each structure's members of one scalar type in one shared closure, whose
// key path then stays an opened existential instead of folding into a field access.

/// A structure whose `Codable` conformance comes from its table of members, ``coding``.
public protocol ShapeCodable: Codable {
    /// How the structure's members are decoded and encoded.
    static var coding: ShapeCoding<Self> { get }
}

extension ShapeCodable {
    /// Decodes every member, as ``coding`` lists them.
    @inlinable
    public init(from decoder: any Decoder) throws {
        self = try Self.coding.decode(MemberKey.container(of: decoder))
    }

    /// Encodes every member, as ``coding`` lists them; absent optional members are left out.
    @inlinable
    public func encode(to encoder: any Encoder) throws {
        var container = MemberKey.container(of: encoder)
        try Self.coding.encode(self, &container)
    }
}

/// The members of a structure `Root` and its memberwise initializer, which together decode and
/// encode it; made by one of the initializers in ShapeCoding+Arities.swift, one per number of
/// members.
public struct ShapeCoding<Root>: Sendable {
    @usableFromInline let decode: @Sendable (KeyedDecodingContainer<MemberKey>) throws -> Root
    @usableFromInline let encode: @Sendable (Root, inout KeyedEncodingContainer<MemberKey>) throws -> Void
}

/// One member of a structure `Root`: its wire name and its stored value, of type `Value`.
///
/// Made by ``required(_:_:)`` and ``optional(_:_:)``, or for the standard library's scalars by
/// ``requiredString(_:_:)``, ``optionalInt64(_:_:)`` and the like, which call the containers' own
/// methods for them, as synthesized conformances do.
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
        return Self(
            decode: { try $0.decode(Value.self, forKey: key) },
            encode: { try $1.encode($0[keyPath: path], forKey: key) })
    }

    /// A member that may be absent (or null), named `name` on the wire; it is left out when `nil`.
    @inlinable
    public static func optional<Wrapped: Codable & Sendable>(_ name: String, _ path: KeyPath<Root, Wrapped?> & Sendable)
        -> Self
    where Value == Wrapped? {
        let key = MemberKey(name)
        return Self(
            decode: { try $0.decodeIfPresent(Wrapped.self, forKey: key) },
            encode: { try $1.encodeIfPresent($0[keyPath: path], forKey: key) })
    }
}
