import ShapegenModel
import ShapegenNames
import ShapegenSwiftCode

/// `static let wireMembers`: how each member of a structure travels in the XML, query and CBOR
/// protocols (query, ec2, rest-xml, smithy-rpc-v2-cbor), for the runtime's `WireStructure`:
/// element and parameter names, wrapped or flattened lists and maps, attributes, timestamp formats.
extension TranslationContext {
    /// Whether the service speaks an XML, query or CBOR protocol, whose structures describe their wire form.
    var describesWireForm: Bool {
        switch model.service.wireProtocol {
        case .query, .ec2, .restXML, .rpcV2CBOR: true
        case .json, .restJSON: false
        }
    }

    /// Whether the service speaks an XML protocol (query, ec2, rest-xml).
    var speaksXML: Bool {
        switch model.service.wireProtocol {
        case .query, .ec2, .restXML: true
        case .json, .restJSON, .rpcV2CBOR: false
        }
    }
}

extension ShapeTranslator {
    /// `static let wireMembers: [WireMember] = [WireMember("Name", .string, wireName: "name"), …]`.
    func wireMembers(_ body: Structure) -> Declaration {
        let members = body.members.map { member -> Expression in
            var arguments = [
                Argument(.string(SwiftNames.codingKey(of: member, in: context.model.service))),
                Argument(wireShape(of: member.target.name, member: member)),
            ]
            if let wireName = member.locationName { arguments.append(Argument("wireName", .string(wireName))) }
            if case .string(let queryName) = member.traits["queryName"] {
                arguments.append(Argument("queryName", .string(queryName)))
            }
            if member.traits["xmlAttribute"] == .boolean(true) {
                arguments.append(Argument("isAttribute", .literal(.boolean(true))))
            }
            if let namespace = context.xmlNamespace(
                member.traits["xmlNamespace"] ?? context.shapes[member.target.name]?.traits["xmlNamespace"])
            {
                arguments.append(Argument("namespace", namespace))
            }
            return .call(.id(context.runtime("WireMember")), arguments)
        }
        return Declaration(
            documentation: "The members on the wire of the XML and query protocols.",
            .property(
                PropertyDeclaration(
                    access: context.access, isStatic: true, isConstant: true, name: "wireMembers",
                    type: .array(.named(context.runtime("WireMember"))), initializer: .array(members))))
    }

    /// The runtime's `WireShape` of shape `name`; `member`'s own traits (`flattened`,
    /// `timestampFormat`) override the shape's.
    private func wireShape(of name: String, member: Member? = nil) -> Expression {
        guard let shape = context.shapes[name] else { return .member(nil, "string") }
        let flattened = member?.traits["flattened"] == .boolean(true) || shape.traits["flattened"] == .boolean(true)
        switch shape.kind {
        case .structure, .union:
            return .call(.member(nil, "structure"), [Argument(.id(SwiftNames.type(of: shape)).dot("self"))])
        case .list(let element):
            var arguments = [Argument(wireShape(of: element.name))]
            if let memberName = Self.locationName(in: shape.traits["member"]) {
                arguments.append(Argument("memberName", .string(memberName)))
            }
            if flattened { arguments.append(Argument("flattened", .literal(.boolean(true)))) }
            if let namespace = context.xmlNamespace(ofReference: shape.traits["member"]) {
                arguments.append(Argument("memberNamespace", namespace))
            }
            return .call(.member(nil, "list"), arguments)
        case .map(let key, let value):
            var arguments = [Argument("key", wireShape(of: key.name)), Argument("value", wireShape(of: value.name))]
            if let keyName = Self.locationName(in: shape.traits["key"]) {
                arguments.append(Argument("keyName", .string(keyName)))
            }
            if let valueName = Self.locationName(in: shape.traits["value"]) {
                arguments.append(Argument("valueName", .string(valueName)))
            }
            if flattened { arguments.append(Argument("flattened", .literal(.boolean(true)))) }
            if let namespace = context.xmlNamespace(ofReference: shape.traits["key"]) {
                arguments.append(Argument("keyNamespace", namespace))
            }
            if let namespace = context.xmlNamespace(ofReference: shape.traits["value"]) {
                arguments.append(Argument("valueNamespace", namespace))
            }
            return .call(.member(nil, "map"), arguments)
        case .string, .enum, .document: return .member(nil, "string")
        case .boolean: return .member(nil, "boolean")
        case .integer, .long: return .member(nil, "integer")
        case .float, .double: return .member(nil, "floatingPoint")
        case .blob: return .member(nil, "blob")
        case .timestamp(let shapeFormat):
            var format = shapeFormat
            if case .string(let text) = member?.traits["timestampFormat"],
                let memberFormat = TimestampFormat(rawValue: text)
            {
                format = memberFormat
            }
            switch format {
            case .epochSeconds?: return .call(.member(nil, "timestamp"), [Argument(.member(nil, "epochSeconds"))])
            case .rfc822?: return .call(.member(nil, "timestamp"), [Argument(.member(nil, "rfc822"))])
            case .iso8601?, nil: return .call(.member(nil, "timestamp"), [])
            }
        }
    }

    /// The `locationName` of a list's member or a map's key or value (carried as a trait).
    private static func locationName(in trait: TraitValue?) -> String? {
        guard case .map(let entries)? = trait, case .string(let name)? = entries["locationName"] else { return nil }
        return name
    }
}
