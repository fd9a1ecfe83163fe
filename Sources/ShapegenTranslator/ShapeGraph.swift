import ShapegenModel

/// Questions about how shapes refer to each other.
enum ShapeGraph {
    /// Members ("Shape.member") that must be stored indirectly: their target structure reaches back
    /// to the member's own structure through members that are stored inline (not in a collection).
    ///
    /// A member closes a cycle exactly when its structure and its target are in one strongly
    /// connected component of the inline-member graph; the components are found in one pass, so a
    /// model with thousands of chained structures costs linear time.
    static func cycleClosingMembers(in ordered: [Shape], shapes: [String: Shape]) -> Set<String> {
        let component = stronglyConnectedComponents(of: ordered, shapes: shapes)
        var result: Set<String> = []
        for shape in ordered {
            guard let body = shape.kind.structure, let own = component[shape.name] else { continue }
            for member in body.members where shapes[member.target.name]?.kind.structure != nil {
                if component[member.target.name] == own {
                    result.insert("\(shape.name).\(member.name)")
                }
            }
        }
        return result
    }

    /// The component number of every structure, by Tarjan's algorithm over inline structure
    /// members, iterative so that a deep chain of structures cannot overflow the stack.
    private static func stronglyConnectedComponents(of ordered: [Shape], shapes: [String: Shape]) -> [String: Int] {
        func successors(_ name: String) -> [String] {
            shapes[name]?.kind.structure?.members.map(\.target.name).filter { shapes[$0]?.kind.structure != nil } ?? []
        }
        var index: [String: Int] = [:]
        var lowLink: [String: Int] = [:]
        var onStack: Set<String> = []
        var stack: [String] = []
        var component: [String: Int] = [:]
        var componentCount = 0
        for root in ordered where root.kind.structure != nil && index[root.name] == nil {
            // Each frame: a structure and the position of its next successor to visit.
            var frames: [(name: String, successors: [String], next: Int)] = []
            func open(_ name: String) {
                index[name] = index.count
                lowLink[name] = index[name]
                stack.append(name)
                onStack.insert(name)
                frames.append((name, successors(name), 0))
            }
            open(root.name)
            while let frame = frames.last {
                if frame.next < frame.successors.count {
                    frames[frames.count - 1].next += 1
                    let successor = frame.successors[frame.next]
                    if index[successor] == nil {
                        open(successor)
                    } else if onStack.contains(successor), let successorIndex = index[successor] {
                        lowLink[frame.name] = min(lowLink[frame.name] ?? successorIndex, successorIndex)
                    }
                    continue
                }
                frames.removeLast()
                let low = lowLink[frame.name] ?? 0
                if let parent = frames.last {
                    lowLink[parent.name] = min(lowLink[parent.name] ?? low, low)
                }
                guard low == index[frame.name] else { continue }
                while let member = stack.popLast() {
                    onStack.remove(member)
                    component[member] = componentCount
                    if member == frame.name { break }
                }
                componentCount += 1
            }
        }
        return component
    }
}
