import ShapegenModel
import Yams

/// Writes a ``ServiceModel`` as a YAML model file: stable key order, block scalars for
/// multi-line documentation, and quotes wherever YAML would otherwise read a string as
/// something else, so that loading the text gives the same model back.
public enum ModelEmitter {
    /// The YAML text of `model`, preceded by `header` comment lines.
    public static func yaml(for model: ServiceModel, header: [String] = []) throws -> String {
        let text = try Yams.serialize(node: document(for: model), width: 110, allowUnicode: true)
        let comments = header.map { "# " + $0 + "\n" }.joined()
        return comments + text
    }

    /// The model as a YAML node tree.
    public static func document(for model: ServiceModel) -> Node {
        var root = MappingBuilder()
        root.add("shapegen", number(String(model.formatVersion)))
        root.add("service", service(model.service))
        if !model.operations.isEmpty {
            root.add("operations", .mapping(Node.Mapping(model.operations.map { (string($0.name), operation($0)) })))
        }
        root.add("shapes", .mapping(Node.Mapping(model.shapes.map { (string($0.name), shape($0)) })))
        return root.node
    }

    private static func service(_ service: ServiceInfo) -> Node {
        var map = MappingBuilder()
        map.add("name", string(service.name))
        map.add("apiVersion", string(service.apiVersion))
        map.add("protocol", string(service.wireProtocol.rawValue))
        map.add("signingName", service.signingName.map(string))
        map.add("endpointPrefix", service.endpointPrefix.map(string))
        map.add("jsonVersion", service.jsonVersion.map(string))
        map.add("targetPrefix", service.targetPrefix.map(string))
        map.add("traits", traits(service.traits))
        map.add("documentation", service.documentation.map(documentation))
        return map.node
    }

    private static func operation(_ operation: Operation) -> Node {
        var map = MappingBuilder()
        var http = MappingBuilder()
        http.add("method", string(operation.httpMethod))
        http.add("uri", string(operation.requestURI))
        http.add("responseCode", operation.responseCode.map { number(String($0)) })
        map.add("http", http.flowNode)
        map.add("input", operation.input.map { string($0.name) })
        map.add("output", operation.output.map { string($0.name) })
        if !operation.errors.isEmpty {
            map.add("errors", .sequence(Node.Sequence(operation.errors.map { string($0.name) }, .implicit, .flow)))
        }
        if let pagination = operation.pagination {
            var pages = MappingBuilder()
            pages.add("inputToken", string(pagination.inputToken.name))
            pages.add("outputToken", string(pagination.outputToken.name))
            pages.add("limitKey", pagination.limitKey.map { string($0.name) })
            pages.add("items", pagination.items.map { string($0.name) })
            map.add("pagination", pages.node)
        }
        map.add("deprecated", operation.deprecation.map(deprecation))
        map.add("traits", traits(operation.traits))
        map.add("documentation", operation.documentation.map(documentation))
        return map.node
    }

    private static func shape(_ shape: Shape) -> Node {
        var map = MappingBuilder()
        map.add("type", string(shape.kind.keyword))
        map.add("swiftName", shape.swiftName.map(string))
        map.add("sensitive", shape.isSensitive ? boolean(true) : nil)
        map.add("deprecated", shape.deprecation.map(deprecation))
        if let error = shape.error {
            var trait = MappingBuilder()
            trait.add("httpStatus", error.httpStatus.map { number(String($0)) })
            trait.add("fault", string(error.fault.rawValue))
            trait.add("code", error.code.map(string))
            map.add("error", trait.flowNode)
        }
        constraints(shape.constraints, into: &map)
        switch shape.kind {
        case .list(let member): map.add("member", string(member.name))
        case .map(let key, let value):
            map.add("key", string(key.name))
            map.add("value", string(value.name))
        case .enum(let values): map.add("values", .sequence(Node.Sequence(values.map(enumValue))))
        case .timestamp(let format?): map.add("format", string(format.rawValue))
        case .structure(let body), .union(let body): structure(body, into: &map)
        default: break
        }
        map.add("traits", traits(shape.traits))
        map.add("documentation", shape.documentation.map(documentation))
        return map.node
    }

    private static func structure(_ body: Structure, into map: inout MappingBuilder) {
        if !body.exactlyOneOf.isEmpty { map.add("exactlyOneOf", groups(body.exactlyOneOf)) }
        if !body.atMostOneOf.isEmpty { map.add("atMostOneOf", groups(body.atMostOneOf)) }
        if !body.conditionalRules.isEmpty {
            map.add(
                "rules",
                .sequence(
                    Node.Sequence(
                        body.conditionalRules.map { rule in
                            var entry = MappingBuilder()
                            entry.add("when", string(rule.when.name))
                            switch rule.condition {
                            case .valueIn(let values):
                                entry.add("in", .sequence(Node.Sequence(values.map(string), .implicit, .flow)))
                            case .present(let isSet): entry.add("present", boolean(isSet))
                            }
                            entry.add("then", string(rule.then.name))
                            constraints(rule.constraints, into: &entry)
                            entry.add("message", rule.message.map(string))
                            return entry.node
                        })))
        }
        map.add("members", .mapping(Node.Mapping(body.members.map { (string($0.name), member($0)) })))
    }

    private static func member(_ member: Member) -> Node {
        var map = MappingBuilder()
        map.add("target", string(member.target.name))
        map.add("required", member.isRequired ? boolean(true) : nil)
        map.add("location", member.httpLocation.map { string($0.rawValue) })
        map.add("locationName", member.locationName.map(string))
        map.add("swiftName", member.swiftName.map(string))
        constraints(member.constraints, into: &map)
        map.add("deprecated", member.deprecation.map(deprecation))
        map.add("traits", traits(member.traits))
        map.add("documentation", member.documentation.map(documentation))
        return map.node
    }

    private static func groups(_ groups: [MemberGroup]) -> Node {
        .sequence(
            Node.Sequence(
                groups.map { group in
                    .sequence(Node.Sequence(group.members.map { string($0.name) }, .implicit, .flow))
                }))
    }

    private static func enumValue(_ value: EnumValue) -> Node {
        guard value.swiftName != nil || value.documentation != nil else { return string(value.value) }
        var map = MappingBuilder()
        map.add("value", string(value.value))
        map.add("swiftName", value.swiftName.map(string))
        map.add("documentation", value.documentation.map(documentation))
        return map.flowNode
    }

    private static func constraints(_ constraints: Constraints, into map: inout MappingBuilder) {
        map.add("min", constraints.min.map { number($0.text) })
        map.add("max", constraints.max.map { number($0.text) })
        map.add("pattern", constraints.pattern.map { string($0.source) })
        map.add(
            "allowedValues",
            constraints.allowedValues.map { .sequence(Node.Sequence($0.map(string), .implicit, .flow)) })
    }

    private static func deprecation(_ deprecation: Deprecation) -> Node {
        deprecation.message.map(string) ?? boolean(true)
    }

    private static func traits(_ traits: Traits) -> Node? {
        traits.isEmpty ? nil : trait(.map(traits))
    }

    private static func trait(_ value: TraitValue) -> Node {
        switch value {
        case .string(let text): string(text)
        case .number(let text): number(text)
        case .boolean(let flag): boolean(flag)
        case .list(let values): .sequence(Node.Sequence(values.map(trait)))
        case .map(let entries):
            .mapping(
                Node.Mapping(entries.keys.sorted().compactMap { key in entries[key].map { (string(key), trait($0)) } }))
        }
    }

    // MARK: Scalars

    /// Multi-line documentation as a literal block; one line as an ordinary string.
    private static func documentation(_ text: String) -> Node {
        guard text.contains("\n"), !text.hasPrefix(" "), !text.contains("\r"), !text.hasSuffix(" ") else {
            return string(text)
        }
        return .scalar(Node.Scalar(text, .implicit, .literal))
    }

    /// A string, double-quoted when plain YAML would read it as a boolean, number, null or date.
    static func string(_ text: String) -> Node {
        .scalar(Node.Scalar(text, .implicit, looksLikeNonString(text) ? .doubleQuoted : .any))
    }

    private static func number(_ text: String) -> Node { .scalar(Node.Scalar(text, .implicit, .plain)) }

    private static func boolean(_ flag: Bool) -> Node {
        .scalar(Node.Scalar(flag ? "true" : "false", .implicit, .plain))
    }

    /// Whether a YAML 1.1 reader would resolve the plain scalar to something other than a string.
    static func looksLikeNonString(_ text: String) -> Bool {
        if text.isEmpty { return true }
        let lowered = text.lowercased()
        let words: Set<String> = [
            "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", "nan", ".nan", ".inf", "-.inf", "+.inf",
            "<<",
        ]
        if words.contains(lowered) { return true }
        guard let first = text.unicodeScalars.first else { return true }
        // Numbers, dates and times all start with a digit, a sign or a dot.
        return ("0"..."9").contains(first) || first == "-" || first == "+" || first == "."
    }
}

/// Builds a mapping in insertion order, skipping `nil` values.
private struct MappingBuilder {
    private var pairs: [(Node, Node)] = []

    /// Appends `key: value` unless `value` is `nil`.
    mutating func add(_ key: String, _ value: Node?) {
        if let value { pairs.append((ModelEmitter.string(key), value)) }
    }

    var node: Node { .mapping(Node.Mapping(pairs)) }

    /// The mapping on one line, `{a: 1, b: 2}`.
    var flowNode: Node { .mapping(Node.Mapping(pairs, .implicit, .flow)) }
}
