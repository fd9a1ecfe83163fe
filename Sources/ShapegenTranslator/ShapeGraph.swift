import ShapegenModel

/// Questions about how shapes refer to each other.
enum ShapeGraph {
    /// Members ("Shape.member") that must be stored indirectly: their target structure reaches back
    /// to the member's own structure through members that are stored inline (not in a collection).
    static func cycleClosingMembers(in ordered: [Shape], shapes: [String: Shape]) -> Set<String> {
        var result: Set<String> = []
        for shape in ordered {
            guard let body = shape.kind.structure else { continue }
            for member in body.members {
                guard shapes[member.target.name]?.kind.structure != nil else { continue }
                if reaches(member.target.name, shape.name, shapes: shapes) {
                    result.insert("\(shape.name).\(member.name)")
                }
            }
        }
        return result
    }

    /// Whether `start` reaches `goal` through inline structure members (or is it).
    private static func reaches(_ start: String, _ goal: String, shapes: [String: Shape]) -> Bool {
        var seen: Set<String> = []
        var pending = [start]
        while let name = pending.popLast() {
            if name == goal { return true }
            guard seen.insert(name).inserted, let shape = shapes[name] else { continue }
            if let body = shape.kind.structure {
                pending.append(contentsOf: body.members.map(\.target.name))
            }
        }
        return false
    }
}
