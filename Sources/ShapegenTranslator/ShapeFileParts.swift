import ShapegenModel

/// Places a service's shapes in the shape files (``GeneratedFile/shapes(part:)``).
///
/// A shape's file depends on its own name alone (a hash of it), never on its neighbours, so that a
/// shape added to or removed from a model changes one file, by that shape's lines. How many files
/// are used depends on the model's size class (its estimated compile cost, in steps of a factor
/// of two), so that a model that gains a few shapes keeps its layout, and a large one still
/// compiles its files on several cores; within a file, shapes are in name order.
enum ShapeFileParts {
    /// `shapes` in `count` parts; parts past the model's size class are empty.
    static func split(_ shapes: [Shape], into count: Int) -> [[Shape]] {
        let total = shapes.reduce(0) { $0 + weight(of: $1) }
        var used = 1
        while used < count, total > used * CompileCostLimits.shapeFileWeight { used *= 2 }
        used = min(used, count)
        var parts = [[Shape]](repeating: [], count: count)
        for shape in shapes {
            parts[Int(hash(shape.name) % UInt64(used))].append(shape)
        }
        return parts
    }

    /// FNV-1a of the name's UTF-8 bytes: the same on every run and machine.
    static func hash(_ name: String) -> UInt64 {
        name.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    /// A shape's estimated compile cost: a structure's conformances, accessors and coding of each
    /// member; an enum's two `switch`es over its values.
    static func weight(of shape: Shape) -> Int {
        switch shape.kind {
        case .structure(let body), .union(let body): 10 + 2 * body.members.count
        case .enum(let values): 4 + values.count
        default: 2
        }
    }
}
