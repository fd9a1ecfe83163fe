// `ShapeMember` for the standard library's scalars: each calls the containers' own method for its
// type, which JSONDecoder and JSONEncoder answer without the generic path's indirection.
//
// They are named for their type (`requiredString`, `optionalInt64`…), and generated code picks
// the name, rather than being overloads of `required` and `optional`: with one initializer of
// `ShapeCoding` per number of members, overloads made a table of 25 members too slow to
// type-check (see ShapeCoding.swift).

extension ShapeMember {
    /// A `String` member that is always present.
    @inlinable
    public static func requiredString(_ name: String, _ path: KeyPath<Root, String> & Sendable) -> Self
    where Value == String {
        let key = MemberKey(name)
        return Self(
            decode: { try $0.decode(String.self, forKey: key) },
            encode: { try $1.encode($0[keyPath: path], forKey: key) })
    }

    /// A `String` member that may be absent.
    @inlinable
    public static func optionalString(_ name: String, _ path: KeyPath<Root, String?> & Sendable) -> Self
    where Value == String? {
        let key = MemberKey(name)
        return Self(
            decode: { try $0.decodeIfPresent(String.self, forKey: key) },
            encode: { try $1.encodeIfPresent($0[keyPath: path], forKey: key) })
    }

    /// A `Bool` member that is always present.
    @inlinable
    public static func requiredBool(_ name: String, _ path: KeyPath<Root, Bool> & Sendable) -> Self
    where Value == Bool {
        let key = MemberKey(name)
        return Self(
            decode: { try $0.decode(Bool.self, forKey: key) }, encode: { try $1.encode($0[keyPath: path], forKey: key) }
        )
    }

    /// A `Bool` member that may be absent.
    @inlinable
    public static func optionalBool(_ name: String, _ path: KeyPath<Root, Bool?> & Sendable) -> Self
    where Value == Bool? {
        let key = MemberKey(name)
        return Self(
            decode: { try $0.decodeIfPresent(Bool.self, forKey: key) },
            encode: { try $1.encodeIfPresent($0[keyPath: path], forKey: key) })
    }

    /// An `Int` member that is always present.
    @inlinable
    public static func requiredInt(_ name: String, _ path: KeyPath<Root, Int> & Sendable) -> Self where Value == Int {
        let key = MemberKey(name)
        return Self(
            decode: { try $0.decode(Int.self, forKey: key) }, encode: { try $1.encode($0[keyPath: path], forKey: key) })
    }

    /// An `Int` member that may be absent.
    @inlinable
    public static func optionalInt(_ name: String, _ path: KeyPath<Root, Int?> & Sendable) -> Self where Value == Int? {
        let key = MemberKey(name)
        return Self(
            decode: { try $0.decodeIfPresent(Int.self, forKey: key) },
            encode: { try $1.encodeIfPresent($0[keyPath: path], forKey: key) })
    }

    /// An `Int64` member that is always present.
    @inlinable
    public static func requiredInt64(_ name: String, _ path: KeyPath<Root, Int64> & Sendable) -> Self
    where Value == Int64 {
        let key = MemberKey(name)
        return Self(
            decode: { try $0.decode(Int64.self, forKey: key) },
            encode: { try $1.encode($0[keyPath: path], forKey: key) })
    }

    /// An `Int64` member that may be absent.
    @inlinable
    public static func optionalInt64(_ name: String, _ path: KeyPath<Root, Int64?> & Sendable) -> Self
    where Value == Int64? {
        let key = MemberKey(name)
        return Self(
            decode: { try $0.decodeIfPresent(Int64.self, forKey: key) },
            encode: { try $1.encodeIfPresent($0[keyPath: path], forKey: key) })
    }

    /// A `Float` member that is always present.
    @inlinable
    public static func requiredFloat(_ name: String, _ path: KeyPath<Root, Float> & Sendable) -> Self
    where Value == Float {
        let key = MemberKey(name)
        return Self(
            decode: { try $0.decode(Float.self, forKey: key) },
            encode: { try $1.encode($0[keyPath: path], forKey: key) })
    }

    /// A `Float` member that may be absent.
    @inlinable
    public static func optionalFloat(_ name: String, _ path: KeyPath<Root, Float?> & Sendable) -> Self
    where Value == Float? {
        let key = MemberKey(name)
        return Self(
            decode: { try $0.decodeIfPresent(Float.self, forKey: key) },
            encode: { try $1.encodeIfPresent($0[keyPath: path], forKey: key) })
    }

    /// A `Double` member that is always present.
    @inlinable
    public static func requiredDouble(_ name: String, _ path: KeyPath<Root, Double> & Sendable) -> Self
    where Value == Double {
        let key = MemberKey(name)
        return Self(
            decode: { try $0.decode(Double.self, forKey: key) },
            encode: { try $1.encode($0[keyPath: path], forKey: key) })
    }

    /// A `Double` member that may be absent.
    @inlinable
    public static func optionalDouble(_ name: String, _ path: KeyPath<Root, Double?> & Sendable) -> Self
    where Value == Double? {
        let key = MemberKey(name)
        return Self(
            decode: { try $0.decodeIfPresent(Double.self, forKey: key) },
            encode: { try $1.encodeIfPresent($0[keyPath: path], forKey: key) })
    }
}
