import ShapegenModel

/// Which way a shape travels: in requests, in responses (outputs and errors), or both.
///
/// Some severities depend on it: a new required member breaks callers only in a request.
struct Direction: Sendable, Hashable {
    /// The shape is sent by callers.
    var isInput: Bool
    /// The shape is received by callers.
    var isOutput: Bool

    static let input = Direction(isInput: true, isOutput: false)
    static let output = Direction(isInput: false, isOutput: true)
    /// Used for shapes that are both, and for shapes no operation reaches (the strictest reading).
    static let both = Direction(isInput: true, isOutput: true)
}

/// The shapes each operation's input and output (with errors) reach, across a whole model.
struct ShapeUsage: Sendable {
    private var input: Set<String> = []
    private var output: Set<String> = []

    /// Walks every operation of `model`.
    init(_ model: ServiceModel) {
        let shapes = model.shapesByName
        for operation in model.operations {
            if let name = operation.input?.name { Self.reach(name, in: shapes, into: &input) }
            for name in [operation.output?.name].compactMap({ $0 }) + operation.errors.map(\.name) {
                Self.reach(name, in: shapes, into: &output)
            }
        }
    }

    /// The direction of `shape`; `.both` when no operation reaches it.
    func direction(of shape: String) -> Direction {
        let direction = Direction(isInput: input.contains(shape), isOutput: output.contains(shape))
        return direction.isInput || direction.isOutput ? direction : .both
    }

    /// Adds `name` and every shape it refers to, directly or not, to `reached`.
    static func reach(_ name: String, in shapes: [String: Shape], into reached: inout Set<String>) {
        var pending = [name]
        while let next = pending.popLast() {
            guard reached.insert(next).inserted, let shape = shapes[next] else { continue }
            pending += shape.kind.referencedShapes
        }
    }
}

extension ShapeKind {
    /// The names of the shapes this kind refers to: member targets, list elements, map keys and values.
    var referencedShapes: [String] {
        switch self {
        case .structure(let body), .union(let body): body.members.map(\.target.name)
        case .list(let member): [member.name]
        case .map(let key, let value): [key.name, value.name]
        default: []
        }
    }
}
