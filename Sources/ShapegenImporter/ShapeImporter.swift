import ShapegenModel

/// Converts one botocore shape into a model shape.
enum ShapeImporter {
    /// Shape keys that become model fields; the rest become traits.
    static let shapeFields: Set<String> = [
        "type", "members", "member", "key", "value", "required", "min", "max", "pattern", "enum", "sensitive",
        "documentation", "deprecated", "deprecatedMessage", "error", "exception", "fault", "union", "document",
        "timestampFormat", "payload",
    ]
    /// Member keys that become model fields; the rest become traits.
    static let memberFields: Set<String> = [
        "shape", "location", "locationName", "documentation", "deprecated", "deprecatedMessage",
    ]

    static func shape(named name: String, from json: JSONObject, shapes: JSONObject) -> Shape {
        var traits = TraitConversion.traits(of: json, excluding: shapeFields)
        let kind = self.kind(of: json, shapes: shapes, traits: &traits)
        var shape = Shape(name: name, kind: kind)
        shape.documentation = documentation(json.string("documentation"))
        shape.isSensitive = json.bool("sensitive")
        shape.deprecation = deprecation(json)
        shape.constraints = constraints(json, for: kind, traits: &traits)
        if json.bool("exception") || json.object("error") != nil, kind.structure != nil {
            let error = json.object("error")
            let status = error?.number("httpStatusCode").flatMap { Int($0) }
            shape.error = ErrorTrait(
                httpStatus: status, fault: json.bool("fault") ? .server : .client,
                code: error?.string("code").flatMap { $0 == name ? nil : $0 })
            if let error {
                traits.merge(
                    TraitConversion.traits(of: error, excluding: ["httpStatusCode", "code"]).mapKeys { "error." + $0 }
                ) { a, _ in a }
            }
        }
        shape.traits = traits
        return shape
    }

    /// Whether a botocore structure is a union: marked so, or an event stream, whose members are the
    /// kinds of event and each event is one of them (Smithy declares event streams as unions).
    private static func isUnion(_ json: JSONObject) -> Bool {
        json.bool("union") || json.bool("eventstream")
    }

    private static func kind(of json: JSONObject, shapes: JSONObject, traits: inout Traits) -> ShapeKind {
        switch json.string("type") {
        case "structure":
            if json.bool("document") { return .document }
            let body = structure(json, shapes: shapes)
            return isUnion(json) ? .union(body) : .structure(body)
        case "list":
            let member = json.object("member")
            carryExtra(of: member, excluding: ["shape"], as: "member", into: &traits)
            return .list(member: Reference(member?.string("shape") ?? ""))
        case "map":
            let key = json.object("key")
            let value = json.object("value")
            carryExtra(of: key, excluding: ["shape"], as: "key", into: &traits)
            carryExtra(of: value, excluding: ["shape"], as: "value", into: &traits)
            return .map(key: Reference(key?.string("shape") ?? ""), value: Reference(value?.string("shape") ?? ""))
        case "string", "character":
            let values = json.strings("enum")
            return values.isEmpty ? .string : .enum(values.map { EnumValue($0) })
        case "integer": return .integer
        case "long": return .long
        case "float": return .float
        case "double": return .double
        case "boolean": return .boolean
        case "timestamp": return .timestamp(json.string("timestampFormat").flatMap(TimestampFormat.init))
        case "blob": return .blob
        default:
            traits["type"] = json["type"].flatMap(TraitConversion.value)
            return .document
        }
    }

    private static func carryExtra(
        of json: JSONObject?, excluding: Set<String>, as key: String, into traits: inout Traits
    ) {
        guard let json else { return }
        let extra = TraitConversion.traits(of: json, excluding: excluding)
        if !extra.isEmpty { traits[key] = .map(extra) }
    }

    /// Serialization attributes a shape may carry for every member that targets it, as older
    /// botocore models write them; a member's own attribute wins (botocore's `resolve_shape_ref`).
    static let inheritedMemberAttributes = ["location", "locationName", "timestampFormat", "jsonvalue", "hostLabel"]

    private static func structure(_ json: JSONObject, shapes: JSONObject) -> Structure {
        let required = Set(json.strings("required"))
        let payload = json.string("payload")
        let membersJSON = json.object("members") ?? JSONObject([])
        // botocore lists members in the API's order, which generated initializers keep.
        let members = membersJSON.entries.compactMap { name, value -> Member? in
            guard let ownJSON = JSONObject(value) else { return nil }
            let target = ownJSON.string("shape") ?? ""
            let inherited = inheritedMemberAttributes.compactMap { key in
                ownJSON[key] == nil ? shapes.object(target)?[key].map { (key: key, value: $0) } : nil
            }
            let memberJSON = JSONObject(ownJSON.entries + inherited)
            var member = Member(name: name, target: Reference(target))
            member.isRequired = required.contains(name) && !isUnion(json)
            member.documentation = documentation(memberJSON.string("documentation"))
            member.httpLocation = memberJSON.string("location").flatMap(HTTPLocation.init)
            if payload == name { member.httpLocation = .payload }
            member.locationName = memberJSON.string("locationName").flatMap { $0 == name ? nil : $0 }
            member.deprecation = deprecation(memberJSON)
            member.traits = TraitConversion.traits(of: memberJSON, excluding: memberFields)
            return member
        }
        return Structure(members: members)
    }

    private static func constraints(_ json: JSONObject, for kind: ShapeKind, traits: inout Traits) -> Constraints {
        var constraints = Constraints()
        let bounds = kind.hasLength || kind.isNumeric
        for key in ["min", "max"] {
            guard let text = json.number(key) else { continue }
            if bounds, let bound = Bound(text: text) {
                if key == "min" { constraints.min = bound } else { constraints.max = bound }
            } else {
                traits[key] = .number(text)
            }
        }
        if let pattern = json.string("pattern") {
            if case .string = kind {
                constraints.pattern = Pattern(pattern)
            } else {
                traits["pattern"] = .string(pattern)
            }
        }
        return constraints
    }

    static func documentation(_ html: String?) -> String? {
        guard let html else { return nil }
        let markdown = HTMLToMarkdown.convert(html)
        return markdown.isEmpty ? nil : markdown
    }

    static func deprecation(_ json: JSONObject) -> Deprecation? {
        guard json.bool("deprecated") || json.string("deprecatedMessage") != nil else { return nil }
        return Deprecation(message: json.string("deprecatedMessage"))
    }
}

extension Dictionary {
    /// The dictionary with each key transformed.
    func mapKeys<NewKey: Hashable>(_ transform: (Key) -> NewKey) -> [NewKey: Value] {
        [NewKey: Value](map { (transform($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}
