import ShapegenModel
import ShapegenNames
import ShapegenSwiftCode

/// `Codable` through the runtime's `ShapeCodable`: one line that lists a structure's members.
///
/// A synthesized conformance gives each structure a `CodingKeys` enum with about twenty functions
/// of its own; in a file of 100 small structures they were more than half of the debug compile
/// (README, "Performance"). The table,
/// `static let coding: ShapeCoding<T> = ShapeCoding(Self.init(a:b:), .optionalString("a", \.a), …)`,
/// declares the same coding (wire names, optional members left out when `nil`) and compiles to
/// a third less code. Its type-checking grows faster than linearly with its length, so structures
/// with more than ``CompileCostLimits/codingTableMembers`` members write their conformances out
/// instead.
extension ShapeTranslator {
    /// Whether `body` codes through a table rather than written-out or synthesized conformances.
    ///
    /// Not when its memberwise initializer leaves out deprecated members: the initializer that
    /// takes them all is deprecated, and referring to it would warn.
    static func codesThroughTable(_ body: Structure) -> Bool {
        body.members.count <= CompileCostLimits.codingTableMembers
            && !body.members.contains { $0.deprecation != nil && !$0.isRequired }
    }

    /// `static let coding`, the table of `body`'s members in the order of its memberwise initializer.
    func codingTable(of typeName: String, _ body: Structure) -> Declaration {
        let service = context.model.service
        let initializer = Expression.reference(
            .id("Self"), "init",
            labels: body.members.map {
                SwiftNaming.compoundNameLabel(SwiftNames.property(of: $0))
            })
        let members = body.members.map { member in
            let format = context.bodyTimestampFormat(of: member).map { [Argument(.member(nil, $0))] } ?? []
            return Argument(
                .call(
                    .member(nil, memberConstructor(of: member)),
                    [
                        Argument(.string(SwiftNames.codingKey(of: member, in: service))),
                        Argument(.keyPath(context.storageIdentifier(member))),
                    ] + format))
        }
        return Declaration(
            documentation: "The members on the wire, for `Codable`.",
            .property(
                PropertyDeclaration(
                    access: context.access, isStatic: true, isConstant: true, name: "coding",
                    type: .generic(context.runtime("ShapeCoding"), [.named(typeName)]),
                    initializer: .call(.id(context.runtime("ShapeCoding")), [Argument(initializer)] + members))))
    }

    /// The runtime's `ShapeMember` constructor for `member`: `required` or `optional`, named for
    /// the type when it is one of the standard library's scalars (`requiredString`,
    /// `optionalInt64`…).
    ///
    /// Names rather than overloads: the runtime's `ShapeCoding` has one initializer per number of
    /// members, and with overloaded arguments a table of 25 members took the type checker too long.
    private func memberConstructor(of member: Member) -> String {
        let kind = member.isRequired ? "required" : "optional"
        if context.bodyTimestampFormat(of: member) != nil { return kind + "Timestamp" }
        guard let shape = context.shapes[member.target.name], let scalar = Self.scalarTypeName(of: shape.kind) else {
            return kind
        }
        return kind + scalar
    }

    /// The standard library type of a scalar shape, for which the runtime has its own members.
    private static func scalarTypeName(of kind: ShapeKind) -> String? {
        switch kind {
        case .string: "String"
        case .boolean: "Bool"
        case .integer: "Int"
        case .long: "Int64"
        case .float: "Float"
        case .double: "Double"
        default: nil
        }
    }
}

extension TranslationContext {
    /// The `HTTPValueFormat` case of a timestamp member that a JSON body writes in a format of its
    /// own (`iso8601` or `rfc822`, from the member's `timestampFormat` trait or its shape's
    /// `format`), rather than as the protocol's epoch seconds; `nil` for every other member.
    func bodyTimestampFormat(of member: Member) -> String? {
        guard model.service.wireProtocol == .json || model.service.wireProtocol == .restJSON,
            case .timestamp(let shapeFormat)? = shapes[member.target.name]?.kind
        else { return nil }
        var format = shapeFormat
        if case .string(let text) = member.traits["timestampFormat"], let memberFormat = TimestampFormat(rawValue: text)
        {
            format = memberFormat
        }
        switch format {
        case .iso8601?: return "iso8601"
        case .rfc822?: return "rfc822"
        case .epochSeconds?, nil: return nil
        }
    }

    /// Whether a structure has a member that ``bodyTimestampFormat(of:)`` gives a format, which
    /// a synthesized `Codable` conformance would not write.
    func hasBodyTimestampFormats(_ body: Structure) -> Bool {
        body.members.contains { bodyTimestampFormat(of: $0) != nil }
    }
}
