import Foundation

// Timestamps that a JSON body writes in a format of their own (a member's or its shape's
// `timestampFormat`): ISO 8601 or RFC 822 strings rather than the protocol's epoch seconds.
// Decoding needs nothing of its own: `JSONCoding.decoder` reads every format.

extension ShapeMember {
    /// A timestamp member that is always present, written in `format`.
    @inlinable
    public static func requiredTimestamp(
        _ name: String, _ path: KeyPath<Root, Date> & Sendable, _ format: HTTPValueFormat
    ) -> Self
    where Value == Date {
        let key = MemberKey(name)
        return Self(
            decode: { try $0.decode(Date.self, forKey: key) },
            encode: { try $1.encodeRequiredTimestamp($0[keyPath: path], key.stringValue, format: format) })
    }

    /// A timestamp member that may be absent, written in `format`.
    @inlinable
    public static func optionalTimestamp(
        _ name: String, _ path: KeyPath<Root, Date?> & Sendable, _ format: HTTPValueFormat
    ) -> Self
    where Value == Date? {
        let key = MemberKey(name)
        return Self(
            decode: { try $0.decodeIfPresent(Date.self, forKey: key) },
            encode: { try $1.encodeOptionalTimestamp($0[keyPath: path], key.stringValue, format: format) })
    }
}

extension KeyedEncodingContainer where Key == MemberKey {
    /// Encodes `date` as the member `name` in `format`: a string for ISO 8601 and RFC 822, epoch seconds otherwise.
    public mutating func encodeRequiredTimestamp(_ date: Date, _ name: String, format: HTTPValueFormat) throws {
        switch format {
        case .iso8601, .rfc822: try encode(HTTPTimestamp.text(date, format: format), forKey: MemberKey(name))
        case .epochSeconds, .jsonValue: try encode(date, forKey: MemberKey(name))
        }
    }

    /// Encodes `date` as the member `name` in `format`, leaving it out when it is `nil`.
    public mutating func encodeOptionalTimestamp(_ date: Date?, _ name: String, format: HTTPValueFormat) throws {
        guard let date else { return }
        try encodeRequiredTimestamp(date, name, format: format)
    }
}

extension HTTPMemberEncoder {
    /// Encodes a timestamp body member in `format`, leaving it out when it is `nil`.
    public mutating func encodeOptionalTimestamp(_ date: Date?, _ name: String, format: HTTPValueFormat) throws {
        try bodyContainer.encodeOptionalTimestamp(date, name, format: format)
    }

    /// Encodes a timestamp body member in `format`.
    public mutating func encodeRequiredTimestamp(_ date: Date, _ name: String, format: HTTPValueFormat) throws {
        try bodyContainer.encodeRequiredTimestamp(date, name, format: format)
    }
}
