import Yams

/// One step from a YAML node to a child: an element of a list, or the key or value of a mapping's entry.
enum NodeStep: Hashable {
    case element(Int)
    case key(Int)
    case value(Int)
}

/// Reading and rebuilding YAML trees by path.
extension Node {
    /// A mapping's entries, or a list's elements, as an array.
    var pairs: [(Node, Node)] {
        guard case .mapping(let mapping) = self else { return [] }
        return Array(mapping).map { ($0.key, $0.value) }
    }

    /// A mapping with `pairs` as its entries.
    static func mapping(_ pairs: [(Node, Node)]) -> Node {
        Node(pairs)
    }

    /// The value of the first entry whose key is the scalar `key`.
    func value(of key: String) -> Node? {
        pairs.first { $0.0.scalar?.string == key }?.1
    }

    /// This mapping with `key` set to `value` (replacing the first such entry, or appended).
    func setting(_ key: String, to value: Node) -> Node {
        var entries = pairs
        if let index = entries.firstIndex(where: { $0.0.scalar?.string == key }) {
            entries[index].1 = value
        } else {
            entries.append((Node(key), value))
        }
        return .mapping(entries)
    }

    /// Every path below this node, in document order, at most `limit` of them.
    func paths(limit: Int = 200_000) -> [[NodeStep]] {
        var result: [[NodeStep]] = []
        var pending: [([NodeStep], Node)] = [([], self)]
        while let (path, node) = pending.popLast(), result.count < limit {
            result.append(path)
            switch node {
            case .mapping:
                for (index, entry) in node.pairs.enumerated().reversed() {
                    pending.append((path + [.value(index)], entry.1))
                    pending.append((path + [.key(index)], entry.0))
                }
            case .sequence(let sequence):
                for (index, element) in Array(sequence).enumerated().reversed() {
                    pending.append((path + [.element(index)], element))
                }
            case .scalar, .alias:
                break
            }
        }
        return result
    }

    /// The node at `path`.
    func node(at path: [NodeStep]) -> Node? {
        var node = self
        for step in path {
            switch (step, node) {
            case (.element(let index), .sequence(let sequence)) where index < sequence.count:
                node = Array(sequence)[index]
            case (.key(let index), .mapping) where index < node.pairs.count:
                node = node.pairs[index].0
            case (.value(let index), .mapping) where index < node.pairs.count:
                node = node.pairs[index].1
            default:
                return nil
            }
        }
        return node
    }

    /// This tree with the node at `path` replaced by `transform`'s result; `nil` removes the list
    /// element or mapping entry it belongs to.
    func replacing(at path: [NodeStep], with transform: (Node) -> Node?) -> Node {
        guard let step = path.first else { return transform(self) ?? self }
        let rest = Array(path.dropFirst())
        switch (step, self) {
        case (.element(let index), .sequence(let sequence)) where index < sequence.count:
            var elements = Array(sequence)
            if !rest.isEmpty {
                elements[index] = elements[index].replacing(at: rest, with: transform)
            } else if let replacement = transform(elements[index]) {
                elements[index] = replacement
            } else {
                elements.remove(at: index)
            }
            return Node(elements)
        case (.key(let index), .mapping), (.value(let index), .mapping):
            var entries = pairs
            guard index < entries.count else { return self }
            let isKey = if case .key = step { true } else { false }
            let child = isKey ? entries[index].0 : entries[index].1
            guard let replacement = rest.isEmpty ? transform(child) : child.replacing(at: rest, with: transform) else {
                entries.remove(at: index)
                return .mapping(entries)
            }
            if isKey {
                entries[index].0 = replacement
            } else {
                entries[index].1 = replacement
            }
            return .mapping(entries)
        default:
            return self
        }
    }
}
