import Foundation

/// Reads a structure from an XML element into its `Codable` form, JSON text keyed by member
/// names, following the members' ``WireShape``s; generated types then decode it as any JSON.
enum XMLDecoding {
    /// A value the shape says an element holds, which it does not.
    struct Mismatch: Error, CustomStringConvertible {
        var description: String
    }

    /// The JSON object of `members` read from a response's document element. An output of one
    /// member whose document element is that member itself, with text and no children, reads
    /// the text: S3's `GetBucketLocation` answers `<LocationConstraint>eu-west-1</LocationConstraint>`
    /// (empty for us-east-1, which is then absent, as botocore reads it).
    static func json(document element: XMLNode, members: [WireMember]) throws(Mismatch) -> String {
        guard members.count == 1, let member = members.first, !member.isAttribute, element.name == member.elementName,
            element.children.isEmpty, member.shape.isScalar
        else { return try json(element, members: members) }
        let text = element.text.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty
            ? "{}" : "{" + JSONText.quoted(member.name) + ":" + (try scalar(text, member.shape, member.name)) + "}"
    }

    /// The JSON object of `members` read from `element`; for a union (`isUnion`) with none of them,
    /// the name of the element it holds instead, so that a member added later decodes as unknown.
    static func json(_ element: XMLNode, members: [WireMember], isUnion: Bool = false) throws(Mismatch) -> String {
        var fields: [String] = []
        for member in members {
            if member.isAttribute {
                if let text = element.attributes[member.elementName] {
                    fields.append(JSONText.quoted(member.name) + ":" + (try scalar(text, member.shape, member.name)))
                }
                continue
            }
            if let value = try value(of: member, in: element) {
                fields.append(JSONText.quoted(member.name) + ":" + value)
            }
        }
        if isUnion, fields.isEmpty, let unknown = element.children.first {
            fields.append(JSONText.quoted(unknown.name) + ":true")
        }
        return "{" + fields.joined(separator: ",") + "}"
    }

    private static func value(of member: WireMember, in element: XMLNode) throws(Mismatch) -> String? {
        let name = member.elementName
        switch member.shape {
        case .list(let item, let memberName, true, _):
            // A flattened list's elements take its member's name, if the model gives one.
            let elements = element.children(named: memberName ?? name)
            return elements.isEmpty
                ? nil
                : "[" + (try elements.map { e throws(Mismatch) in try value(e, item) }).joined(separator: ",") + "]"
        case .map(let key, let valueShape, let keyName, let valueName, true, _, _):
            let entries = element.children(named: name)
            return entries.isEmpty ? nil : try map(entries, key, valueShape, keyName, valueName)
        default:
            guard let child = element.child(name) else { return nil }
            return try value(child, member.shape)
        }
    }

    private static func value(_ element: XMLNode, _ shape: WireShape) throws(Mismatch) -> String {
        switch shape {
        case .structure(let type):
            return try json(element, members: type.wireMembers, isUnion: type is any WireUnion.Type)
        case .list(let item, let memberName, _, _):
            let items = element.children(named: memberName ?? "member")
            return "[" + (try items.map { e throws(Mismatch) in try value(e, item) }).joined(separator: ",") + "]"
        case .map(let key, let valueShape, let keyName, let valueName, _, _, _):
            return try map(element.children(named: "entry"), key, valueShape, keyName, valueName)
        default:
            return try scalar(element.text, shape, element.name)
        }
    }

    private static func map(
        _ entries: [XMLNode], _ key: WireShape, _ valueShape: WireShape, _ keyName: String?, _ valueName: String?
    ) throws(Mismatch) -> String {
        var fields: [String] = []
        for entry in entries {
            guard let keyText = entry.child(keyName ?? "key")?.text else { continue }
            let value =
                try entry.child(valueName ?? "value").map { e throws(Mismatch) in try self.value(e, valueShape) }
                ?? "null"
            fields.append(JSONText.quoted(keyText) + ":" + value)
        }
        return "{" + fields.joined(separator: ",") + "}"
    }

    private static func scalar(_ text: String, _ shape: WireShape, _ name: String) throws(Mismatch) -> String {
        if case .string = shape { return JSONText.quoted(text) }
        let trimmed = trimmingWhitespace(text)
        switch shape {
        case .string: return JSONText.quoted(text)
        case .blob: return JSONText.quoted(trimmed)
        case .timestamp: return JSONText.quoted(trimmed)
        case .boolean:
            guard trimmed == "true" || trimmed == "false" else {
                throw Mismatch(description: "\(name): '\(trimmed)' is not a boolean")
            }
            return trimmed
        case .integer:
            guard let number = Int64(trimmed) else {
                throw Mismatch(description: "\(name): '\(trimmed)' is not an integer")
            }
            return String(number)
        case .floatingPoint:
            if ["NaN", "Infinity", "-Infinity"].contains(trimmed) { return JSONText.quoted(trimmed) }
            guard let number = Double(trimmed), number.isFinite else {
                throw Mismatch(description: "\(name): '\(trimmed)' is not a number")
            }
            return String(number)
        case .structure, .list, .map:
            throw Mismatch(description: "\(name): expected an element, found an attribute")
        }
    }

    /// `text` without leading and trailing XML whitespace (space, tab, CR, LF), the only
    /// whitespace around a number, boolean, timestamp or base64 value.
    static func trimmingWhitespace(_ text: String) -> String {
        let utf8 = text.utf8
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard let first = utf8.firstIndex(where: { !isSpace($0) }), let last = utf8.lastIndex(where: { !isSpace($0) })
        else { return "" }
        if first == utf8.startIndex, utf8.index(after: last) == utf8.endIndex { return text }
        return String(text[first...last])
    }
}
