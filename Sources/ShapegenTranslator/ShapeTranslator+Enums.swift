import ShapegenModel
import ShapegenNames
import ShapegenSwiftCode

/// Enum shapes: a case per listed value plus `unknown(String)` for values added later.
///
/// The code is shaped for the type checker, as some AWS enums list over a thousand values:
/// `allCases` names its type in every element, `rawValue` returns from a statement `switch`, and
/// `init(rawValue:)` searches `allCases` instead of switching over string patterns (each of which
/// the type checker solves on its own, taking about half a millisecond).
extension ShapeTranslator {
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
        let known = Expression.call(
            .id("Self").dot("allCases").dot("first"), [],
            trailingClosure: Closure(body: [.expression(.binary(.id("$0").dot(rawValueName), "==", .id(rawValueName)))]))
        let initializer = Declaration(
            documentation: "The case for `rawValue`; values the model does not list become `.\(SwiftNames.unknownEnumCase)`.",
            .function(FunctionDeclaration(
                access: context.access, kind: .initializer,
                parameters: [Parameter(name: rawValueName, type: context.standard("String"))],
                body: [.assignment(
                    target: .id("self"),
                    value: .binary(known, "??", .member(nil, SwiftNames.unknownEnumCase).callAsFunction(Argument(.id(rawValueName)))))])))
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
                members: cases + [unknown, allCases, initializer, rawValue])))
    }
}
