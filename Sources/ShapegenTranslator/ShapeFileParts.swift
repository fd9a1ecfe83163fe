import ShapegenModel

/// Spreads a service's shapes, in name order, over the shape files (``GeneratedFile/shapes(part:)``).
///
/// Each file gets about an equal share of the compile cost, estimated from members and enum
/// values; a model with less than ``minimumPartWeight`` of it fills `Shapes.swift` alone, and
/// later files fill only once earlier ones have their share.
enum ShapeFileParts {
    /// The least weight a part takes before the next one starts: about 15 small structures.
    static let minimumPartWeight = 300

    /// `shapes` in `count` consecutive parts; trailing parts may be empty.
    static func split(_ shapes: [Shape], into count: Int) -> [[Shape]] {
        let total = shapes.reduce(0) { $0 + weight(of: $1) }
        let share = max(minimumPartWeight, (total + count - 1) / count)
        var parts = [[Shape]](repeating: [], count: count)
        var index = 0
        var filled = 0
        for shape in shapes {
            parts[index].append(shape)
            filled += weight(of: shape)
            if filled >= share, index + 1 < count {
                index += 1
                filled = 0
            }
        }
        return parts
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
