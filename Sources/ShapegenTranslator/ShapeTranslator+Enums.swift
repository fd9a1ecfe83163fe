import ShapegenModel
import ShapegenNames
import ShapegenSwiftCode

/// Enum shapes: a case per listed value plus `unknown(String)` for values added later.
///
/// The code is shaped for the type checker, as some AWS enums list over a thousand values:
/// `allCases` names its type in every element, `rawValue` returns from a statement `switch`, and
/// `init(rawValue:)` switches over at most ``CompileCostLimits/casesPerSwitch`` string patterns, handing the rest on
/// to private static functions of as many (the type checker solves each string pattern on its own,
/// in about half a millisecond).
extension ShapeTranslator {
    func enumeration(_ shape: Shape, _ values: [EnumValue]) -> Declaration {
        let typeName = SwiftNames.type(of: shape)
        let caseNames = values.map { SwiftNaming.escaped(SwiftNames.enumCase(of: $0)) }
        let cases = zip(values, caseNames).map { value, name in
            Declaration(
                documentation: context.documentation(value.documentation), .enumCase(EnumCaseDeclaration(name: name)))
        }
        let unknown = Declaration(
            documentation: "A value this version of the model does not list, kept as received.",
            .enumCase(
                EnumCaseDeclaration(name: SwiftNames.unknownEnumCase, associatedValue: context.standard("String"))))
        let allCases = Declaration(
            documentation: "The values the model lists.",
            .property(
                PropertyDeclaration(
                    access: context.access, isStatic: true, isConstant: true, name: "allCases",
                    type: .array(.named(typeName)),
                    initializer: .array(caseNames.map { .id(typeName).dot($0) }))))
        let rawValueName = "rawValue"
        let matching = RawValueMatching(values: values, caseNames: caseNames, rawValueName: rawValueName)
        let initializer = Declaration(
            documentation:
                "The case for `rawValue`; values the model does not list become `.\(SwiftNames.unknownEnumCase)`.",
            .function(
                FunctionDeclaration(
                    access: context.access, kind: .initializer,
                    parameters: [Parameter(name: rawValueName, type: context.standard("String"))],
                    body: [
                        matching.parts == 0
                            ? .assignment(target: .id("self"), value: matching.unknownCase)
                            : matching.switchStatement(part: 1, ending: .assignment)
                    ])))
        let helpers = stride(from: 2, through: matching.parts, by: 1).map { part in
            Declaration(
                .function(
                    FunctionDeclaration(
                        access: .private, modifiers: [.static],
                        kind: .function(name: RawValueMatching.helperName(part)),
                        parameters: [Parameter(label: "_", name: rawValueName, type: context.standard("String"))],
                        returnType: .named("Self"),
                        body: [matching.switchStatement(part: part, ending: .return)])))
        }
        let rawValue = Declaration(
            documentation: "The value on the wire.",
            .property(
                PropertyDeclaration(
                    access: context.access, name: rawValueName, type: context.standard("String"),
                    getter: [
                        .switch(
                            subject: .id("self"),
                            cases: zip(values, caseNames).map { value, name in
                                SwitchCase(patterns: [.member(nil, name)], body: [.return(.string(value.value))])
                            } + [
                                SwitchCase(
                                    patterns: [
                                        .member(nil, SwiftNames.unknownEnumCase).callAsFunction(
                                            Argument(.bindingPattern("value")))
                                    ],
                                    body: [.return(.id("value"))])
                            ])
                    ])))
        return Declaration(
            documentation: context.documentation(shape.documentation, deprecation: shape.deprecation),
            .type(
                TypeDeclaration(
                    .enum, access: context.access, name: typeName, conformances: [context.runtime("ShapeEnum")],
                    members: cases + [unknown, allCases, initializer] + helpers + [rawValue])))
    }
}

/// The `switch` statements of `init(rawValue:)` and its helpers, ``CompileCostLimits/casesPerSwitch``
/// values each: the `default` of each hands over to the next helper, the last one's makes the
/// unknown case.
private struct RawValueMatching {
    /// How a matched case ends: assigning `self` in the initializer, returning it from a helper.
    enum Ending {
        case assignment
        case `return`
    }

    let values: [EnumValue]
    let caseNames: [String]
    let rawValueName: String

    /// How many `switch` statements the values need: the initializer's and one per helper.
    var parts: Int {
        (values.count + CompileCostLimits.casesPerSwitch - 1) / CompileCostLimits.casesPerSwitch
    }

    /// `.unknown(rawValue)`.
    var unknownCase: Expression {
        .member(nil, SwiftNames.unknownEnumCase).callAsFunction(Argument(.id(rawValueName)))
    }

    /// The `switch` over the `part`-th (from 1) ``CompileCostLimits/casesPerSwitch`` values.
    func switchStatement(part: Int, ending: Ending) -> Statement {
        func end(_ value: Expression) -> Statement {
            switch ending {
            case .assignment: .assignment(target: .id("self"), value: value)
            case .return: .return(value)
            }
        }
        let first = (part - 1) * CompileCostLimits.casesPerSwitch
        let known = (first..<min(first + CompileCostLimits.casesPerSwitch, values.count)).map {
            SwitchCase(patterns: [.string(values[$0].value)], body: [end(.member(nil, caseNames[$0]))])
        }
        let fallback =
            part < parts
            ? Expression.id("Self").dot(Self.helperName(part + 1)).callAsFunction(Argument(.id(rawValueName)))
            : unknownCase
        return .switch(subject: .id(rawValueName), cases: known + [SwitchCase(patterns: [], body: [end(fallback)])])
    }

    /// `rawValueMatching2`…: the helper holding the `part`-th ``CompileCostLimits/casesPerSwitch`` values.
    static func helperName(_ part: Int) -> String {
        "rawValueMatching\(part)"
    }
}
