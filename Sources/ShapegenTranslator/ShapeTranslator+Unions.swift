import ShapegenModel
import ShapegenNames
import ShapegenSwiftCode

/// Unions: an enum with a case per member, holding its value, and `sdkUnknown(String)` for a
/// member the model does not know (one a later API version adds), which keeps its wire name.
///
/// On the wire a union is an object with exactly one member, the same JSON a structure of optional
/// members with one set would be; so the XML, query and CBOR layers, which go through that form,
/// see no difference. Decoding a value that sets no member, or several, is an error.
extension ShapeTranslator {
    func union(_ shape: Shape, _ body: Structure) -> Declaration {
        let typeName = SwiftNames.type(of: shape)
        var conformances = ["Sendable", "Hashable", "Codable"].map { context.standardName($0) }
        if context.describesWireForm { conformances.append(context.runtime("WireUnion")) }
        var members = body.members.map { member in
            Declaration(
                documentation: context.documentation(member.documentation, deprecation: member.deprecation),
                .enumCase(
                    EnumCaseDeclaration(
                        name: context.propertyIdentifier(member), associatedValue: context.type(of: member.target.name),
                        isIndirect: context.indirectMembers.contains("\(shape.name).\(member.name)"))))
        }
        members.append(
            Declaration(
                documentation:
                    "A member this version of the model does not know, by its name on the wire; it cannot be sent.",
                .enumCase(
                    EnumCaseDeclaration(name: SwiftNames.unknownUnionCase, associatedValue: context.standard("String")))
            ))
        members += [unionDecoder(typeName, body), unionEncoder(typeName, body)]
        if let mirror = unionMirror(body) {
            conformances.append(context.standardName("CustomReflectable"))
            members.append(mirror)
        }
        if context.describesWireForm { members.append(wireMembers(body)) }
        return Declaration(
            documentation: context.documentation(shape.documentation, deprecation: shape.deprecation),
            .type(
                TypeDeclaration(
                    .enum, access: context.access, name: typeName, conformances: conformances, members: members)))
    }

    /// `.text(let value)`: the pattern of a member's case, binding its value to `name`.
    static func casePattern(_ caseName: String, binding name: String) -> Expression {
        .member(nil, caseName).callAsFunction(Argument(.bindingPattern(name)))
    }

    /// `init(from:)`: the one member set on the wire picks the case.
    private func unionDecoder(_ typeName: String, _ body: Structure) -> Declaration {
        let member = "member"
        let cases = body.members.map { member -> SwitchCase in
            let value = Expression.try(.call(.id("container").dot("decodeRequiredMember"), [Argument(.id("member"))]))
            return SwitchCase(
                patterns: [.string(SwiftNames.codingKey(of: member, in: context.model.service))],
                body: [
                    .assignment(
                        target: .id("self"),
                        value: .member(nil, context.propertyIdentifier(member)).callAsFunction(Argument(value)))
                ])
        }
        let unknown = SwitchCase(
            patterns: [],
            body: [
                .assignment(
                    target: .id("self"),
                    value: .member(nil, SwiftNames.unknownUnionCase).callAsFunction(Argument(.id(member))))
            ])
        return Declaration(
            documentation: "Decodes the one member the value sets.",
            .function(
                FunctionDeclaration(
                    access: context.access, kind: .initializer,
                    parameters: [
                        Parameter(label: "from", name: "decoder", type: .existential(context.standardName("Decoder")))
                    ],
                    isThrowing: true,
                    body: [
                        .binding(
                            isConstant: true, name: "container", type: nil,
                            value: .try(
                                .call(
                                    .id(context.runtime("MemberKey")).dot("container"), [Argument("of", .id("decoder"))]
                                ))),
                        .binding(
                            isConstant: true, name: member, type: nil,
                            value: .try(.call(.id("container").dot("unionMember"), [Argument("of", .string(typeName))]))
                        ),
                        .switch(subject: .id(member), cases: cases + [unknown]),
                    ])))
    }

    /// `encode(to:)`: the case's member, alone; an unknown member cannot be encoded.
    private func unionEncoder(_ typeName: String, _ body: Structure) -> Declaration {
        let cases = body.members.map { member in
            SwitchCase(
                patterns: [Self.casePattern(context.propertyIdentifier(member), binding: "value")],
                body: [
                    .expression(
                        .try(
                            .call(
                                .id("container").dot("encodeRequiredMember"),
                                [
                                    Argument(.id("value")),
                                    Argument(.string(SwiftNames.codingKey(of: member, in: context.model.service))),
                                ])))
                ])
        }
        let unknown = SwitchCase(
            patterns: [Self.casePattern(SwiftNames.unknownUnionCase, binding: "member")],
            body: [
                .throw(
                    .call(
                        .id("container").dot("unknownUnionMember"),
                        [Argument(.id("member")), Argument("of", .string(typeName))]))
            ])
        return Declaration(
            documentation: "Encodes the case's member.",
            .function(
                FunctionDeclaration(
                    access: context.access, kind: .function(name: "encode"),
                    parameters: [
                        Parameter(label: "to", name: "encoder", type: .existential(context.standardName("Encoder")))
                    ],
                    isThrowing: true,
                    body: [
                        .binding(
                            isConstant: body.members.isEmpty, name: "container", type: nil,
                            value: .call(
                                .id(context.runtime("MemberKey")).dot("container"), [Argument("of", .id("encoder"))])),
                        .switch(subject: .id("self"), cases: cases + [unknown]),
                    ])))
    }

    /// `customMirror` showing the case's value, redacted when it is sensitive; `nil` when no member
    /// holds a sensitive value.
    private func unionMirror(_ body: Structure) -> Declaration? {
        let redacted = body.members.map { holdsSensitiveValue($0.target.name) }
        guard redacted.contains(true) else { return nil }
        func mirror(_ label: String, _ value: Expression) -> Statement {
            .return(
                .id(context.standardName("Mirror")).callAsFunction(
                    Argument(.id("self")),
                    Argument("children", .dictionary(keys: [.string(label)], values: [value])),
                    Argument("displayStyle", .member(nil, "enum"))))
        }
        let cases = zip(body.members, redacted).map { member, isRedacted in
            let value: Expression =
                isRedacted
                ? .id(context.runtime("Redacted")).dot("mirrorValue").callAsFunction(Argument("of", .id("value")))
                : .id("value")
            let name = context.propertyIdentifier(member)
            return SwitchCase(
                patterns: [Self.casePattern(name, binding: "value")],
                body: [mirror(SwiftNames.property(of: member), value)])
        }
        let unknown = SwitchCase(
            patterns: [Self.casePattern(SwiftNames.unknownUnionCase, binding: "member")],
            body: [mirror(SwiftNames.unknownUnionCase, .id("member"))])
        return Declaration(
            documentation: "The case as `print`, `dump` and `String(describing:)` show it, a sensitive value redacted.",
            .property(
                PropertyDeclaration(
                    access: context.access, name: SwiftNames.mirrorProperty, type: context.standard("Mirror"),
                    getter: [.switch(subject: .id("self"), cases: cases + [unknown])])))
    }
}
