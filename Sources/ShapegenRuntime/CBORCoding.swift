import Foundation

/// The smithy-rpc-v2-cbor protocol's bodies: a structure's `Codable` form written as CBOR by its
/// wire description (blobs as byte strings, timestamps as tag 1), and CBOR read back into JSON,
/// which needs no description (a byte string becomes the base64 text `Data` decodes from, a
/// tagged timestamp its epoch seconds).
enum CBORCoding {
    /// A value the wire description does not expect.
    struct Mismatch: Error, CustomStringConvertible {
        var description: String
    }

    /// The CBOR map of a structure's `Codable` form.
    static func encode(_ object: [String: Any], members: [WireMember]) throws(Mismatch) -> CBORValue {
        var entries: [(key: CBORValue, value: CBORValue)] = []
        for member in members {
            guard let value = object[member.name], !(value is NSNull) else { continue }
            entries.append((.text(member.name), try encode(value, member.shape, member.name)))
        }
        return .map(entries)
    }

    private static func encode(_ value: Any, _ shape: WireShape, _ path: String) throws(Mismatch) -> CBORValue {
        func mismatch() -> Mismatch { Mismatch(description: "\(path): \(type(of: value)) does not fit the model") }
        switch shape {
        case .structure(let type):
            guard let object = value as? [String: Any] else { throw mismatch() }
            return try encode(object, members: type.wireMembers)
        case .list(let item, _, _, _):
            guard let items = value as? [Any] else { throw mismatch() }
            return .array(
                try items.enumerated().map { index, element throws(Mismatch) in
                    try encode(element, item, "\(path)[\(index)]")
                })
        case .map(_, let valueShape, _, _, _, _, _):
            guard let object = value as? [String: Any] else { throw mismatch() }
            var entries: [(key: CBORValue, value: CBORValue)] = []
            for key in object.keys.sorted() {
                guard let entry = object[key], !(entry is NSNull) else { continue }
                entries.append((.text(key), try encode(entry, valueShape, path + "." + key)))
            }
            return .map(entries)
        case .string:
            guard let text = value as? String else { throw mismatch() }
            return .text(text)
        case .blob:
            guard let text = value as? String, let data = Data(base64Encoded: text) else { throw mismatch() }
            return .bytes(data)
        case .boolean:
            guard let flag = value as? Bool else { throw mismatch() }
            return .boolean(flag)
        case .integer:
            guard let number = value as? NSNumber else { throw mismatch() }
            let integer = number.int64Value
            return integer >= 0 ? .unsigned(UInt64(integer)) : .negative(UInt64(-(integer + 1)))
        case .floatingPoint:
            return .float(try double(value, mismatch))
        case .timestamp:
            return .tagged(1, .float(try double(value, mismatch)))
        }
    }

    private static func double(_ value: Any, _ mismatch: () -> Mismatch) throws(Mismatch) -> Double {
        switch value {
        case let text as String:
            switch text {
            case "NaN": return .nan
            case "Infinity": return .infinity
            case "-Infinity": return -.infinity
            default: throw mismatch()
            }
        case let number as NSNumber: return Double(truncating: number)
        default: throw mismatch()
        }
    }

    /// JSON text of a CBOR item; `nil` for what JSON cannot hold (a map key that is not text).
    static func json(_ item: CBORValue) -> String? {
        switch item {
        case .unsigned(let value): return String(value)
        case .negative(let value): return value == .max ? "-18446744073709551616" : "-" + String(value + 1)
        case .bytes(let data): return JSONText.quoted(data.base64EncodedString())
        case .text(let text): return JSONText.quoted(text)
        case .array(let items):
            var parts: [String] = []
            for item in items {
                guard let part = json(item) else { return nil }
                parts.append(part)
            }
            return "[" + parts.joined(separator: ",") + "]"
        case .map(let entries):
            var parts: [String] = []
            for entry in entries {
                guard case .text(let key) = entry.key else { return nil }
                if case .null = entry.value { continue }
                guard let value = json(entry.value) else { return nil }
                parts.append(JSONText.quoted(key) + ":" + value)
            }
            return "{" + parts.joined(separator: ",") + "}"
        case .tagged(_, let inner): return json(inner)
        case .boolean(let flag): return flag ? "true" : "false"
        case .null, .undefined: return "null"
        case .float(let value):
            if value.isNaN { return "\"NaN\"" }
            if value.isInfinite { return value < 0 ? "\"-Infinity\"" : "\"Infinity\"" }
            return String(value)
        }
    }

    /// `response` with a CBOR map body replaced by its JSON, which error decoding reads; any other
    /// response as it is.
    static func jsonResponse(_ response: ResponseMessage) -> ResponseMessage {
        guard let item = try? CBORValue(decoding: response.body), case .map = item, let json = json(item) else {
            return response
        }
        var converted = response
        converted.body = Data(json.utf8)
        return converted
    }
}

extension CBORValue {
    /// The item as JSON text, as the client reads a response: byte strings as base64 text, tagged
    /// items as the item, NaN and the infinities as strings; `nil` when a map key is not text.
    public var jsonText: String? { CBORCoding.json(self) }
}
