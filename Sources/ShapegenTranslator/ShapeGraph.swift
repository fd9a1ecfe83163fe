import ShapegenModel

/// Questions about how shapes refer to each other.
enum ShapeGraph {
    /// Members ("Shape.member") that must be stored indirectly: their target structure reaches back
    /// to the member's own structure through members that are stored inline (not in a collection).
    ///
    /// A member closes a cycle exactly when its structure and its target are in one strongly
    /// connected component of the inline-member graph; the components are found in one pass, so a
    /// model with thousands of chained structures costs linear time.
    static func cycleClosingMembers(in shapes: [Shape]) -> Set<String> {
        let graph = StructureGraph(shapes)
        let component = graph.stronglyConnectedComponents()
        var result: Set<String> = []
        for (structure, targets) in graph.memberTargets.enumerated() {
            for (member, target) in targets where target.map({ component[$0] == component[structure] }) == true {
                result.insert("\(graph.names[structure]).\(member)")
            }
        }
        return result
    }
}

/// The structures of a model, numbered in model order, and the structures their members refer to inline.
private struct StructureGraph {
    /// Each structure's name.
    var names: [String] = []
    /// Each structure's members: their names and the number of the structure they refer to, if any.
    var memberTargets: [[(member: String, target: Int?)]] = []

    init(_ shapes: [Shape]) {
        var numbers: [String: Int] = [:]
        var members: [[Member]] = []
        for shape in shapes {
            guard let structure = shape.kind.structure, numbers[shape.name] == nil else { continue }
            numbers[shape.name] = names.count
            names.append(shape.name)
            members.append(structure.members)
        }
        memberTargets = members.map { $0.map { ($0.name, numbers[$0.target.name]) } }
    }

    /// The component number of every structure, by Tarjan's algorithm over inline structure
    /// members, iterative so that a deep chain of structures cannot overflow the stack.
    func stronglyConnectedComponents() -> [Int] {
        let successors = memberTargets.map { $0.compactMap(\.target) }
        let unvisited = -1
        var index = Array(repeating: unvisited, count: names.count)
        var lowLink = Array(repeating: 0, count: names.count)
        var onStack = Array(repeating: false, count: names.count)
        var stack: [Int] = []
        var component = Array(repeating: 0, count: names.count)
        var componentCount = 0
        var visited = 0
        for root in names.indices where index[root] == unvisited {
            // Each frame: a structure and the position of its next successor to visit.
            var frames: [(node: Int, next: Int)] = []
            func open(_ node: Int) {
                index[node] = visited
                lowLink[node] = visited
                visited += 1
                stack.append(node)
                onStack[node] = true
                frames.append((node, 0))
            }
            open(root)
            while let (node, next) = frames.last {
                if next < successors[node].count {
                    frames[frames.count - 1].next += 1
                    let successor = successors[node][next]
                    if index[successor] == unvisited {
                        open(successor)
                    } else if onStack[successor] {
                        lowLink[node] = min(lowLink[node], index[successor])
                    }
                    continue
                }
                frames.removeLast()
                if let (parent, _) = frames.last {
                    lowLink[parent] = min(lowLink[parent], lowLink[node])
                }
                guard lowLink[node] == index[node] else { continue }
                while let member = stack.popLast() {
                    onStack[member] = false
                    component[member] = componentCount
                    if member == node { break }
                }
                componentCount += 1
            }
        }
        return component
    }
}
