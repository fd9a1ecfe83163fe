import ShapegenModel
import ShapegenNames
import ShapegenSwiftCode

/// Structures with sensitive members mirror themselves with those values redacted, so that
/// `print`, `dump`, `String(describing:)` and string interpolation keep secrets out of logs.
extension ShapeTranslator {
    /// `customMirror` listing every member, sensitive values replaced by `Redacted`; `nil` when no
    /// member holds a sensitive value.
    func redactingMirror(_ body: Structure) -> Declaration? {
        let redacted = body.members.map { holdsSensitiveValue($0.target.name) }
        guard redacted.contains(true) else { return nil }
        let values = zip(body.members, redacted).map { member, isRedacted in
            let value = Expression.id("self").dot(context.storageIdentifier(member))
            if isRedacted {
                return Expression.id(context.runtime("Redacted")).dot("mirrorValue").callAsFunction(
                    Argument("of", value))
            }
            // An optional used as `Any` must say so, or the compiler warns.
            guard case .optional = context.propertyType(of: member) else { return value }
            return .binary(value, "as", .type(.named("Any")))
        }
        let mirror = Expression.id(context.standardName("Mirror")).callAsFunction(
            Argument(.id("self")),
            Argument(
                "children", .dictionary(keys: body.members.map { .string(SwiftNames.property(of: $0)) }, values: values)
            ),
            Argument("displayStyle", .member(nil, "struct")))
        return Declaration(
            documentation:
                "The members as `print`, `dump` and `String(describing:)` show them, sensitive values redacted.",
            .property(
                PropertyDeclaration(
                    access: context.access, name: SwiftNames.mirrorProperty, type: context.standard("Mirror"),
                    getter: [.expression(mirror)])))
    }

    /// Whether a value of the shape holds a secret of its own: a sensitive shape, or a list or map
    /// of them. Structures and unions inside it mirror themselves.
    func holdsSensitiveValue(_ name: String, seen: Set<String> = []) -> Bool {
        guard let shape = context.shapes[name], !seen.contains(name) else { return false }
        if shape.isSensitive { return true }
        switch shape.kind {
        case .list(let member): return holdsSensitiveValue(member.name, seen: seen.union([name]))
        case .map(let key, let value):
            return holdsSensitiveValue(key.name, seen: seen.union([name]))
                || holdsSensitiveValue(value.name, seen: seen.union([name]))
        default: return false
        }
    }
}
