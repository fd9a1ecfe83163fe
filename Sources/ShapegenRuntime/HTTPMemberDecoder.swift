import Foundation
import HTTPTypes

/// Decodes a structure's members in the `init(from:)` that generated code writes for rest-json
/// outputs and errors with members bound to HTTP.
///
/// When the client decodes a response, members bound to headers, the status code or the payload
/// come from there and the others from the JSON body. Anywhere else (a plain `JSONDecoder`, or
/// the structure nested in another) every member is decoded from its key, as the synthesized
/// conformance would.
public struct HTTPMemberDecoder {
    private let container: KeyedDecodingContainer<MemberKey>
    private let response: ResponseMessage?

    /// Starts decoding from `decoder`.
    public init(_ decoder: any Decoder) throws {
        container = try decoder.container(keyedBy: MemberKey.self)
        response = decoder.codingPath.isEmpty ? Self.key.flatMap { decoder.userInfo[$0] } as? ResponseMessage : nil
    }

    private static let key = CodingUserInfoKey(rawValue: "ShapegenRuntime.HTTPResponse")

    /// A decoder for responses: bound members of the shapes it decodes come from `response`.
    static func decoder(for response: ResponseMessage) -> JSONDecoder {
        let decoder = JSONCoding.decoder
        if let key { decoder.userInfo[key] = response }
        return decoder
    }

    /// A body member, `nil` when it is absent or null.
    public func decodeOptionalMember<Value: Decodable>(_ name: String) throws -> Value? {
        try container.decodeIfPresent(Value.self, forKey: MemberKey(name))
    }

    /// A body member that must be present.
    public func decodeRequiredMember<Value: Decodable>(_ name: String) throws -> Value {
        try container.decode(Value.self, forKey: MemberKey(name))
    }

    /// A member bound to a header called `name` or to the status code; `nil` when the header is
    /// absent. `format` overrides how timestamps are read (by default RFC 822, though ISO 8601 and
    /// epoch seconds are accepted too) or marks a base64-encoded JSON string.
    public func decodeOptionalMember<Value: HTTPBindingValue>(
        _ name: String, at location: HTTPMemberLocation, format: HTTPValueFormat? = nil
    ) throws -> Value? {
        guard let response else { return try container.decodeIfPresent(Value.self, forKey: MemberKey(name)) }
        let text: String
        switch location {
        case .statusCode: text = String(response.status)
        case .header, .headers:
            guard let header = response.header(named: name) else { return nil }
            text = header
        case .uri, .querystring:
            return try container.decodeIfPresent(Value.self, forKey: MemberKey(name))
        }
        guard let value = Value(header: text, format: format ?? location.defaultFormat) else {
            let what = location == .statusCode ? "the status code" : "header '\(name)'"
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: [MemberKey(name)], debugDescription: "\(what) does not hold a \(Value.self)"))
        }
        return value
    }

    /// A member bound to a header or the status code that must be present.
    public func decodeRequiredMember<Value: HTTPBindingValue>(
        _ name: String, at location: HTTPMemberLocation, format: HTTPValueFormat? = nil
    ) throws -> Value {
        guard response != nil else { return try container.decode(Value.self, forKey: MemberKey(name)) }
        guard let value: Value = try decodeOptionalMember(name, at: location, format: format) else {
            throw DecodingError.keyNotFound(
                MemberKey(name), .init(codingPath: [], debugDescription: "header '\(name)' is missing"))
        }
        return value
    }

    /// A map bound to headers: one entry per header whose name starts with the prefix (compared
    /// case-insensitively), keyed by the rest of its name; `nil` when there is none.
    ///
    /// The prefix is `name`, the member's key, unless `prefix` gives another (`""`: every header).
    public func decodeMapMember<Value: HTTPBindingValue>(
        _ name: String, at location: HTTPMemberLocation, prefix: String? = nil
    ) throws -> [String: Value]? {
        guard let response, location == .headers || location == .header else {
            return try container.decodeIfPresent([String: Value].self, forKey: MemberKey(name))
        }
        let prefix = prefix ?? name
        var entries: [String: Value] = [:]
        let lowercasedPrefix = prefix.lowercased()
        for field in response.head.headerFields where field.name.canonicalName.hasPrefix(lowercasedPrefix) {
            guard let value = Value(header: field.value, format: location.defaultFormat) else {
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: [MemberKey(name)],
                        debugDescription: "header '\(field.name.rawName)' does not hold a \(Value.self)"))
            }
            entries[String(field.name.rawName.dropFirst(prefix.count))] = value
        }
        return entries.isEmpty ? nil : entries
    }

    /// The payload member, which is the whole body: a blob as its bytes, a string or an enum's raw
    /// value as UTF-8, a structure decoded from JSON (`nil` for an empty body).
    public func decodeOptionalPayload<Value: Decodable>(_ name: String) throws -> Value? {
        guard let response else { return try container.decodeIfPresent(Value.self, forKey: MemberKey(name)) }
        if Value.self == Data.self { return response.body as? Value }
        if Value.self == String.self { return String(decoding: response.body, as: UTF8.self) as? Value }
        guard !response.body.isEmpty else { return nil }
        if let enumType = Value.self as? any ShapeEnum.Type {
            return enumType.init(rawValue: String(decoding: response.body, as: UTF8.self)) as? Value
        }
        if let type = Value.self as? any WireStructure.Type {
            // rest-xml: the payload is the structure's element.
            do {
                let json = try XMLDecoding.json(try XMLNode.parse(response.body), members: type.wireMembers)
                return try JSONCoding.decoder.decode(Value.self, from: Data(json.utf8))
            } catch let error as XMLNode.Malformed {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: [MemberKey(name)], debugDescription: error.description))
            } catch let error as XMLDecoding.Mismatch {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: [MemberKey(name)], debugDescription: error.description))
            }
        }
        return try JSONCoding.decoder.decode(Value.self, from: response.body)
    }

    /// The payload member, which must be present.
    public func decodeRequiredPayload<Value: Decodable>(_ name: String) throws -> Value {
        guard response != nil else { return try container.decode(Value.self, forKey: MemberKey(name)) }
        guard let value: Value = try decodeOptionalPayload(name) else {
            throw DecodingError.keyNotFound(
                MemberKey(name), .init(codingPath: [], debugDescription: "the body is empty"))
        }
        return value
    }
}
