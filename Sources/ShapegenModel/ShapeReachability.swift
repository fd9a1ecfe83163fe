extension ServiceModel {
    /// The names of all shapes reachable from `roots` through structure members, list elements and
    /// map keys and values, including the roots themselves.
    public static func shapesReachable(from roots: [String], in shapes: [String: Shape]) -> Set<String> {
        var seen: Set<String> = []
        var pending = roots
        while let name = pending.popLast() {
            guard seen.insert(name).inserted, let shape = shapes[name] else { continue }
            pending.append(contentsOf: shape.kind.referencedShapes)
        }
        return seen
    }
}

extension ShapeKind {
    /// The names of the shapes this kind refers to directly: member targets, list elements, map keys and values.
    public var referencedShapes: [String] {
        switch self {
        case .structure(let body), .union(let body): body.members.map(\.target.name)
        case .list(let member): [member.name]
        case .map(let key, let value): [key.name, value.name]
        default: []
        }
    }
}
