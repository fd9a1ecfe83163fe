import ShapegenModel
import ShapegenNames
import ShapegenSwiftCode

/// `==`, `init(from:)` and `encode(to:)` written out for structures with many members.
///
/// Structures code through a table (see `codingTable(of:_:)`) up to
/// ``CompileCostLimits/codingTableMembers`` members; larger ones, and those the table cannot take
/// with more than ``CompileCostLimits/synthesizedConformanceMembers`` members, get these
/// (``CodingStrategy/writtenOut``). The synthesized code makes the type checker pick
/// among the overloads of `==`, `decodeIfPresent` and `encodeIfPresent` for every member: in
/// SageMaker, QuickSight, SWF and Lambda such functions took 100-490 ms each. The written-out
/// ones call the runtime's unoverloaded `membersEqual`, `decodeOptionalMember` and
/// `encodeOptionalMember` (and their required forms), several times faster, with keys given by
/// name (`MemberKey`: no `CodingKeys` enum, whose synthesized `init(rawValue:)` switches over
/// every name and took 60 ms for 228), and handle at most
/// ``CompileCostLimits/membersPerFunction`` members each: the rest go to private helpers (`equalMembers2`…), so
/// that no body grows with the structure (QuickSight's `Capabilities` has 228 members).
/// `hash(into:)` stays synthesized: `Hasher.combine` is cheap to resolve. The containers come
/// from `MemberKey.container(of:)`, which opens the `any Decoder` or `any Encoder` in the runtime:
/// an opened existential in generated code slows optimized builds (see the runtime's
/// ShapeCoding.swift).
extension ShapeTranslator {
    /// `==`, `init(from:)` and `encode(to:)` for `shape`, with their helpers.
    func writtenOutConformances(of shape: Shape, _ body: Structure) -> [Declaration] {
        equality(of: SwiftNames.type(of: shape), body) + decoder(of: shape, body) + encoder(of: shape, body)
    }

    /// `static func == (lhs:rhs:)`, one `guard` a member, and its helpers.
    func equality(of typeName: String, _ body: Structure) -> [Declaration] {
        let parameters = [
            Parameter(name: "lhs", type: .named(typeName)), Parameter(name: "rhs", type: .named(typeName)),
        ]
        let split = Self.split(body.members) { members in
            members.map { member in
                let storage = context.storageIdentifier(member)
                return Self.returnFalse(
                    unless: .call(
                        .id("ShapegenRuntime").dot("membersEqual"),
                        [
                            Argument(.id("lhs").dot(storage)), Argument(.id("rhs").dot(storage)),
                        ]))
            } + [.return(.literal(.boolean(true)))]
        }
        let helpers = split.helpers.enumerated().map { index, body in
            Declaration(
                .function(
                    FunctionDeclaration(
                        access: .private, modifiers: [.static], kind: .function(name: "equalMembers\(index + 2)"),
                        parameters: parameters.map { Parameter(label: "_", name: $0.name, type: $0.type) },
                        returnType: context.standard("Bool"), body: body)))
        }
        let calls = split.helpers.indices.map { index in
            Self.returnFalse(
                unless: .call(
                    .id("Self").dot("equalMembers\(index + 2)"), [Argument(.id("lhs")), Argument(.id("rhs"))]))
        }
        var main = split.first
        main.insert(contentsOf: calls, at: main.count - 1)
        return [
            Declaration(
                documentation: "Whether every member is equal.",
                .function(
                    FunctionDeclaration(
                        access: context.access, modifiers: [.static], kind: .function(name: "=="),
                        parameters: parameters,
                        returnType: context.standard("Bool"), body: main)))
        ] + helpers
    }

    /// `init(from:)`, decoding every member by its wire name, and its helpers.
    ///
    /// Helpers are mutating methods, which an initializer may call only once every stored property
    /// has a value: they take the optional members that are not `@Indirect`, which are `nil` until
    /// then; the initializer decodes the others itself.
    ///
    /// A rest-json output or error with members bound to HTTP decodes through `HTTPMemberDecoder`,
    /// which takes those members from the response.
    func decoder(of shape: Shape, _ body: Structure) -> [Declaration] {
        let isBound = context.httpBoundOutputs.contains(shape.name)
        let bindings = HTTPBindingTranslator(context: context)
        func decoding(_ member: Member) -> Statement {
            if isBound { return bindings.decoding(member) }
            let storage = context.storageIdentifier(member)
            let method = member.isRequired ? "decodeRequiredMember" : "decodeOptionalMember"
            let key = Expression.string(SwiftNames.codingKey(of: member, in: context.model.service))
            return .assignment(
                target: .id("self").dot(storage), value: .try(.call(.id("container").dot(method), [Argument(key)])))
        }
        let defaulted = body.members.filter {
            !$0.isRequired && !context.indirectMembers.contains("\(shape.name).\($0.name)")
        }
        let others = body.members.filter { member in !defaulted.contains { $0.name == member.name } }
        let split = Self.split(others + defaulted, firstAtLeast: others.count) { $0.map(decoding) }
        let containerType =
            isBound
            ? TypeName.named(context.runtime("HTTPMemberDecoder"))
            : TypeName.generic(context.standardName("KeyedDecodingContainer"), [.named(context.runtime("MemberKey"))])
        let helpers = split.helpers.enumerated().map { index, body in
            Declaration(
                .function(
                    FunctionDeclaration(
                        access: .private, modifiers: [.mutating], kind: .function(name: "decodeMembers\(index + 2)"),
                        parameters: [Parameter(label: "_", name: "container", type: containerType)], isThrowing: true,
                        body: body)))
        }
        let opening = Statement.binding(
            isConstant: true, name: "container", type: nil,
            value: isBound
                ? .try(.call(.id(context.runtime("HTTPMemberDecoder")), [Argument(.id("decoder"))]))
                : .try(.call(.id(context.runtime("MemberKey")).dot("container"), [Argument("of", .id("decoder"))])))
        let calls = split.helpers.indices.map { index in
            Statement.expression(
                .try(.call(.id("self").dot("decodeMembers\(index + 2)"), [Argument(.id("container"))])))
        }
        return [
            Declaration(
                documentation: isBound
                    ? "Decodes every member; from a response, members bound to HTTP come from its headers, status code or body."
                    : "Decodes every member.",
                .function(
                    FunctionDeclaration(
                        access: context.access, kind: .initializer,
                        parameters: [
                            Parameter(
                                label: "from", name: "decoder", type: .existential(context.standardName("Decoder")))
                        ],
                        isThrowing: true, body: [opening] + split.first + calls)))
        ] + helpers
    }

    /// `encode(to:)`, encoding every member by its wire name, and its helpers.
    ///
    /// A rest-json input with members bound to HTTP encodes through `HTTPMemberEncoder`, which
    /// puts those members into the request.
    func encoder(of shape: Shape, _ body: Structure) -> [Declaration] {
        let isBound = context.httpBoundInputs.contains(shape.name)
        let bindings = HTTPBindingTranslator(context: context)
        let split = Self.split(body.members) { members in
            members.map { member in
                if isBound { return bindings.encoding(member) }
                let storage = context.storageIdentifier(member)
                let format = context.bodyTimestampFormat(of: member)
                let method =
                    (member.isRequired ? "encodeRequired" : "encodeOptional") + (format == nil ? "Member" : "Timestamp")
                return Statement.expression(
                    .try(
                        .call(
                            .id("container").dot(method),
                            [
                                Argument(.id("self").dot(storage)),
                                Argument(.string(SwiftNames.codingKey(of: member, in: context.model.service))),
                            ] + (format.map { [Argument("format", .member(nil, $0))] } ?? []))))
            }
        }
        let containerType: TypeName =
            isBound
            ? .named(context.runtime("HTTPMemberEncoder"))
            : .generic(context.standardName("KeyedEncodingContainer"), [.named(context.runtime("MemberKey"))])
        let helpers = split.helpers.enumerated().map { index, body in
            Declaration(
                .function(
                    FunctionDeclaration(
                        access: .private, kind: .function(name: "encodeMembers\(index + 2)"),
                        parameters: [Parameter(label: "_", name: "container", type: containerType, isInOut: true)],
                        isThrowing: true, body: body)))
        }
        let opening = Statement.binding(
            isConstant: false, name: "container", type: nil,
            value: isBound
                ? .call(.id(context.runtime("HTTPMemberEncoder")), [Argument(.id("encoder"))])
                : .call(.id(context.runtime("MemberKey")).dot("container"), [Argument("of", .id("encoder"))]))
        let calls = split.helpers.indices.map { index in
            Statement.expression(
                .try(.call(.id("self").dot("encodeMembers\(index + 2)"), [Argument(.inOut(.id("container")))])))
        }
        return [
            Declaration(
                documentation: isBound
                    ? "Encodes every member; in a request, members bound to HTTP go to the URI, query, headers or payload."
                    : "Encodes every member.",
                .function(
                    FunctionDeclaration(
                        access: context.access, kind: .function(name: "encode"),
                        parameters: [
                            Parameter(label: "to", name: "encoder", type: .existential(context.standardName("Encoder")))
                        ],
                        isThrowing: true, body: [opening] + split.first + calls)))
        ] + helpers
    }

    /// `guard condition else { return false }`
    private static func returnFalse(unless condition: Expression) -> Statement {
        .guard(condition: [.expression(condition)], else: [.return(.literal(.boolean(false)))])
    }

    /// The statements for the first ``CompileCostLimits/membersPerFunction`` members (or `firstAtLeast`, if more),
    /// and those for each further group of as many, which go to helpers.
    private static func split(
        _ members: [Member], firstAtLeast: Int = 0, _ statements: ([Member]) -> [Statement]
    ) -> (first: [Statement], helpers: [[Statement]]) {
        let perFunction = CompileCostLimits.membersPerFunction
        let firstCount = min(max(perFunction, firstAtLeast), members.count)
        let helpers = stride(from: firstCount, to: members.count, by: perFunction).map { start in
            statements(Array(members[start..<min(start + perFunction, members.count)]))
        }
        return (statements(Array(members.prefix(firstCount))), helpers)
    }
}
