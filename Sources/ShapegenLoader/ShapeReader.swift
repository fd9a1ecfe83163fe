import ShapegenModel
import ShapegenUtilities

/// Reading of the `shapes` section: shapes, members, constraints and rules.
extension ModelReader {
    static let commonShapeKeys = ["type", "documentation", "sensitive", "deprecated", "swiftName", "traits"]
    static let constraintKeys = ["min", "max", "pattern", "allowedValues"]
    static let shapeKeysByType: [String: [String]] = [
        "structure": ["members", "exactlyOneOf", "atMostOneOf", "rules", "error"],
        "union": ["members"],
        "list": ["member", "min", "max"],
        "map": ["key", "value", "min", "max"],
        "string": constraintKeys,
        "enum": ["values"],
        "integer": ["min", "max"],
        "long": ["min", "max"],
        "float": ["min", "max"],
        "double": ["min", "max"],
        "boolean": [],
        "timestamp": ["format"],
        "blob": ["min", "max"],
        "document": [],
    ]
    static let memberKeys =
        [
            "target", "required", "documentation", "location", "locationName", "deprecated", "swiftName", "traits",
        ] + constraintKeys
    static let ruleKeys = ["when", "in", "present", "then", "message"] + constraintKeys
    static let enumValueKeys = ["value", "swiftName", "documentation"]
    static let errorKeys = ["httpStatus", "fault", "code"]

    /// How many shapes one thread reads at a time.
    static let shapesPerPart = 64

    /// The shapes, in file order. Each is read on its own, so parts of them are read on all cores,
    /// each part with its own diagnostics (they are sorted by location in the end).
    mutating func readShapes(_ node: YAMLNode) -> [Shape] {
        guard let entries = node.entries(&diagnostics, what: "'shapes'") else { return [] }
        let parts = stride(from: 0, to: entries.count, by: Self.shapesPerPart).map { start in
            entries[start..<min(start + Self.shapesPerPart, entries.count)]
        }
        let file = self.file
        let results = parts.concurrentMap { part in
            var reader = ModelReader(file: file)
            let shapes = part.compactMap { entry in reader.readShape(entry.key, entry.value, at: entry.keyLocation) }
            return (shapes: shapes, diagnostics: reader.diagnostics)
        }
        var shapes: [Shape] = []
        shapes.reserveCapacity(entries.count)
        for result in results {
            shapes += result.shapes
            diagnostics += result.diagnostics
        }
        return shapes
    }

    private mutating func readShape(_ name: String, _ node: YAMLNode, at location: SourceLocation) -> Shape? {
        func what() -> String { "shape '\(name)'" }
        // Read the type first: which other keys are allowed depends on it.
        guard let entries = node.entries(&diagnostics, what: what()) else { return nil }
        guard let typeNode = entries.first(where: { $0.key == "type" })?.value else {
            diagnostics.append(.error("\(what()) is missing required key 'type'", at: node.location))
            return nil
        }
        guard let type = typeNode.string(&diagnostics, what: "the type of \(what())") else { return nil }
        guard let typeKeys = Self.shapeKeysByType[type] else {
            let types = Self.shapeKeysByType.keys.sorted()
            diagnostics.append(
                .error(
                    "unknown shape type '\(type)'\(Suggestion.hint(for: type, in: types)); "
                        + "expected one of \(types.joined(separator: ", "))",
                    at: typeNode.location))
            return nil
        }
        let mapping = node.mapping(
            entries, &diagnostics, what: "\(what()) (\(type))", allowedKeys: Self.commonShapeKeys + typeKeys)

        var shape = Shape(name: name, kind: .string, location: location)
        shape.documentation = optionalString(mapping, "documentation")
        shape.isSensitive = mapping["sensitive"].flatMap { $0.bool(&diagnostics, what: "'sensitive'") } ?? false
        shape.deprecation = deprecation(mapping["deprecated"])
        shape.swiftName = mapping["swiftName"].flatMap { $0.name(&diagnostics, what: "'swiftName'") }
        shape.traits = readTraits(mapping)
        shape.constraints = readConstraints(mapping)
        if let error = mapping["error"] {
            shape.error = readError(error)
        }
        guard let kind = readKind(type, mapping, of: what()) else { return nil }
        shape.kind = kind
        return shape
    }

    private mutating func readKind(_ type: String, _ mapping: YAMLMapping, of what: @autoclosure () -> String)
        -> ShapeKind?
    {
        // What the shape's mapping is called in messages, e.g. "shape 'Foo' (structure)".
        func mappingWhat() -> String { "\(what()) (\(type))" }
        switch type {
        case "structure": return readStructure(mapping, of: what(), mappingWhat()).map(ShapeKind.structure)
        case "union": return readStructure(mapping, of: what(), mappingWhat()).map(ShapeKind.union)
        case "list":
            return reference(mapping.required("member", &diagnostics, what: mappingWhat()), what: "'member'").map {
                .list(member: $0)
            }
        case "map":
            let key = reference(mapping.required("key", &diagnostics, what: mappingWhat()), what: "'key'")
            let value = reference(mapping.required("value", &diagnostics, what: mappingWhat()), what: "'value'")
            guard let key, let value else { return nil }
            return .map(key: key, value: value)
        case "string": return .string
        case "enum":
            return readEnumValues(mapping.required("values", &diagnostics, what: mappingWhat()), of: what()).map(
                ShapeKind.enum)
        case "integer": return .integer
        case "long": return .long
        case "float": return .float
        case "double": return .double
        case "boolean": return .boolean
        case "document": return .document
        case "timestamp":
            guard let node = mapping["format"] else { return .timestamp(nil) }
            guard let format = oneOf(node, TimestampFormat.self, what: "'format'") else { return nil }
            return .timestamp(format)
        default: return .blob
        }
    }

    private mutating func readStructure(
        _ mapping: YAMLMapping, of what: @autoclosure () -> String, _ mappingWhat: @autoclosure () -> String
    ) -> Structure? {
        var members: [Member] = []
        if let node = mapping.required("members", &diagnostics, what: mappingWhat()),
            let entries = node.entries(&diagnostics, what: "'members' of \(what())")
        {
            members.reserveCapacity(entries.count)
            for entry in entries {
                if let member = readMember(entry.key, entry.value, at: entry.keyLocation, of: what()) {
                    members.append(member)
                }
            }
        }
        return Structure(
            members: members,
            exactlyOneOf: readGroups(mapping["exactlyOneOf"], key: "exactlyOneOf"),
            atMostOneOf: readGroups(mapping["atMostOneOf"], key: "atMostOneOf"),
            conditionalRules: readRules(mapping["rules"], of: what()))
    }

    private mutating func readMember(
        _ name: String, _ node: YAMLNode, at location: SourceLocation, of owner: @autoclosure () -> String
    ) -> Member? {
        func what() -> String { "member '\(name)' of \(owner())" }
        guard let mapping = node.mapping(&diagnostics, what: what(), allowedKeys: Self.memberKeys),
            let target = reference(mapping.required("target", &diagnostics, what: what()), what: "'target'")
        else { return nil }
        var member = Member(name: name, target: target, location: location)
        member.isRequired = mapping["required"].flatMap { $0.bool(&diagnostics, what: "'required'") } ?? false
        member.documentation = optionalString(mapping, "documentation")
        if let node = mapping["location"] {
            member.httpLocation = oneOf(node, HTTPLocation.self, what: "'location'")
        }
        // A `headers` map with an empty prefix takes every header of a response.
        member.locationName = mapping["locationName"].flatMap { node in
            member.httpLocation == .headers
                ? node.string(&diagnostics, what: "'locationName'")
                : node.nonEmptyString(&diagnostics, what: "'locationName'")
        }
        member.deprecation = deprecation(mapping["deprecated"])
        member.swiftName = mapping["swiftName"].flatMap { $0.name(&diagnostics, what: "'swiftName'") }
        member.traits = readTraits(mapping)
        member.constraints = readConstraints(mapping)
        return member
    }

    /// `exactlyOneOf: [[a, b], [c, d]]`, or a single group `[a, b]`.
    private mutating func readGroups(_ node: YAMLNode?, key: String) -> [MemberGroup] {
        guard let node, let elements = node.list(&diagnostics, what: "'\(key)'") else { return [] }
        let isSingleGroup = elements.allSatisfy { if case .scalar = $0.node { true } else { false } }
        let groups = isSingleGroup ? [node] : elements
        return groups.compactMap { group in
            guard let names = group.stringList(&diagnostics, what: "a group of '\(key)'") else { return nil }
            return MemberGroup(members: names.map { Reference($0.0, at: $0.1) }, location: group.location)
        }
    }

    private mutating func readRules(_ node: YAMLNode?, of owner: @autoclosure () -> String) -> [ConditionalRule] {
        guard let node, let elements = node.list(&diagnostics, what: "'rules' of \(owner())") else { return [] }
        let what = "a rule of \(owner())"
        return elements.compactMap { element in
            guard let mapping = element.mapping(&diagnostics, what: what, allowedKeys: Self.ruleKeys) else {
                return nil
            }
            let when = reference(mapping.required("when", &diagnostics, what: what), what: "'when'")
            let condition = readCondition(mapping, what: what)
            let then = reference(mapping.required("then", &diagnostics, what: what), what: "'then'")
            let constraints = readConstraints(mapping)
            if constraints.isEmpty {
                diagnostics.append(
                    .error("a rule must constrain 'then' with min, max, pattern or allowedValues", at: mapping.location)
                )
            }
            guard let when, let condition, let then else { return nil }
            return ConditionalRule(
                when: when, condition: condition, then: then, constraints: constraints,
                message: optionalString(mapping, "message"), location: mapping.location)
        }
    }

    /// A rule's `in: [values]` or `present: true|false`: exactly one of them.
    private mutating func readCondition(_ mapping: YAMLMapping, what: String) -> ConditionalRule.Condition? {
        switch (mapping["in"], mapping["present"]) {
        case (let values?, nil):
            return values.stringList(&diagnostics, what: "'in'").map { .valueIn($0.map(\.0)) }
        case (nil, let present?):
            return present.bool(&diagnostics, what: "'present'").map { .present($0) }
        case (_?, let present?):
            diagnostics.append(.error("\(what) has both 'in' and 'present'; give one", at: present.location))
            return nil
        case (nil, nil):
            diagnostics.append(
                .error(
                    "\(what) needs 'in' (the values of 'when' it applies to) or 'present' (true or false)",
                    at: mapping.location))
            return nil
        }
    }

    private mutating func readConstraints(_ mapping: YAMLMapping) -> Constraints {
        var constraints = Constraints()
        constraints.min = mapping["min"].flatMap { $0.bound(&diagnostics, what: "'min'") }
        constraints.max = mapping["max"].flatMap { $0.bound(&diagnostics, what: "'max'") }
        if let node = mapping["pattern"], let source = node.nonEmptyString(&diagnostics, what: "'pattern'") {
            constraints.pattern = Pattern(source, at: node.location)
        }
        if let node = mapping["allowedValues"], let values = node.stringList(&diagnostics, what: "'allowedValues'") {
            constraints.allowedValues = values.map(\.0)
            constraints.allowedValuesLocation = node.location
        }
        return constraints
    }

    /// Enum values: each a string, or a mapping with `value`, `swiftName` and `documentation`.
    private mutating func readEnumValues(_ node: YAMLNode?, of owner: @autoclosure () -> String) -> [EnumValue]? {
        guard let node, let elements = node.list(&diagnostics, what: "'values' of \(owner())") else { return nil }
        return elements.compactMap { element in
            if case .scalar = element.node {
                guard let value = element.string(&diagnostics, what: "an enum value"),
                    YAMLNode.checkNameLength(value, what: "an enum value", at: element.location, &diagnostics)
                else { return nil }
                return EnumValue(value, location: element.location)
            }
            guard
                let mapping = element.mapping(
                    &diagnostics, what: "an enum value of \(owner())", allowedKeys: Self.enumValueKeys),
                let valueNode = mapping.required("value", &diagnostics, what: "an enum value of \(owner())"),
                let value = valueNode.string(&diagnostics, what: "'value'"),
                YAMLNode.checkNameLength(value, what: "an enum value", at: valueNode.location, &diagnostics)
            else { return nil }
            return EnumValue(
                value,
                swiftName: mapping["swiftName"].flatMap { $0.name(&diagnostics, what: "'swiftName'") },
                documentation: optionalString(mapping, "documentation"),
                location: element.location)
        }
    }

    private mutating func readError(_ node: YAMLNode) -> ErrorTrait? {
        guard let mapping = node.mapping(&diagnostics, what: "'error'", allowedKeys: Self.errorKeys) else { return nil }
        var trait = ErrorTrait()
        trait.httpStatus = mapping["httpStatus"].flatMap { $0.integer(&diagnostics, what: "'httpStatus'") }
        if let node = mapping["fault"], let fault = oneOf(node, ErrorTrait.Fault.self, what: "'fault'") {
            trait.fault = fault
        }
        trait.code = mapping["code"].flatMap { $0.nonEmptyString(&diagnostics, what: "'code'") }
        return trait
    }
}
