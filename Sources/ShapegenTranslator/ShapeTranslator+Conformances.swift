import ShapegenModel
import ShapegenSwiftCode

/// An explicit `init(from:)` for structures with many members.
///
/// The synthesized decoder calls `decodeIfPresent(_:forKey:)` per member, and the type checker
/// picks among its overloads each time, about 0.75 ms a member: QuickSight's `Capabilities` (228
/// members) took 170-260 ms. The runtime's unoverloaded `decodeOptionalMember(_:)` takes a third
/// of that. Smaller structures keep the synthesized decoder, which is the same code unwritten.
extension ShapeTranslator {
    /// Structures with more members than this get an explicit decoder.
    static let synthesizedDecoderMemberLimit = 40

    /// `init(from:)`, decoding every member with its `CodingKeys` case.
    func decoder(_ body: Structure) -> Declaration {
        let container = "container"
        var statements: [Statement] = [.binding(
            isConstant: true, name: container, type: nil,
            value: .try(.call(.id("decoder").dot("container"), [Argument("keyedBy", .id("CodingKeys").dot("self"))])))]
        for member in body.members {
            let storage = context.storageIdentifier(member)
            let method = member.isRequired ? "decodeRequiredMember" : "decodeOptionalMember"
            statements.append(.assignment(
                target: .id("self").dot(storage),
                value: .try(.call(.id(container).dot(method), [Argument(.member(nil, storage))]))))
        }
        return Declaration(
            documentation: "Decodes every member; written out because the synthesized decoder of this many members type-checks slowly.",
            .function(FunctionDeclaration(
                access: context.access, kind: .initializer,
                parameters: [Parameter(label: "from", name: "decoder", type: .existential(context.standardName("Decoder")))],
                isThrowing: true, body: statements)))
    }
}
