import ShapegenModel
import ShapegenNames
import ShapegenSwiftCode

/// Translates structures, unions, enums and error shapes into Swift types.
///
/// Structures become structs; unions become enums with a case per member (see
/// `ShapeTranslator+Unions.swift`); enums become enums with a case per value.
struct ShapeTranslator {
    let context: TranslationContext

    /// The declarations of `shapes`, in their order.
    func declarations(of shapes: [Shape]) -> [Declaration] {
        shapes.map { shape in
            switch shape.kind {
            case .enum(let values): enumeration(shape, values)
            case .structure(let body): structure(shape, body)
            case .union(let body): union(shape, body)
            default: Declaration(.type(TypeDeclaration(.struct, access: context.access, name: shape.name, members: [])))
            }
        }
    }

    // MARK: Structures

    private func structure(_ shape: Shape, _ body: Structure) -> Declaration {
        let typeName = SwiftNames.type(of: shape)
        let strategy = CodingStrategy(of: shape, body, in: context)
        var conformances = ["Sendable", "Hashable"].map { context.standardName($0) }
        conformances.append(strategy.usesTable ? context.runtime("ShapeCodable") : context.standardName("Codable"))
        var members: [Declaration] = []
        if let error = shape.error {
            conformances.append(context.runtime("ServiceErrorShape"))
            members.append(
                Declaration(
                    documentation: "The error's code on the wire.",
                    .property(
                        PropertyDeclaration(
                            access: context.access, isStatic: true, isConstant: true, name: "errorCode",
                            type: context.standard("String"), initializer: .string(error.code ?? shape.name)))))
        }
        if context.describesWireForm {
            conformances.append(context.runtime("WireStructure"))
        }
        members += body.members.flatMap { properties($0, of: shape) }
        members += initializers(body)
        if let mirror = redactingMirror(body) {
            conformances.append(context.standardName("CustomReflectable"))
            members.append(mirror)
        }
        if strategy == .writtenOut {
            members += writtenOutConformances(of: shape, body)
        } else {
            if body.members.count > CompileCostLimits.synthesizedEqualityMembers {
                members += equality(of: typeName, body)
            }
            if strategy.writesOut(.decoding) { members += decoder(of: shape, body) }
            if strategy.writesOut(.encoding) { members += encoder(of: shape, body) }
            switch strategy {
            case .table: members.append(codingTable(of: typeName, body))
            case .synthesized: if let codingKeys = codingKeys(body) { members.append(codingKeys) }
            case .writtenOutForHTTP, .writtenOut: break
            }
        }
        if context.describesWireForm { members.append(wireMembers(body)) }
        return Declaration(
            documentation: context.documentation(shape.documentation, deprecation: shape.deprecation),
            .type(
                TypeDeclaration(
                    .struct, access: context.access, name: typeName, conformances: conformances, members: members)))
    }

    /// The stored property of a member; for a deprecated member, a deprecated computed property in
    /// front of its undeprecated storage.
    private func properties(_ member: Member, of shape: Shape) -> [Declaration] {
        let storage = context.storageIdentifier(member)
        let type = context.propertyType(of: member)
        let indirect = context.indirectMembers.contains("\(shape.name).\(member.name)")
        guard member.deprecation != nil else {
            return [
                Declaration(
                    documentation: context.documentation(member.documentation),
                    attributes: indirect ? [.propertyWrapper(context.runtime("Indirect"))] : [],
                    .property(PropertyDeclaration(access: context.access, name: storage, type: type)))
            ]
        }
        return [
            Declaration(
                documentation: context.documentation(member.documentation),
                attributes: context.attributes(member.deprecation),
                .property(
                    PropertyDeclaration(
                        access: context.access, name: context.propertyIdentifier(member), type: type,
                        getter: [.expression(.id(storage))],
                        setter: [.assignment(target: .id(storage), value: .id("newValue"))]))),
            Declaration(
                documentation:
                    "`\(SwiftNames.property(of: member))`, stored without its deprecation for generated code.",
                attributes: indirect ? [.propertyWrapper(context.runtime("Indirect"))] : [],
                .property(PropertyDeclaration(access: nil, name: storage, type: type))),
        ]
    }

    /// The memberwise initializer: members in model order, optional ones default to nil.
    ///
    /// Optional deprecated members are left out of it; a second initializer, itself deprecated,
    /// takes every member, so that only callers that set a deprecated member get a warning.
    private func initializers(_ body: Structure) -> [Declaration] {
        let deprecated = body.members.filter { $0.deprecation != nil && !$0.isRequired }
        let current = initializer(body.members.filter { $0.deprecation == nil || $0.isRequired }, deprecating: [])
        guard !deprecated.isEmpty else { return [current] }
        return [current, initializer(body.members, deprecating: deprecated)]
    }

    private func initializer(_ members: [Member], deprecating deprecated: [Member]) -> Declaration {
        let parameters = members.map { member in
            Parameter(
                name: context.propertyIdentifier(member), type: context.propertyType(of: member),
                defaultValue: member.isRequired ? nil : .literal(.nil))
        }
        let assignments = members.map { member in
            Statement.assignment(
                target: .id("self").dot(context.storageIdentifier(member)),
                value: .id(context.propertyIdentifier(member)))
        }
        let names = deprecated.map { SwiftNames.property(of: $0) }
        return Declaration(
            documentation: members.isEmpty
                ? nil
                : deprecated.isEmpty
                    ? "Creates a value; optional members default to `nil`."
                    : "Creates a value that sets deprecated members too; optional members default to `nil`.",
            attributes: deprecated.isEmpty
                ? []
                : [
                    .deprecated(
                        message: "sets the deprecated member\(names.count == 1 ? "" : "s") "
                            + names.joined(separator: ", "))
                ],
            .function(
                FunctionDeclaration(
                    access: context.access, kind: .initializer, parameters: parameters, body: assignments)))
    }

    /// `CodingKeys`, only when some wire name differs from its stored property's name.
    private func codingKeys(_ body: Structure) -> Declaration? {
        let service = context.model.service
        let differs = body.members.contains { SwiftNames.storage(of: $0) != SwiftNames.codingKey(of: $0, in: service) }
        guard differs else { return nil }
        let cases = body.members.map { member in
            let key = SwiftNames.codingKey(of: member, in: service)
            let rawValue: Literal? = SwiftNames.storage(of: member) == key ? nil : .string(key)
            return Declaration(
                .enumCase(EnumCaseDeclaration(name: context.storageIdentifier(member), rawValue: rawValue)))
        }
        return Declaration(
            .type(
                TypeDeclaration(
                    .enum, access: .none, name: "CodingKeys",
                    conformances: ["String", "CodingKey"].map { context.standardName($0) }, members: cases)))
    }
}
