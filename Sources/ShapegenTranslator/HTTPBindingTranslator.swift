import ShapegenModel
import ShapegenNames
import ShapegenSwiftCode

/// How rest-json members bound to HTTP (URI labels, query, headers, status code, payload) are
/// encoded and decoded.
///
/// The work is done by the runtime's `HTTPMemberEncoder` and `HTTPMemberDecoder`; a structure with
/// bound members gets a written-out `encode(to:)` (operation inputs) or `init(from:)` (outputs and
/// errors) with one call per member that names where it goes. Other structures, and every
/// structure of other protocols, keep the synthesized conformances.
struct HTTPBindingTranslator {
    /// Where one member travels, in the direction being translated.
    enum Binding: Equatable {
        case body
        /// `location` is the case of the runtime's `HTTPMemberLocation`; `format` that of `HTTPValueFormat`.
        case located(location: String, isMap: Bool, format: String?)
        case payload
    }

    let context: TranslationContext

    /// Whether the service's members are bound to HTTP at all.
    static func appliesTo(_ model: ServiceModel) -> Bool {
        model.service.wireProtocol == .restJSON || model.service.wireProtocol == .restXML
    }

    /// The locations that bind a member of an operation input: a status code is not part of a
    /// request, so such a member stays in the body (as in botocore).
    static let inputLocations: Set<HTTPLocation> = [.uri, .querystring, .header, .headers, .payload]

    /// The locations that bind a member of an output or error: URI and query members of a
    /// response stay in the body.
    static let outputLocations: Set<HTTPLocation> = [.header, .headers, .statusCode, .payload]

    /// Where `member` of an operation input goes (see ``inputLocations``).
    func inputBinding(of member: Member) -> Binding {
        switch member.httpLocation {
        case .uri: located(member, "uri")
        case .querystring: located(member, "querystring")
        case .header: located(member, "header")
        case .headers: located(member, "headers")
        case .payload: .payload
        case .statusCode, nil: .body
        }
    }

    /// Where `member` of an output or error comes from (see ``outputLocations``). An event stream
    /// is the body, but the client reads its messages into a JSON member (`EventStreamDocument`).
    func outputBinding(of member: Member) -> Binding {
        if context.shapes[member.target.name]?.isEventStream == true { return .body }
        return switch member.httpLocation {
        case .header: located(member, "header")
        case .headers: located(member, "headers")
        case .statusCode: located(member, "statusCode")
        case .payload: .payload
        case .uri, .querystring, nil: .body
        }
    }

    /// `try container.encodeMember(self.x, "X-Name", at: .header)` and the like.
    func encoding(_ member: Member) -> Statement {
        let value = Expression.id("self").dot(context.storageIdentifier(member))
        let binding = inputBinding(of: member)
        let key = Expression.string(key(of: member, binding))
        let (method, arguments): (String, [Argument])
        switch binding {
        case .body:
            let format = context.bodyTimestampFormat(of: member)
            method =
                (member.isRequired ? "encodeRequired" : "encodeOptional") + (format == nil ? "Member" : "Timestamp")
            arguments = format.map { [Argument("format", .member(nil, $0))] } ?? []
        case .payload:
            method = "encodePayload"
            // rest-xml writes a structure payload as an element named for the member or its shape.
            let target = context.shapes[member.target.name]
            if context.model.service.wireProtocol == .restXML, let target, target.kind.structure != nil {
                let name = member.locationName ?? Self.locationName(of: target) ?? target.name
                arguments = [
                    Argument(
                        "xmlRoot",
                        context.xmlRoot(name, namespace: member.traits["xmlNamespace"] ?? target.traits["xmlNamespace"])
                    )
                ]
            } else {
                arguments = []
            }
        case .located(let location, let isMap, let format):
            (method, arguments) = (isMap ? "encodeMapMember" : "encodeMember", Self.placement(location, format))
        }
        return .expression(.try(.call(.id("container").dot(method), [Argument(value), Argument(key)] + arguments)))
    }

    /// `self.x = try container.decodeOptionalMember("X-Name", at: .header)` and the like.
    func decoding(_ member: Member) -> Statement {
        let binding = outputBinding(of: member)
        let key = Argument(.string(key(of: member, binding)))
        let required = member.isRequired ? "Required" : "Optional"
        var value: Expression
        switch binding {
        case .body: value = .try(.call(.id("container").dot("decode\(required)Member"), [key]))
        case .payload: value = .try(.call(.id("container").dot("decode\(required)Payload"), [key]))
        case .located(let location, true, _):
            // Without a `locationName` a response's header map takes every header, as botocore parses it.
            let everyHeader =
                location == "headers" && member.locationName == nil ? [Argument("prefix", .string(""))] : []
            value = .try(
                .call(.id("container").dot("decodeMapMember"), [key] + Self.placement(location, nil) + everyHeader))
            if member.isRequired { value = .binary(value, "??", .dictionary(keys: [], values: [])) }
        case .located(let location, false, let format):
            value = .try(
                .call(.id("container").dot("decode\(required)Member"), [key] + Self.placement(location, format)))
        }
        return .assignment(target: .id("self").dot(context.storageIdentifier(member)), value: value)
    }

    private static func placement(_ location: String, _ format: String?) -> [Argument] {
        [Argument("at", .member(nil, location))] + (format.map { [Argument("format", .member(nil, $0))] } ?? [])
    }

    private func located(_ member: Member, _ location: String) -> Binding {
        let target = context.shapes[member.target.name]
        var isMap = false
        if case .map = target?.kind { isMap = true }
        return .located(
            location: location, isMap: isMap, format: format(of: member, target: target, location: location))
    }

    /// The `HTTPValueFormat` case the model asks for, when it differs from the location's default:
    /// a timestamp format (on the member, else on the timestamp shape or a list's element shape) or
    /// a header string that holds JSON.
    private func format(of member: Member, target: Shape?, location: String) -> String? {
        if case .boolean(true) = member.traits["jsonvalue"], case .string = target?.kind, location == "header" {
            return "jsonValue"
        }
        var timestampShape = target
        if case .list(let element) = target?.kind { timestampShape = context.shapes[element.name] }
        guard case .timestamp(let shapeFormat) = timestampShape?.kind else { return nil }
        var format = shapeFormat
        if case .string(let text) = member.traits["timestampFormat"], let memberFormat = TimestampFormat(rawValue: text)
        {
            format = memberFormat
        }
        let defaultFormat: TimestampFormat = location == "header" || location == "headers" ? .rfc822 : .iso8601
        guard let format, format != defaultFormat else { return nil }
        switch format {
        case .epochSeconds: return "epochSeconds"
        case .iso8601: return "iso8601"
        case .rfc822: return "rfc822"
        }
    }

    /// The name a member is encoded and decoded under: a bound member's label, query or header
    /// name (its `locationName`), a body member's key in the `Codable` form (see `SwiftNames.codingKey`).
    private func key(of member: Member, _ binding: Binding) -> String {
        if case .located = binding { return member.wireName }
        return SwiftNames.codingKey(of: member, in: context.model.service)
    }

    /// A shape's own `locationName`, which older models give the element of a payload.
    static func locationName(of shape: Shape) -> String? {
        guard case .string(let name)? = shape.traits["locationName"] else { return nil }
        return name
    }
}

extension TranslationContext {
    /// `XMLRoot("Name", namespace: XMLNamespace("uri", prefix: "p"))`.
    func xmlRoot(_ name: String, namespace: TraitValue?) -> Expression {
        var arguments = [Argument(.string(name))]
        if let namespace = xmlNamespace(namespace) { arguments.append(Argument("namespace", namespace)) }
        return .call(.id(runtime("XMLRoot")), arguments)
    }

    /// `XMLNamespace("uri", prefix: "p")` for an `xmlNamespace` trait, `nil` without one.
    func xmlNamespace(_ trait: TraitValue?) -> Expression? {
        switch trait {
        case .string(let uri)?:
            return .call(.id(runtime("XMLNamespace")), [Argument(.string(uri))])
        case .map(let entries)?:
            guard case .string(let uri)? = entries["uri"] else { return nil }
            var arguments = [Argument(.string(uri))]
            if case .string(let prefix)? = entries["prefix"] { arguments.append(Argument("prefix", .string(prefix))) }
            return .call(.id(runtime("XMLNamespace")), arguments)
        default:
            return nil
        }
    }

    /// The `xmlNamespace` a list's member or a map's key or value reference carries (as a trait).
    func xmlNamespace(ofReference trait: TraitValue?) -> Expression? {
        guard case .map(let entries)? = trait else { return nil }
        return xmlNamespace(entries["xmlNamespace"])
    }
}
