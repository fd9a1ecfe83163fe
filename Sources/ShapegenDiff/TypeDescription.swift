import ShapegenModel

/// How types are named in event values and compared across versions.
enum TypeDescription {
    /// The type a shape's kind gives its values, for messages: `string`, `timestamp (iso8601)`,
    /// `list of KeyValuesPair`, `map of String to Tag`.
    static func kind(_ kind: ShapeKind) -> String {
        switch kind {
        case .timestamp(let format?): "timestamp (\(format.rawValue))"
        case .list(let member): "list of \(member.name)"
        case .map(let key, let value): "map of \(key.name) to \(value.name)"
        default: kind.keyword
        }
    }

    /// Whether two kinds give values the same type, ignoring what lists, maps and structures refer to.
    static func sameType(_ lhs: ShapeKind, _ rhs: ShapeKind) -> Bool {
        switch (lhs, rhs) {
        case (.timestamp(let left), .timestamp(let right)): left == right
        default: lhs.keyword == rhs.keyword
        }
    }

    /// The Swift type values of shape `name` get, as a comparable key: generated types by name,
    /// collections by their elements, scalars by kind. Two targets with the same key give members
    /// the same Swift type.
    static func swiftTypeKey(of name: String, in shapes: [String: Shape], depth: Int = 0) -> String {
        guard let shape = shapes[name], depth < 32 else { return "?" + name }
        switch shape.kind {
        case .structure, .union, .enum: return "type " + (shape.swiftName ?? name)
        case .list(let member): return "[" + swiftTypeKey(of: member.name, in: shapes, depth: depth + 1) + "]"
        case .map(let key, let value):
            return "[" + swiftTypeKey(of: key.name, in: shapes, depth: depth + 1) + ": "
                + swiftTypeKey(of: value.name, in: shapes, depth: depth + 1) + "]"
        default: return shape.kind.keyword
        }
    }
}
