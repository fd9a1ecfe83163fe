import ShapegenModel
import ShapegenNames
import ShapegenSwiftCode

/// Translates structures, unions, enums and error shapes into Swift types.
struct ShapeTranslator {
    let context: TranslationContext

    func declarations() -> [Declaration] {
        context.generatedShapes.map { shape in
            switch shape.kind {
            case .enum(let values): enumeration(shape, values)
            case .structure(let body), .union(let body): structure(shape, body)
            default: Declaration(.type(TypeDeclaration(.struct, access: context.access, name: shape.name, members: [])))
            }
        }
    }

    // MARK: Structures

    private func structure(_ shape: Shape, _ body: Structure) -> Declaration {
        let typeName = SwiftNames.type(of: shape)
        var conformances = ["Sendable", "Hashable", "Codable"].map { context.standardName($0) }
        var members: [Declaration] = []
        if let error = shape.error {
            conformances.append(context.runtime("ServiceErrorShape"))
            members.append(Declaration(
                documentation: "The error's code on the wire.",
                .property(PropertyDeclaration(
                    access: context.access, isStatic: true, isConstant: true, name: "errorCode",
                    type: context.standard("String"), initializer: .string(error.code ?? shape.name)))))
        }
        members += body.members.map { property($0, of: shape) }
        members.append(initializer(body))
        if let codingKeys = codingKeys(body) { members.append(codingKeys) }
        return Declaration(
            documentation: context.documentation(shape.documentation),
            attributes: context.attributes(shape.deprecation),
            .type(TypeDeclaration(.struct, access: context.access, name: typeName, conformances: conformances, members: members)))
    }

    private func property(_ member: Member, of shape: Shape) -> Declaration {
        var attributes = context.attributes(member.deprecation)
        if context.indirectMembers.contains("\(shape.name).\(member.name)") {
            attributes.append(.propertyWrapper(context.runtime("Indirect")))
        }
        return Declaration(
            documentation: context.documentation(member.documentation),
            attributes: attributes,
            .property(PropertyDeclaration(
                access: context.access, name: context.propertyIdentifier(member), type: context.propertyType(of: member))))
    }

    /// The memberwise initializer: required members first in model order as written, optional ones default to nil.
    private func initializer(_ body: Structure) -> Declaration {
        let parameters = body.members.map { member in
            let name = context.propertyIdentifier(member)
            return Parameter(
                name: name, type: context.propertyType(of: member),
                defaultValue: member.isRequired ? nil : .literal(.nil))
        }
        let assignments = body.members.map { member in
            let name = context.propertyIdentifier(member)
            return Statement.assignment(target: .id("self").dot(name), value: .id(name))
        }
        return Declaration(
            documentation: body.members.isEmpty ? nil : "Creates a value; optional members default to `nil`.",
            .function(FunctionDeclaration(access: context.access, kind: .initializer, parameters: parameters, body: assignments)))
    }

    /// `CodingKeys`, only when some wire name differs from its property name.
    private func codingKeys(_ body: Structure) -> Declaration? {
        let service = context.model.service
        let differs = body.members.contains { SwiftNames.property(of: $0) != SwiftNames.codingKey(of: $0, in: service) }
        guard differs else { return nil }
        let cases = body.members.map { member in
            let key = SwiftNames.codingKey(of: member, in: service)
            let rawValue: Literal? = SwiftNames.property(of: member) == key ? nil : .string(key)
            return Declaration(.enumCase(EnumCaseDeclaration(name: context.propertyIdentifier(member), rawValue: rawValue)))
        }
        return Declaration(.type(TypeDeclaration(.enum, access: .none, name: "CodingKeys", conformances: ["String", "CodingKey"].map { context.standardName($0) }, members: cases)))
    }

    // MARK: Enums

    private func enumeration(_ shape: Shape, _ values: [EnumValue]) -> Declaration {
        let typeName = SwiftNames.type(of: shape)
        let cases = values.map { value in
            Declaration(
                documentation: context.documentation(value.documentation),
                .enumCase(EnumCaseDeclaration(name: SwiftNaming.escaped(SwiftNames.enumCase(of: value)))))
        }
        let unknown = Declaration(
            documentation: "A value this version of the model does not list, kept as received.",
            .enumCase(EnumCaseDeclaration(name: SwiftNames.unknownEnumCase, associatedValue: context.standard("String"))))
        let allCases = Declaration(
            documentation: "The values the model lists.",
            .property(PropertyDeclaration(
                access: context.access, isStatic: true, isConstant: true, name: "allCases", type: .array(.named(typeName)),
                initializer: .array(values.map { .member(nil, SwiftNaming.escaped(SwiftNames.enumCase(of: $0))) }))))
        let rawValueName = "rawValue"
        let initializer = Declaration(
            documentation: "The case for `rawValue`; values the model does not list become `.\(SwiftNames.unknownEnumCase)`.",
            .function(FunctionDeclaration(
                access: context.access, kind: .initializer,
                parameters: [Parameter(name: rawValueName, type: context.standard("String"))],
                body: [.switch(
                    subject: .id(rawValueName),
                    cases: values.map { value in
                        SwitchCase(
                            patterns: [.string(value.value)],
                            body: [.assignment(target: .id("self"), value: .member(nil, SwiftNaming.escaped(SwiftNames.enumCase(of: value))))])
                    } + [SwitchCase(patterns: [], body: [.assignment(target: .id("self"), value: .member(nil, SwiftNames.unknownEnumCase).callAsFunction(Argument(.id(rawValueName))))])])])))
        let rawValue = Declaration(
            documentation: "The value on the wire.",
            .property(PropertyDeclaration(
                access: context.access, name: rawValueName, type: context.standard("String"),
                getter: [.switch(
                    subject: .id("self"),
                    cases: values.map { value in
                        SwitchCase(patterns: [.member(nil, SwiftNaming.escaped(SwiftNames.enumCase(of: value)))], body: [.expression(.string(value.value))])
                    } + [SwitchCase(
                        patterns: [.member(nil, SwiftNames.unknownEnumCase).callAsFunction(Argument(.bindingPattern("value")))],
                        body: [.expression(.id("value"))])])])))
        return Declaration(
            documentation: context.documentation(shape.documentation),
            attributes: context.attributes(shape.deprecation),
            .type(TypeDeclaration(
                .enum, access: context.access, name: typeName, conformances: [context.runtime("ShapeEnum")],
                members: cases + [unknown, allCases, initializer, rawValue])))
    }
}
