import Foundation
import ShapegenImporter
import ShapegenModel
import ShapegenNames

/// Writes a case's parameters or expected result (botocore's JSON form of a shape's value) as a
/// Swift expression that builds the generated type's value, e.g. `RestJsonSuite1.Foo(bar: "x")`
/// (the shapes' namespace, which the module shares its name with).
struct ValueLiteral {
    /// Values that do not fit their shape.
    struct Mismatch: Error, CustomStringConvertible {
        var description: String
    }

    /// The enum the generated shapes are nested in, which qualifies their types.
    let namespace: String
    /// The model's shapes by name.
    let shapes: [String: Shape]

    init(model: ServiceModel) {
        self.namespace = SwiftNames.namespace(model.service)
        self.shapes = Dictionary(model.shapes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The Swift type of values of shape `name`, qualified by the namespace.
    func type(of name: String) throws -> String {
        let shape = try self.shape(name)
        switch shape.kind {
        case .structure, .union, .enum: return namespace + "." + SwiftNames.type(of: shape)
        case .list(let member): return "[\(try type(of: member.name))]"
        case .map(_, let value): return "[String: \(try type(of: value.name))]"
        case .string: return "String"
        case .integer: return "Int"
        case .long: return "Int64"
        case .float: return "Float"
        case .double: return "Double"
        case .boolean: return "Bool"
        case .timestamp: return "Date"
        case .blob: return "Data"
        case .document: return "Document"
        }
    }

    /// `value` as a value of shape `name`.
    func expression(_ value: JSONValue, shape name: String) throws -> String {
        let shape = try self.shape(name)
        switch (shape.kind, value) {
        case (.structure(let body), .object):
            return try structure(shape, body, JSONObject(value) ?? JSONObject([]))
        case (.union(let body), .object):
            return try union(shape, body, JSONObject(value) ?? JSONObject([]))
        case (.list(let member), .array(let elements)):
            let items = try elements.map { try expression($0, shape: member.name) }
            return "[\(items.joined(separator: ", "))] as \(try type(of: name))"
        case (.map(_, let valueShape), .object(let entries)):
            guard !entries.isEmpty else { return "[:] as \(try type(of: name))" }
            let items = try entries.map {
                "\(Self.string($0.key)): \(try expression($0.value, shape: valueShape.name))"
            }
            return "[\(items.joined(separator: ", "))] as \(try type(of: name))"
        case (.string, .string(let text)):
            return Self.string(text)
        case (.enum, .string(let text)):
            return "\(try type(of: name))(rawValue: \(Self.string(text)))"
        case (.integer, .number(let text)), (.long, .number(let text)):
            return "\(try type(of: name))(\(text))"
        case (.float, _), (.double, _):
            return try floatingPoint(value, type: type(of: name))
        case (.boolean, .boolean(let flag)):
            return flag ? "true" : "false"
        case (.timestamp, _):
            return "Date(timeIntervalSince1970: \(try epochSeconds(value, name)))"
        case (.blob, .string(let text)):
            return "Data(\(Self.string(text)).utf8)"
        case (.document, _):
            return "Document\(Self.document(value))"
        default:
            throw Mismatch(description: "\(value.text) is not a value of \(name) (\(shape.kind.keyword))")
        }
    }

    /// A value of the input shape `name` that fills only its required members, with placeholders:
    /// the input of a call whose response is what a case tests.
    func placeholder(shape name: String, depth: Int = 0) throws -> String {
        let shape = try self.shape(name)
        guard depth < 16 else {
            throw Mismatch(description: "\(name): required members nest too deeply for a placeholder")
        }
        switch shape.kind {
        case .union(let body):
            guard let member = body.members.first else {
                return "\(try type(of: name)).\(SwiftNames.unknownUnionCase)(\"placeholder\")"
            }
            return
                "\(try type(of: name)).\(SwiftNaming.escaped(SwiftNames.property(of: member)))(\(try placeholder(shape: member.target.name, depth: depth + 1)))"
        case .structure(let body):
            let arguments = try body.members.filter(\.isRequired).map { member in
                "\(SwiftNaming.escaped(SwiftNames.property(of: member))): \(try placeholder(shape: member.target.name, depth: depth + 1))"
            }
            return "\(try type(of: name))(\(arguments.joined(separator: ", ")))"
        case .list: return "[] as \(try type(of: name))"
        case .map: return "[:] as \(try type(of: name))"
        case .string: return "\"placeholder\""
        case .enum: return "\(try type(of: name))(rawValue: \"placeholder\")"
        case .integer, .long, .float, .double: return "0"
        case .boolean: return "false"
        case .timestamp: return "Date(timeIntervalSince1970: 0)"
        case .blob: return "Data()"
        case .document: return "Document.null"
        }
    }

    /// botocore's name for a union member the model does not know (`{"SDK_UNKNOWN_MEMBER":
    /// {"name": "…"}}`), which a generated union decodes into its `sdkUnknown` case.
    static let unknownUnionMember = "SDK_UNKNOWN_MEMBER"

    /// `Suite.Union.member(value)`, or `Suite.Union.sdkUnknown("name")`.
    private func union(_ shape: Shape, _ body: Structure, _ object: JSONObject) throws -> String {
        if let unknown = object.object(Self.unknownUnionMember), let name = unknown.string("name") {
            return "\(try type(of: shape.name)).\(SwiftNames.unknownUnionCase)(\(Self.string(name)))"
        }
        let set = object.entries.filter { if case .null = $0.value { return false } else { return true } }
        guard set.count == 1, let entry = set.first, let member = body.member(named: entry.key) else {
            throw Mismatch(
                description: "a value of the union \(shape.name) sets one known member, not \(set.map(\.key))")
        }
        let label = SwiftNaming.escaped(SwiftNames.property(of: member))
        return "\(try type(of: shape.name)).\(label)(\(try expression(entry.value, shape: member.target.name)))"
    }

    private func structure(_ shape: Shape, _ body: Structure, _ object: JSONObject) throws -> String {
        for key in object.keys where body.member(named: key) == nil {
            throw Mismatch(description: "\(shape.name) has no member '\(key)'")
        }
        let arguments = try body.members.compactMap { member -> String? in
            guard let value = object[member.name] else {
                return member.isRequired
                    ? "\(SwiftNaming.escaped(SwiftNames.property(of: member))): \(try placeholder(shape: member.target.name))"
                    : nil
            }
            if case .null = value { return nil }
            let label = SwiftNaming.escaped(SwiftNames.property(of: member))
            // A `jsonvalue` string holds JSON text; botocore's cases give the value it encodes.
            if member.traits["jsonvalue"] == .boolean(true), shapes[member.target.name]?.kind == .string {
                if case .string(let text) = value { return "\(label): \(Self.string(text))" }
                return "\(label): \(Self.string(value.text))"
            }
            // An event stream member holds its events, each a value of the stream's union.
            if shapes[member.target.name]?.isEventStream == true, case .array(let events) = value {
                let elements = try events.map { try expression($0, shape: member.target.name) }
                return "\(label): ShapegenRuntime.EventStream([\(elements.joined(separator: ", "))])"
            }
            return "\(label): \(try expression(value, shape: member.target.name))"
        }
        return "\(try type(of: shape.name))(\(arguments.joined(separator: ", ")))"
    }

    private func floatingPoint(_ value: JSONValue, type: String) throws -> String {
        switch value {
        case .number(let text): return "\(type)(\(text))"
        case .string("NaN"): return "\(type).nan"
        case .string("Infinity"): return "\(type).infinity"
        case .string("-Infinity"): return "-\(type).infinity"
        default: throw Mismatch(description: "\(value.text) is not a \(type)")
        }
    }

    private func epochSeconds(_ value: JSONValue, _ name: String) throws -> String {
        switch value {
        case .number(let text): return text
        case .string(let text):
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            if let date = formatter.date(from: text) { return String(date.timeIntervalSince1970) }
            formatter.formatOptions = [.withInternetDateTime]
            if let date = formatter.date(from: text) { return String(date.timeIntervalSince1970) }
            throw Mismatch(description: "'\(text)' is not a timestamp for \(name)")
        default: throw Mismatch(description: "\(value.text) is not a timestamp for \(name)")
        }
    }

    private func shape(_ name: String) throws -> Shape {
        guard let shape = shapes[name] else { throw Mismatch(description: "no shape '\(name)'") }
        return shape
    }

    /// A `Document` case for any JSON value, without its type name: `.object(["a": .number(1)])`.
    static func document(_ value: JSONValue) -> String {
        switch value {
        case .null: ".null"
        case .boolean(let flag): ".boolean(\(flag))"
        case .number(let text): ".number(\(text))"
        case .string(let text): ".string(\(string(text)))"
        case .array(let values): ".array([\(values.map(document).joined(separator: ", "))])"
        case .object(let entries):
            entries.isEmpty
                ? ".object([:])"
                : ".object([\(entries.map { "\(string($0.key)): \(document($0.value))" }.joined(separator: ", "))])"
        }
    }

    /// `text` as a Swift string literal, every character that needs it escaped.
    static func string(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": literal += "\\\""
            case "\\": literal += "\\\\"
            case "\n": literal += "\\n"
            case "\r": literal += "\\r"
            case "\t": literal += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || !scalar.isASCII:
                literal += "\\u{\(String(scalar.value, radix: 16))}"
            default: literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }
}
