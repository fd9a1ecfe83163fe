import Foundation

/// An XML namespace declared on an element: `xmlns="uri"`, or `xmlns:prefix="uri"`.
public struct XMLNamespace: Sendable, Hashable {
    /// The namespace's URI.
    public var uri: String
    /// Its prefix, if it is declared with one.
    public var prefix: String?

    /// A namespace.
    public init(_ uri: String, prefix: String? = nil) {
        self.uri = uri
        self.prefix = prefix
    }

    var attribute: String { " " + (prefix.map { "xmlns:" + $0 } ?? "xmlns") + "=\"" + XMLEncoding.escaped(uri) + "\"" }
}

/// The document element of a rest-xml request body: its name and namespace.
public struct XMLRoot: Sendable, Hashable {
    /// The element's name.
    public var name: String
    /// The namespace it declares, if any.
    public var namespace: XMLNamespace?

    /// A document element.
    public init(_ name: String, namespace: XMLNamespace? = nil) {
        self.name = name
        self.namespace = namespace
    }
}

/// Writes a structure's `Codable` form (JSON keyed by member names) as rest-xml elements,
/// following the members' ``WireShape``s, as botocore's serializer writes them.
enum XMLEncoding {
    /// The document of `object`, a structure with `members`, as the element `root`.
    static func document(_ object: [String: Any], members: [WireMember], root: XMLRoot) -> Data {
        var text = ""
        structure(object, members, name: root.name, namespace: root.namespace, into: &text)
        return Data(text.utf8)
    }

    private static func structure(
        _ object: [String: Any], _ members: [WireMember], name: String, namespace: XMLNamespace?,
        into text: inout String
    ) {
        text += "<" + name + (namespace?.attribute ?? "")
        for member in members where member.isAttribute {
            guard let value = object[member.name], let scalar = scalar(value, member.shape) else { continue }
            text += " " + member.elementName + "=\"" + escaped(scalar) + "\""
        }
        text += ">"
        for member in members where !member.isAttribute {
            guard let value = object[member.name], !(value is NSNull) else { continue }
            element(value, member.shape, name: member.elementName, namespace: member.namespace, into: &text)
        }
        text += "</" + name + ">"
    }

    private static func element(
        _ value: Any, _ shape: WireShape, name: String, namespace: XMLNamespace?, into text: inout String
    ) {
        let open = "<" + name + (namespace?.attribute ?? "") + ">"
        let close = "</" + name + ">"
        switch shape {
        case .structure(let type):
            guard let object = value as? [String: Any] else { return }
            structure(object, type.wireMembers, name: name, namespace: namespace, into: &text)
        case .list(let item, let memberName, let flattened, let memberNamespace):
            guard let elements = value as? [Any] else { return }
            if flattened {
                // botocore names a flattened list's elements for the member, whatever its element's name.
                for element in elements { self.element(element, item, name: name, namespace: namespace, into: &text) }
            } else {
                text += open
                for element in elements {
                    self.element(element, item, name: memberName ?? "member", namespace: memberNamespace, into: &text)
                }
                text += close
            }
        case .map(
            let key, let valueShape, let keyName, let valueName, let flattened, let keyNamespace, let valueNamespace):
            guard let entries = value as? [String: Any] else { return }
            if !flattened { text += open }
            for entryKey in entries.keys.sorted() {
                text += flattened ? open : "<entry>"
                element(entryKey, key, name: keyName ?? "key", namespace: keyNamespace, into: &text)
                if let entryValue = entries[entryKey] {
                    element(entryValue, valueShape, name: valueName ?? "value", namespace: valueNamespace, into: &text)
                }
                text += flattened ? close : "</entry>"
            }
            if !flattened { text += close }
        default:
            guard let scalar = scalar(value, shape) else { return }
            text += open + escaped(scalar) + close
        }
    }

    /// A scalar's text: strings and base64 blobs as they are, numbers and booleans in their
    /// plain form, timestamps in ISO 8601 unless the shape says otherwise.
    private static func scalar(_ value: Any, _ shape: WireShape) -> String? {
        switch shape {
        case .string, .blob: return value as? String
        case .boolean: return (value as? Bool).map { $0 ? "true" : "false" }
        case .integer: return (value as? NSNumber)?.stringValue
        case .floatingPoint:
            if let text = value as? String { return text }
            return (value as? NSNumber).map { Double(truncating: $0).httpText(format: .iso8601) }
        case .timestamp(let format):
            guard let number = value as? NSNumber else { return nil }
            return HTTPTimestamp.text(
                Date(timeIntervalSince1970: Double(truncating: number)), format: format ?? .iso8601)
        case .structure, .list, .map: return nil
        }
    }

    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\r": result += "&#xD;"
            default: result.append(character)
            }
        }
        return result
    }
}
