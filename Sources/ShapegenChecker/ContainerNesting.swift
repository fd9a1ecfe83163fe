import ShapegenModel

/// Lists and maps whose elements are lists and maps: no cycle among them (a Swift type cannot
/// contain itself without a structure in between) and no deeper nesting than ``maxContainerNesting``.
extension CheckContext {
    /// The deepest nesting of lists and maps in one another (`[[String]]` is 2). AWS models nest at most 3.
    static let maxContainerNesting = 32

    /// Reports every cycle of lists and maps once, at the first of its shapes in the file, and
    /// every list or map nested too deeply. Linear in the number of shapes: each list or map has
    /// one element shape, so each is walked once.
    mutating func checkContainerNesting() {
        var depth: [String: Int] = [:]  // finished shapes: how deep the lists and maps are from them
        for shape in model.shapes where element(of: shape) != nil {
            var path: [String] = []
            var onPath: [String: Int] = [:]
            var current: Shape? = shape
            var below = 0
            while let container = current, let next = element(of: container) {
                if let known = depth[container.name] {
                    below = known
                    break
                }
                if let start = onPath[container.name] {
                    let cycle = path[start...]
                    let first = model.shapes.first { cycle.contains($0.name) }
                    error(
                        "lists and maps \(cycle.map { "'\($0)'" }.joined(separator: " → ")) → '\(container.name)' contain themselves; a structure must come between",
                        at: first?.location)
                    for name in cycle { depth[name] = 0 }
                    below = 0
                    break
                }
                onPath[container.name] = path.count
                path.append(container.name)
                current = shapes[next.name]
            }
            for name in path.reversed() where depth[name] == nil {
                below += 1
                depth[name] = below
                if below == Self.maxContainerNesting + 1, let deep = shapes[name] {
                    error(
                        "'\(name)' nests lists and maps \(below) deep; at most \(Self.maxContainerNesting) are allowed",
                        at: deep.location)
                }
            }
        }
    }

    /// The element (list) or value (map) of a list or map shape.
    private func element(of shape: Shape) -> Reference? {
        switch shape.kind {
        case .list(let member): member
        case .map(_, let value): value
        default: nil
        }
    }
}
