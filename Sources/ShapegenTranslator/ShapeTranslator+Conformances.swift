import ShapegenModel
import ShapegenNames
import ShapegenSwiftCode

/// `==`, `init(from:)` and `encode(to:)` written out for structures with many members.
///
/// The compiler synthesizes them otherwise, but the synthesized code makes the type checker pick
/// among the overloads of `==`, `decodeIfPresent` and `encodeIfPresent` for every member: in
/// SageMaker, QuickSight, SWF and Lambda such functions took 100-260 ms each. The written-out
/// ones call the runtime's unoverloaded `membersEqual`, `decodeOptionalMember` and
/// `encodeOptionalMember` (and their required forms), several times faster. `hash(into:)` stays
/// synthesized: `Hasher.combine` is cheap to resolve.
extension ShapeTranslator {
    /// Structures with more members than this get written-out conformances.
    static let synthesizedConformanceMemberLimit = 25

    /// `==`, `init(from:)` and `encode(to:)` for `body`, which needs a `CodingKeys` enum.
    func writtenOutConformances(of typeName: String, _ body: Structure) -> [Declaration] {
        [equality(of: typeName, body), decoder(body), encoder(body)]
    }

    /// `static func == (lhs:rhs:)`, one `guard` a member.
    private func equality(of typeName: String, _ body: Structure) -> Declaration {
        let guards = body.members.map { member in
            let storage = context.storageIdentifier(member)
            return Statement.guard(
                condition: [.expression(.call(.id("ShapegenRuntime").dot("membersEqual"), [
                    Argument(.id("lhs").dot(storage)), Argument(.id("rhs").dot(storage)),
                ]))],
                else: [.return(.literal(.boolean(false)))])
        }
        return Declaration(
            documentation: "Whether every member is equal.",
            .function(FunctionDeclaration(
                access: context.access, modifiers: ["static"], kind: .function(name: "=="),
                parameters: [Parameter(name: "lhs", type: .named(typeName)), Parameter(name: "rhs", type: .named(typeName))],
                returnType: context.standard("Bool"), body: guards + [.return(.literal(.boolean(true)))])))
    }

    /// `init(from:)`, decoding every member with its `CodingKeys` case.
    private func decoder(_ body: Structure) -> Declaration {
        var statements: [Statement] = [.binding(
            isConstant: true, name: "container", type: nil,
            value: .try(.call(.id("decoder").dot("container"), [Argument("keyedBy", .id("CodingKeys").dot("self"))])))]
        for member in body.members {
            let storage = context.storageIdentifier(member)
            let method = member.isRequired ? "decodeRequiredMember" : "decodeOptionalMember"
            statements.append(.assignment(
                target: .id("self").dot(storage),
                value: .try(.call(.id("container").dot(method), [Argument(.member(nil, storage))]))))
        }
        return Declaration(
            documentation: "Decodes every member.",
            .function(FunctionDeclaration(
                access: context.access, kind: .initializer,
                parameters: [Parameter(label: "from", name: "decoder", type: .existential(context.standardName("Decoder")))],
                isThrowing: true, body: statements)))
    }

    /// `encode(to:)`, encoding every member with its `CodingKeys` case.
    private func encoder(_ body: Structure) -> Declaration {
        var statements: [Statement] = [.binding(
            isConstant: false, name: "container", type: nil,
            value: .call(.id("encoder").dot("container"), [Argument("keyedBy", .id("CodingKeys").dot("self"))]))]
        for member in body.members {
            let storage = context.storageIdentifier(member)
            let method = member.isRequired ? "encodeRequiredMember" : "encodeOptionalMember"
            statements.append(.expression(.try(.call(.id("container").dot(method), [
                Argument(.id("self").dot(storage)), Argument(.member(nil, storage)),
            ]))))
        }
        return Declaration(
            documentation: "Encodes every member.",
            .function(FunctionDeclaration(
                access: context.access, kind: .function(name: "encode"),
                parameters: [Parameter(label: "to", name: "encoder", type: .existential(context.standardName("Encoder")))],
                isThrowing: true, body: statements)))
    }
}
