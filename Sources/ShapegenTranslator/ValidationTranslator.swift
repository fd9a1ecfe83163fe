import ShapegenModel
import ShapegenNames
import ShapegenSwiftCode

/// Translates constraints into `validate(in:)` methods for every structure an operation input reaches;
/// a structure with nothing to check is declared `Unconstrained` instead.
///
/// Each member's checks call one ``ValidationContext`` method that names the member, so that
/// violations carry paths; patterns are compiled once, in `static let`s of a private enum.
struct ValidationTranslator {
    let context: TranslationContext
    private let patterns: PatternTable
    private let needsValidation: Set<String>

    init(context: TranslationContext) {
        self.context = context
        self.patterns = PatternTable(model: context.model)
        self.needsValidation = Self.shapesNeedingValidation(context)
    }

    func declarations() -> [Declaration] {
        let structures = context.generatedShapes.filter { shape in
            shape.kind.structure != nil && context.inputShapes.contains(shape.name)
        }
        var declarations = structures.map(validator)
        if !patterns.isEmpty {
            declarations.append(patterns.declaration(context: context))
        }
        return declarations
    }

    private func validator(_ shape: Shape) -> Declaration {
        let body = shape.kind.structure ?? Structure(members: [])
        if case .union = shape.kind { return unionValidator(shape, body) }
        var checks: [Statement] = []
        for member in body.members {
            guard let target = context.shapes[member.target.name] else { continue }
            checks += self.checks(
                of: value(of: member), named: SwiftNames.property(of: member), shape: target,
                adding: constraints(of: member, target: target),
                sensitive: target.isSensitive)
        }
        let perFunction = CompileCostLimits.checksPerFunction
        var statements = Array(checks.prefix(perFunction))
        var helpers: [Declaration] = []
        for start in stride(from: perFunction, to: checks.count, by: perFunction) {
            let name = "validateMembers\(helpers.count + 2)"
            helpers.append(
                Declaration(
                    .function(
                        FunctionDeclaration(
                            access: .private, kind: .function(name: name), parameters: validateParameters,
                            body: Array(checks[start..<min(start + perFunction, checks.count)])))))
            statements.append(
                .expression(.id("self").dot(name).callAsFunction(Argument("in", .inOut(.id(Self.contextName))))))
        }
        let groups = body.exactlyOneOf.map { ("exactlyOne", $0) } + body.atMostOneOf.map { ("atMostOne", $0) }
        for (method, group) in groups {
            let members = group.members.compactMap { body.member(named: $0.name) }
            statements.append(
                .expression(
                    .id(Self.contextName).dot(method).callAsFunction(
                        Argument(
                            "of",
                            .dictionary(
                                keys: members.map { .string(SwiftNames.property(of: $0)) },
                                values: members.map { .binary(value(of: $0), "!=", .literal(.nil)) })))))
        }
        for rule in body.conditionalRules {
            statements += self.rule(rule, in: body)
        }
        guard !statements.isEmpty else {
            return Declaration(
                .type(
                    TypeDeclaration(
                        .extension, access: nil, name: context.typeName(of: shape),
                        conformances: [context.runtime("Unconstrained")], members: [])))
        }
        return validatable(
            shape, documentation: "Records every constraint this value breaks, with the path to it.", body: statements,
            helpers: helpers)
    }

    /// The parameter of `validate(in:)` and its helpers: `in context: inout ValidationContext`.
    private var validateParameters: [Parameter] {
        [
            Parameter(
                label: "in", name: Self.contextName, type: .named(context.runtime("ValidationContext")), isInOut: true)
        ]
    }

    /// `extension Service.Shape: Validatable { validate(in:) … }`, with the helpers it calls.
    private func validatable(_ shape: Shape, documentation: String, body: [Statement], helpers: [Declaration] = [])
        -> Declaration
    {
        Declaration(
            .type(
                TypeDeclaration(
                    .extension, access: nil, name: context.typeName(of: shape),
                    conformances: [context.runtime("Validatable")],
                    members: [
                        Declaration(
                            documentation: documentation,
                            .function(
                                FunctionDeclaration(
                                    access: context.access, kind: .function(name: "validate"),
                                    parameters: validateParameters, body: body)))
                    ]
                        + helpers)))
    }

    /// A union's `validate(in:)`: the checks of the member its case holds; a member the model does
    /// not know is a violation, as it cannot be sent.
    private func unionValidator(_ shape: Shape, _ body: Structure) -> Declaration {
        let cases = body.members.compactMap { member -> SwitchCase? in
            guard let target = context.shapes[member.target.name] else { return nil }
            let name = context.propertyIdentifier(member)
            let checks = self.checks(
                of: .id("value"), named: SwiftNames.property(of: member), shape: target,
                adding: constraints(of: member, target: target), sensitive: target.isSensitive)
            return checks.isEmpty
                ? SwitchCase(patterns: [.member(nil, name)], body: [.break])
                : SwitchCase(patterns: [ShapeTranslator.casePattern(name, binding: "value")], body: checks)
        }
        let unknown = SwitchCase(
            patterns: [ShapeTranslator.casePattern(SwiftNames.unknownUnionCase, binding: "member")],
            body: [.expression(.id(Self.contextName).dot("unknownMember").callAsFunction(Argument(.id("member"))))])
        return validatable(
            shape, documentation: "Records every constraint the case's value breaks, with the path to it.",
            body: [.switch(subject: .id("self"), cases: cases + [unknown])])
    }

    /// A member's own constraints; a string bound to a URI label must not be empty as well, as
    /// `/v1/tags/{resourceArn}` would become `/v1/tags/`.
    private func constraints(of member: Member, target: Shape) -> Constraints {
        guard member.httpLocation == .uri, case .string = target.kind,
            [.restJSON, .restXML].contains(context.model.service.wireProtocol)
        else { return member.constraints }
        return member.constraints.merged(with: Constraints(min: Bound(1)))
    }

    /// The validator's parameter and the value a conditional rule binds; members with these names
    /// are read through `self`, as their plain names would mean the locals.
    private static let contextName = "context", selectorName = "selector"

    /// The expression that reads a member's value inside `validate(in:)`.
    private func value(of member: Member) -> Expression {
        let storage = context.storageIdentifier(member)
        return [Self.contextName, Self.selectorName].contains(storage) ? .id("self").dot(storage) : .id(storage)
    }

    /// `if let selector = when, ["A", "B"].contains(selector) { checks of then }`, or for a
    /// presence rule `if when != nil { checks of then }`. Without a message of the rule's own, the
    /// checks say the condition: "must be at most 100 when filters is set".
    private func rule(_ rule: ConditionalRule, in body: Structure) -> [Statement] {
        guard let when = body.member(named: rule.when.name), let then = body.member(named: rule.then.name),
            let whenShape = context.shapes[when.target.name], let thenShape = context.shapes[then.target.name]
        else { return [] }
        let checks = checks(
            of: value(of: then), named: SwiftNames.property(of: then), shape: thenShape,
            adding: rule.constraints, sensitive: thenShape.isSensitive, message: rule.message,
            condition: rule.message == nil ? rule.conditionText : nil, ruleOnly: true)
        switch rule.condition {
        case .valueIn(let values):
            var selector = value(of: when)
            if case .enum = whenShape.kind { selector = .member(.optionalChain(selector), "rawValue") }
            return [
                .if(
                    condition: [
                        .optionalBinding(name: Self.selectorName, value: selector),
                        .expression(
                            .call(
                                .array(values.map(Expression.string)).dot("contains"),
                                [Argument(.id(Self.selectorName))])),
                    ],
                    then: checks, else: nil)
            ]
        case .present(let isSet):
            let test = Expression.binary(value(of: when), isSet ? "!=" : "==", .literal(.nil))
            return [.if(condition: [.expression(test)], then: checks, else: nil)]
        }
    }

    /// The checks of one value: `expression` holds it, `name` is its path component (nil for list elements).
    ///
    /// With `ruleOnly`, only `extra` constraints are checked (the shape's own are checked elsewhere);
    /// `condition` is the rule's, which the messages then name.
    private func checks(
        of expression: Expression, named name: String?, shape: Shape, adding extra: Constraints, sensitive: Bool,
        message: String? = nil, condition: String? = nil, ruleOnly: Bool = false
    ) -> [Statement] {
        let constraints = ruleOnly ? extra : shape.constraints.merged(with: extra)
        let nameArgument = Argument(name.map(Expression.string) ?? .literal(.nil))
        func call(_ method: String, _ arguments: [Argument]) -> [Statement] {
            // Only the scalar checks word a violation; `list` hands the condition to its elements'.
            let conditionArgument =
                ["string", "value", "blob"].contains(method)
                ? condition.map { [Argument("when", .string($0))] } ?? [] : []
            return [
                .expression(
                    .call(
                        .id(Self.contextName).dot(method),
                        [Argument(expression), nameArgument] + arguments + conditionArgument))
            ]
        }
        switch shape.kind {
        case .string:
            var arguments = lengthArguments(constraints, prefix: "Length")
            if let pattern = constraints.pattern {
                arguments.append(Argument("pattern", patterns.reference(for: pattern.source, context: context)))
            }
            if let values = constraints.allowedValues {
                arguments.append(Argument("allowedValues", .array(values.map(Expression.string))))
            }
            guard !arguments.isEmpty else { return [] }
            if sensitive || shape.isSensitive { arguments.append(Argument("sensitive", .literal(.boolean(true)))) }
            if let message { arguments.append(Argument("message", .string(message))) }
            return call("string", arguments)
        case .enum:
            return ruleOnly
                ? []
                : call("known", sensitive || shape.isSensitive ? [Argument("sensitive", .literal(.boolean(true)))] : [])
        case .integer, .long, .float, .double:
            var arguments = boundArguments(constraints, isWhole: shape.kind == .integer || shape.kind == .long)
            guard !arguments.isEmpty else { return [] }
            if sensitive || shape.isSensitive { arguments.append(Argument("sensitive", .literal(.boolean(true)))) }
            return call("value", arguments)
        case .blob:
            let arguments = lengthArguments(constraints, prefix: "Length")
            return arguments.isEmpty ? [] : call("blob", arguments)
        case .structure, .union:
            return needsValidation.contains(shape.name) && !ruleOnly ? call("nested", []) : []
        case .list(let member):
            var arguments = lengthArguments(constraints, prefix: "Count")
            if let elementShape = context.shapes[member.name] {
                let elementChecks = checks(
                    of: .id("element"), named: nil, shape: elementShape, adding: ruleOnly ? extra : Constraints(),
                    sensitive: elementShape.isSensitive, message: message, condition: condition, ruleOnly: ruleOnly)
                if ruleOnly {
                    arguments = []
                }
                if !elementChecks.isEmpty {
                    arguments.append(
                        Argument(
                            "element",
                            .closure(Closure(parameters: [Self.contextName, "element"], body: elementChecks))))
                }
            }
            return arguments.isEmpty ? [] : call("list", arguments)
        case .map(let key, let value):
            var arguments = lengthArguments(constraints, prefix: "Count")
            if !ruleOnly, let keyShape = context.shapes[key.name] {
                let keyChecks = keyChecks(keyShape)
                if !keyChecks.isEmpty {
                    arguments.append(
                        Argument("key", .closure(Closure(parameters: [Self.contextName, "key"], body: keyChecks))))
                }
            }
            if !ruleOnly, let valueShape = context.shapes[value.name] {
                let valueChecks = checks(
                    of: .id("value"), named: nil, shape: valueShape, adding: Constraints(),
                    sensitive: valueShape.isSensitive)
                if !valueChecks.isEmpty {
                    arguments.append(
                        Argument(
                            "value", .closure(Closure(parameters: [Self.contextName, "value"], body: valueChecks))))
                }
            }
            return arguments.isEmpty ? [] : call("map", arguments)
        case .boolean, .timestamp, .document:
            return []
        }
    }

    /// Map keys are strings in Swift; an enum key shape becomes an allowed-values check.
    private func keyChecks(_ keyShape: Shape) -> [Statement] {
        if case .enum(let values) = keyShape.kind {
            let allowed = Constraints(allowedValues: values.map(\.value))
            let stringShape = Shape(name: keyShape.name, kind: .string)
            return checks(of: .id("key"), named: nil, shape: stringShape, adding: allowed, sensitive: false)
        }
        return checks(
            of: .id("key"), named: nil, shape: keyShape, adding: Constraints(), sensitive: keyShape.isSensitive)
    }

    private func lengthArguments(_ constraints: Constraints, prefix: String) -> [Argument] {
        var arguments: [Argument] = []
        if let min = constraints.min?.integerValue { arguments.append(Argument("min" + prefix, .int(min))) }
        if let max = constraints.max?.integerValue { arguments.append(Argument("max" + prefix, .int(max))) }
        return arguments
    }

    private func boundArguments(_ constraints: Constraints, isWhole: Bool) -> [Argument] {
        func literal(_ bound: Bound) -> Expression {
            if isWhole, let value = bound.integerValue { return .int(value) }
            return .literal(.double(bound.value))
        }
        var arguments: [Argument] = []
        if let min = constraints.min { arguments.append(Argument("min", literal(min))) }
        if let max = constraints.max { arguments.append(Argument("max", literal(max))) }
        return arguments
    }

    /// Structures whose validation can find something: a constraint, a group, a rule or an enum, here or below.
    private static func shapesNeedingValidation(_ context: TranslationContext) -> Set<String> {
        var result: Set<String> = []
        var changed = true
        while changed {
            changed = false
            for shape in context.model.shapes where !result.contains(shape.name) {
                guard let body = shape.kind.structure else { continue }
                let needs =
                    !body.exactlyOneOf.isEmpty || !body.atMostOneOf.isEmpty || !body.conditionalRules.isEmpty
                    || shape.kind.isUnion
                    || body.members.contains { member in
                        !member.constraints.isEmpty || valueNeedsValidation(member.target.name, context, result)
                    }
                if needs {
                    result.insert(shape.name)
                    changed = true
                }
            }
        }
        return result
    }

    private static func valueNeedsValidation(_ name: String, _ context: TranslationContext, _ known: Set<String>)
        -> Bool
    {
        guard let shape = context.shapes[name] else { return false }
        switch shape.kind {
        case .enum: return true
        case .structure, .union: return known.contains(name)
        case .list(let member): return !shape.constraints.isEmpty || valueNeedsValidation(member.name, context, known)
        case .map(let key, let value):
            return !shape.constraints.isEmpty || valueNeedsValidation(key.name, context, known)
                || valueNeedsValidation(value.name, context, known)
        default: return !shape.constraints.isEmpty
        }
    }
}

extension Constraints {
    /// These constraints with `other`'s added; where both bound, the narrower bound wins.
    func merged(with other: Constraints) -> Constraints {
        var result = self
        if let min = other.min, (result.min?.value ?? -.infinity) < min.value { result.min = min }
        if let max = other.max, (result.max?.value ?? .infinity) > max.value { result.max = max }
        if let pattern = other.pattern { result.pattern = pattern }
        if let values = other.allowedValues { result.allowedValues = values }
        return result
    }
}
