import Foundation
import ShapegenModel
import ShapegenNames
import ShapegenPatterns
import ShapegenUtilities

/// Checks of shapes: references, constraints, rules and Swift name collisions.
extension CheckContext {
    /// How many shapes one thread checks at a time.
    static let shapesPerPart = 64

    mutating func checkShapes() {
        checkTypeNames()
        // Beyond their type names, shapes are checked each on its own: in parts, on all cores,
        // each part with its own diagnostics (they are sorted by location in the end).
        let model = self.model
        let shapes = self.shapes
        let parts = stride(from: 0, to: model.shapes.count, by: Self.shapesPerPart).map { start in
            model.shapes[start..<min(start + Self.shapesPerPart, model.shapes.count)]
        }
        let found = parts.concurrentMap { part in
            var context = CheckContext(model: model, shapes: shapes)
            for shape in part { context.checkShape(shape) }
            return context.diagnostics
        }
        for diagnostics in found { self.diagnostics += diagnostics }
        checkContainerNesting()
    }

    /// Shapes that would become the same Swift type in the service's namespace.
    private mutating func checkTypeNames() {
        var typeNames: [String: Shape] = [:]
        for shape in model.shapes where shape.kind.isGeneratedType {
            let typeName = SwiftNames.type(of: shape)
            if let other = typeNames[typeName] {
                error(
                    "shape '\(shape.name)' and shape '\(other.name)' (line \(other.location?.line ?? 0)) both become the Swift type '\(typeName)'",
                    at: shape.location)
            } else {
                typeNames[typeName] = shape
            }
        }
    }

    /// The checks of one shape that need no other shape's checks.
    private mutating func checkShape(_ shape: Shape) {
        checkConstraints(shape.constraints, on: shape, what: "shape '\(shape.name)'")
        if shape.error != nil, shape.kind.structure == nil {
            error("only structures can be errors; shape '\(shape.name)' is \(shape.kind.described)", at: shape.location)
        }
        if let status = shape.error?.httpStatus, !(100...599).contains(status) {
            error("HTTP status \(status) of shape '\(shape.name)' is not between 100 and 599", at: shape.location)
        }
        switch shape.kind {
        case .structure(let body), .union(let body):
            checkStructure(body, of: shape)
        case .list(let member):
            _ = resolve(member, what: "the member of list '\(shape.name)'")
        case .map(let key, let value):
            if let keyShape = resolve(key, what: "the key of map '\(shape.name)'") {
                switch keyShape.kind {
                case .string, .enum: break
                default:
                    error(
                        "map keys must be strings or enums; '\(key.name)' is \(keyShape.kind.described)",
                        at: key.location)
                }
            }
            _ = resolve(value, what: "the value of map '\(shape.name)'")
        case .enum(let values):
            checkEnumValues(values, of: shape)
        default:
            break
        }
    }

    private mutating func checkStructure(_ body: Structure, of shape: Shape) {
        var propertyNames: [String: Member] = [:]
        var wireNames: [String: Member] = [:]
        for member in body.members {
            func what() -> String { "member '\(member.name)' of '\(shape.name)'" }
            let property = SwiftNames.property(of: member)
            if let other = propertyNames[property] {
                error(
                    "\(what()) and member '\(other.name)' both become the Swift property '\(property)'",
                    at: member.location)
            } else if SwiftNames.reservedMemberNames.contains(property)
                || (shape.kind.isUnion && property == SwiftNames.unknownUnionCase)
            {
                error(
                    "\(what()) would become '\(property)', which generated code declares; set 'swiftName' to rename it",
                    at: member.location)
            } else {
                propertyNames[property] = member
            }
            if member.httpLocation == nil || member.httpLocation == .payload {
                let key = SwiftNames.codingKey(of: member, in: model.service)
                if let other = wireNames[key] {
                    error("\(what()) and member '\(other.name)' have the same wire name '\(key)'", at: member.location)
                }
                wireNames[key] = member
            }
            if let swiftName = member.swiftName, !SwiftNaming.isIdentifier(swiftName) {
                error("'swiftName' of \(what()) must be a Swift identifier, found '\(swiftName)'", at: member.location)
            }
            if case .union = shape.kind, member.isRequired {
                error("members of a union cannot be required; \(what()) is", at: member.location)
            }
            if let target = resolve(member.target, what: what()) {
                checkConstraints(member.constraints, on: target, what: what())
            }
        }
        for group in body.exactlyOneOf { checkGroup(group, in: body, of: shape, rule: "exactlyOneOf") }
        for group in body.atMostOneOf { checkGroup(group, in: body, of: shape, rule: "atMostOneOf") }
        for rule in body.conditionalRules { checkRule(rule, in: body, of: shape) }
    }

    private mutating func checkGroup(_ group: MemberGroup, in body: Structure, of shape: Shape, rule: String) {
        if group.members.count < 2 {
            error("an '\(rule)' group needs at least two members", at: group.location)
        }
        var seen: Set<String> = []
        for reference in group.members {
            guard let member = member(reference, in: body, of: shape, what: "'\(rule)'") else { continue }
            if !seen.insert(member.name).inserted {
                error("member '\(member.name)' is listed twice in an '\(rule)' group", at: reference.location)
            }
            if member.isRequired {
                error(
                    "member '\(member.name)' is required, so it cannot be in an '\(rule)' group", at: reference.location
                )
            }
        }
    }

    private mutating func checkRule(_ rule: ConditionalRule, in body: Structure, of shape: Shape) {
        let when = member(rule.when, in: body, of: shape, what: "'when'")
        switch rule.condition {
        case .valueIn(let values):
            if let when, let target = shapes[when.target.name] {
                switch target.kind {
                case .string, .enum: break
                default:
                    error(
                        "'when' must name a string or enum member for 'in'; '\(when.name)' is \(target.kind.described)",
                        at: rule.when.location)
                }
            }
            if values.isEmpty {
                error("'in' must list at least one value", at: rule.location)
            }
        case .present(let isSet):
            if let when, when.isRequired {
                let always = isSet ? "always applies" : "never applies"
                error("the rule \(always): '\(when.name)' is required, so it is always set", at: rule.when.location)
            }
        }
        if rule.when.name == rule.then.name {
            error(
                "a rule's 'when' and 'then' must be different members; both are '\(rule.then.name)'",
                at: rule.then.location)
        }
        guard let then = member(rule.then, in: body, of: shape, what: "'then'"), var target = shapes[then.target.name]
        else {
            return
        }
        // A rule on a list applies to each element.
        if case .list(let element) = target.kind, let elementShape = shapes[element.name] {
            target = elementShape
        }
        checkConstraints(rule.constraints, on: target, what: "the rule on '\(then.name)'")
    }

    /// The member a reference names, reporting one that is not in the structure.
    private mutating func member(_ reference: Reference, in body: Structure, of shape: Shape, what: String) -> Member? {
        if let member = body.member(named: reference.name) { return member }
        let hint = Self.suggestion(for: reference.name, in: body.members.map(\.name))
        error(
            "\(what) names '\(reference.name)', which is not a member of '\(shape.name)'\(hint)", at: reference.location
        )
        return nil
    }

    mutating func checkConstraints(_ constraints: Constraints, on shape: Shape, what: @autoclosure () -> String) {
        let kind = shape.kind
        for bound in [constraints.min, constraints.max].compactMap({ $0 }) {
            if kind.hasLength {
                if bound.integerValue == nil || bound.value < 0 {
                    error(
                        "a length bound of \(what()) must be a whole number of at least 0, found \(bound.text)",
                        at: bound.location)
                }
            } else if kind.isNumeric {
                if kind.isWholeNumber, bound.integerValue == nil {
                    error(
                        "a bound of \(what()) must be a whole number for \(kind.described), found \(bound.text)",
                        at: bound.location)
                } else if kind.isWholeNumber, let limit = kind.integerRange, let value = bound.integerValue,
                    !limit.contains(value)
                {
                    error("bound \(value) of \(what()) does not fit \(kind.described)", at: bound.location)
                }
            } else {
                error("min/max do not apply to \(what()): '\(shape.name)' is \(kind.described)", at: bound.location)
            }
        }
        if let min = constraints.min, let max = constraints.max, min.value > max.value {
            error("'min' (\(min.text)) of \(what()) is greater than 'max' (\(max.text))", at: min.location)
        }
        if let pattern = constraints.pattern {
            if case .string = kind {
                if !isValidPattern(pattern.source) {
                    error(
                        "pattern of \(what()) is not a valid regular expression: \(pattern.source)",
                        at: pattern.location)
                }
            } else {
                error("'pattern' applies only to strings; '\(shape.name)' is \(kind.described)", at: pattern.location)
            }
        }
        if let values = constraints.allowedValues {
            if case .string = kind {
                if values.isEmpty {
                    error(
                        "'allowedValues' of \(what()) must list at least one value",
                        at: constraints.allowedValuesLocation ?? shape.location)
                }
            } else {
                error(
                    "'allowedValues' applies only to strings; '\(shape.name)' is \(kind.described)",
                    at: constraints.allowedValuesLocation ?? shape.location)
            }
        }
    }

    /// Whether `source` compiles, compiling each distinct pattern once: models repeat patterns a lot.
    private mutating func isValidPattern(_ source: String) -> Bool {
        if let isValid = validPatterns[source] { return isValid }
        let isValid = RegexPattern(source).isValid
        validPatterns[source] = isValid
        return isValid
    }

    private mutating func checkEnumValues(_ values: [EnumValue], of shape: Shape) {
        if values.isEmpty {
            error("enum '\(shape.name)' must have at least one value", at: shape.location)
        }
        var seenValues: [String: EnumValue] = [:]
        var seenCases: [String: EnumValue] = [:]
        for value in values {
            if let other = seenValues[value.value] {
                error(
                    "enum '\(shape.name)' lists the value '\(value.value)' twice (first at line \(other.location?.line ?? 0))",
                    at: value.location)
                continue
            }
            seenValues[value.value] = value
            let caseName = SwiftNames.enumCase(of: value)
            if let swiftName = value.swiftName, !SwiftNaming.isIdentifier(swiftName) {
                error(
                    "'swiftName' of enum value '\(value.value)' must be a Swift identifier, found '\(swiftName)'",
                    at: value.location)
            } else if caseName == SwiftNames.unknownEnumCase {
                error(
                    "enum value '\(value.value)' of '\(shape.name)' would become the case '\(caseName)', which holds unknown values; set 'swiftName' to rename it",
                    at: value.location)
            } else if SwiftNames.enumStaticMemberNames.contains(caseName) {
                error(
                    "enum value '\(value.value)' of '\(shape.name)' would become the case '\(caseName)', which generated enums declare as a static member; set another 'swiftName'",
                    at: value.location)
            } else if let other = seenCases[caseName] {
                error(
                    "enum values '\(other.value)' and '\(value.value)' of '\(shape.name)' both become the case '\(caseName)'; set 'swiftName' on one",
                    at: value.location)
            } else {
                seenCases[caseName] = value
            }
        }
    }
}

extension ShapeKind {
    /// The keyword with its article, e.g. "an integer", "a string".
    var described: String {
        let keyword = self.keyword
        return ("aeiou".contains(keyword.first ?? "x") ? "an " : "a ") + keyword
    }

    var isWholeNumber: Bool {
        switch self {
        case .integer, .long: true
        default: false
        }
    }

    /// The values the Swift type of an integer shape can hold.
    var integerRange: ClosedRange<Int64>? {
        switch self {
        case .integer: Int64(Int32.min)...Int64(Int32.max)
        case .long: Int64.min...Int64.max
        default: nil
        }
    }
}
