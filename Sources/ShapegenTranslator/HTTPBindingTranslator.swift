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
        model.service.wireProtocol == .restJSON
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
        let key = Expression.string(SwiftNames.codingKey(of: member, in: context.model.service))
        let (method, arguments): (String, [Argument])
        switch inputBinding(of: member) {
        case .body:
            let format = context.bodyTimestampFormat(of: member)
            method = (member.isRequired ? "encodeRequired" : "encodeOptional") + (format == nil ? "Member" : "Timestamp")
            arguments = format.map { [Argument("format", .member(nil, $0))] } ?? []
        case .payload: (method, arguments) = ("encodePayload", [])
        case .located(let location, let isMap, let format):
            (method, arguments) = (isMap ? "encodeMapMember" : "encodeMember", Self.placement(location, format))
        }
        return .expression(.try(.call(.id("container").dot(method), [Argument(value), Argument(key)] + arguments)))
    }

    /// `self.x = try container.decodeOptionalMember("X-Name", at: .header)` and the like.
    func decoding(_ member: Member) -> Statement {
        let key = Argument(.string(SwiftNames.codingKey(of: member, in: context.model.service)))
        let required = member.isRequired ? "Required" : "Optional"
        var value: Expression
        switch outputBinding(of: member) {
        case .body: value = .try(.call(.id("container").dot("decode\(required)Member"), [key]))
        case .payload: value = .try(.call(.id("container").dot("decode\(required)Payload"), [key]))
        case .located(let location, true, _):
            // Without a `locationName` a response's header map takes every header, as botocore parses it.
            let everyHeader = location == "headers" && member.locationName == nil ? [Argument("prefix", .string(""))] : []
            value = .try(.call(.id("container").dot("decodeMapMember"), [key] + Self.placement(location, nil) + everyHeader))
            if member.isRequired { value = .binary(value, "??", .dictionary(keys: [], values: [])) }
        case .located(let location, false, let format):
            value = .try(.call(.id("container").dot("decode\(required)Member"), [key] + Self.placement(location, format)))
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
        return .located(location: location, isMap: isMap, format: format(of: member, target: target, location: location))
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
        if case .string(let text) = member.traits["timestampFormat"], let memberFormat = TimestampFormat(rawValue: text) {
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
}
