import ShapegenModel
import ShapegenNames
import ShapegenSwiftCode

/// Enum shapes: a case per listed value plus `unknown(String)` for values added later.
///
/// The code is shaped for the type checker, as some AWS enums list over a thousand values:
/// `allCases` names its type in every element, `rawValue` returns from a statement `switch`, and
/// `init(rawValue:)` switches over at most ``casesPerSwitch`` string patterns, handing the rest on
/// to private static functions of as many (the type checker solves each string pattern on its own,
/// in about half a millisecond).
extension ShapeTranslator {
    /// The most string patterns one `switch` of `init(rawValue:)` holds: about 50 ms to type-check.
    static let casesPerSwitch = 100

    func enumeration(_ shape: Shape, _ values: [EnumValue]) -> Declaration {
        let typeName = SwiftNames.type(of: shape)
        let caseNames = values.map { SwiftNaming.escaped(SwiftNames.enumCase(of: $0)) }
        let cases = zip(values, caseNames).map { value, name in
            Declaration(documentation: context.documentation(value.documentation), .enumCase(EnumCaseDeclaration(name: name)))
        }
        let unknown = Declaration(
            documentation: "A value this version of the model does not list, kept as received.",
            .enumCase(EnumCaseDeclaration(name: SwiftNames.unknownEnumCase, associatedValue: context.standard("String"))))
        let allCases = Declaration(
            documentation: "The values the model lists.",
            .property(PropertyDeclaration(
                access: context.access, isStatic: true, isConstant: true, name: "allCases", type: .array(.named(typeName)),
                initializer: .array(caseNames.map { .id(typeName).dot($0) }))))
        let rawValueName = "rawValue"
        let matchers = rawValueMatchers(values, caseNames: caseNames, rawValueName: rawValueName)
        let initializer = Declaration(
            documentation: "The case for `rawValue`; values the model does not list become `.\(SwiftNames.unknownEnumCase)`.",
            .function(FunctionDeclaration(
                access: context.access, kind: .initializer,
                parameters: [Parameter(name: rawValueName, type: context.standard("String"))],
                body: [matchers.first.map { .switch(subject: .id(rawValueName), cases: $0(.assignment)) }
                    ?? .assignment(target: .id("self"), value: unknownCase(rawValueName))])))
        let helpers = matchers.dropFirst().enumerated().map { offset, cases in
            Declaration(.function(FunctionDeclaration(
                access: .private, modifiers: ["static"], kind: .function(name: Self.matcherName(offset + 2)),
                parameters: [Parameter(label: "_", name: rawValueName, type: context.standard("String"))],
                returnType: .named("Self"),
                body: [.switch(subject: .id(rawValueName), cases: cases(.return))])))
        }
        let rawValue = Declaration(
            documentation: "The value on the wire.",
            .property(PropertyDeclaration(
                access: context.access, name: rawValueName, type: context.standard("String"),
                getter: [.switch(
                    subject: .id("self"),
                    cases: zip(values, caseNames).map { value, name in
                        SwitchCase(patterns: [.member(nil, name)], body: [.return(.string(value.value))])
                    } + [SwitchCase(
                        patterns: [.member(nil, SwiftNames.unknownEnumCase).callAsFunction(Argument(.bindingPattern("value")))],
                        body: [.return(.id("value"))])])])))
        return Declaration(
            documentation: context.documentation(shape.documentation, deprecation: shape.deprecation),
            .type(TypeDeclaration(
                .enum, access: context.access, name: typeName, conformances: [context.runtime("ShapeEnum")],
                members: cases + [unknown, allCases, initializer] + helpers + [rawValue])))
    }

    /// How a matched case ends: assigning `self` in the initializer, returning it from a helper.
    enum MatchOutcome {
        case assignment
        case `return`
    }

    /// The `switch` cases of `init(rawValue:)` and its helpers, ``casesPerSwitch`` values each; the
    /// `default` of each hands over to the next helper, the last one's makes the unknown case.
    private func rawValueMatchers(
        _ values: [EnumValue], caseNames: [String], rawValueName: String
    ) -> [(MatchOutcome) -> [SwitchCase]] {
        let chunks = stride(from: 0, to: values.count, by: Self.casesPerSwitch).map { $0..<min($0 + Self.casesPerSwitch, values.count) }
        return chunks.enumerated().map { index, range in
            { outcome in
                func end(_ value: Expression) -> Statement {
                    switch outcome {
                    case .assignment: .assignment(target: .id("self"), value: value)
                    case .return: .return(value)
                    }
                }
                let known = range.map { SwitchCase(patterns: [.string(values[$0].value)], body: [end(.member(nil, caseNames[$0]))]) }
                let fallback = index + 1 < chunks.count
                    ? Expression.id("Self").dot(Self.matcherName(index + 2)).callAsFunction(Argument(.id(rawValueName)))
                    : unknownCase(rawValueName)
                return known + [SwitchCase(patterns: [], body: [end(fallback)])]
            }
        }
    }

    /// `.unknown(rawValue)`.
    private func unknownCase(_ rawValueName: String) -> Expression {
        .member(nil, SwiftNames.unknownEnumCase).callAsFunction(Argument(.id(rawValueName)))
    }

    /// `rawValueMatching2`…: the helper holding the `part`-th ``casesPerSwitch`` values.
    private static func matcherName(_ part: Int) -> String {
        "rawValueMatching\(part)"
    }
}
