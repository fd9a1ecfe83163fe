import Yams

/// Mutations of a model's YAML tree, applied one after another to ``root``.
///
/// Paths are those of the unmutated model; after an earlier mutation a path may name another
/// node or none (then the mutation does nothing), which is as good a mutation as any.
struct TreeMutation {
    /// The kinds of mutation, chosen uniformly.
    enum Kind: CaseIterable {
        case deleteEntry, duplicateEntry, retype, wrongScalar, renameKey, hostileValue, longString
        case swapReference, cycle, chain, serviceName, enumValues, documentation, deepNesting, aliasBomb, shuffle
    }

    private(set) var root: Node
    private let paths: [[NodeStep]]
    /// Placeholder scalars and the raw YAML text that replaces them after serializing: text the
    /// serializer cannot produce (deep nesting, anchors and aliases).
    private(set) var placeholders: [(String, String)] = []
    /// What was applied, for reports.
    private(set) var applied: [String] = []

    init(root: Node, paths: [[NodeStep]]) {
        self.root = root
        self.paths = paths
    }

    mutating func apply(_ kind: Kind, using random: inout FuzzRandom) {
        switch kind {
        case .deleteEntry:
            edit(kind, at: pick(where: { $0.mapping != nil }, using: &random)) { node, _ in
                var pairs = node.pairs
                guard !pairs.isEmpty else { return node }
                pairs.remove(at: Int.random(in: 0..<pairs.count, using: &random))
                return .mapping(pairs)
            }
        case .duplicateEntry:
            edit(kind, at: pick(where: { $0.mapping != nil }, using: &random)) { node, _ in
                var pairs = node.pairs
                guard let entry = pairs.randomElement(using: &random) else { return node }
                pairs.insert(entry, at: Int.random(in: 0...pairs.count, using: &random))
                return .mapping(pairs)
            }
        case .retype:
            edit(kind, at: pick(where: { _ in true }, using: &random)) { _, _ in
                random.pick([
                    Node([(Node, Node)]()), Node([Node]()), Node([Node("x")]), Node([(Node("x"), Node("y"))]),
                    Node(random.pick(HostileText.scalars)), Node("~"),
                ])
            }
        case .wrongScalar:
            edit(kind, at: pick(where: { $0.scalar != nil }, using: &random)) { _, _ in
                Node(random.pick(HostileText.scalars), .implicit, random.oneIn(3) ? .doubleQuoted : .plain)
            }
        case .renameKey:
            edit(kind, at: pickKey(using: &random)) { _, _ in
                Node(random.pick(HostileText.names), .implicit, .doubleQuoted)
            }
        case .hostileValue:
            edit(kind, at: pick(where: { $0.scalar != nil }, using: &random)) { _, _ in
                Node(random.pick(HostileText.names), .implicit, .doubleQuoted)
            }
        case .longString:
            let length = random.pick([1_000, 70_000, 1 << 20])
            let unit = random.pick(["a", "é", "日", "🙂", "A1_", " "])
            edit(
                kind, at: random.oneIn(2) ? pickKey(using: &random) : pick(where: { $0.scalar != nil }, using: &random)
            ) { _, _ in
                Node(String(repeating: unit, count: length / unit.utf8.count), .implicit, .doubleQuoted)
            }
        case .swapReference:
            let names = shapeNames
            guard !names.isEmpty else { return }
            edit(kind, at: pick(where: { names.contains($0.scalar?.string ?? "") }, using: &random)) { _, _ in
                Node(random.pick(names))
            }
        case .cycle, .chain, .serviceName, .enumValues, .documentation:
            var model = ModelEditing(root: root)
            applied.append(model.apply(kind, using: &random))
            root = model.root
        case .deepNesting:
            let depth = random.pick([64, 999, 1_001, 10_000, 200_000])
            let text =
                random.oneIn(2)
                ? String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
                : String(repeating: "{a: ", count: depth) + "x" + String(repeating: "}", count: depth)
            replaceWithRawText(kind, text, using: &random)
        case .aliasBomb:
            let levels = random.pick([3, 10, 30])
            var text = "{l0: &l0 [x, x, x, x, x, x, x, x, x, x]"
            for level in 1..<levels {
                let previous = Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
                text += ", l\(level): &l\(level) [\(previous)]"
            }
            replaceWithRawText(kind, text + "}", using: &random)
        case .shuffle:
            edit(kind, at: pick(where: { $0.mapping != nil }, using: &random)) { node, _ in
                .mapping(node.pairs.shuffled(using: &random))
            }
        }
    }

    /// The names of the model's shapes.
    private var shapeNames: [String] {
        (root.value(of: "shapes")?.pairs ?? []).compactMap { $0.0.scalar?.string }
    }

    /// A random path whose node (in the unmutated model) satisfies `condition`; tries a few times.
    private func pick(where condition: (Node) -> Bool, using random: inout FuzzRandom) -> [NodeStep] {
        for _ in 0..<50 {
            let path = random.pick(paths)
            if let node = root.node(at: path), condition(node) { return path }
        }
        return random.pick(paths)
    }

    /// A random path to a mapping key.
    private func pickKey(using random: inout FuzzRandom) -> [NodeStep] {
        for _ in 0..<50 {
            let path = random.pick(paths)
            if case .key? = path.last { return path }
        }
        return random.pick(paths)
    }

    /// Replaces the node at `path` with `transform`'s result and records the mutation.
    private mutating func edit(_ kind: Kind, at path: [NodeStep], _ transform: (Node, [NodeStep]) -> Node?) {
        root = root.replacing(at: path) { transform($0, path) }
        applied.append("\(kind) at \(describe(path))")
    }

    /// Replaces a random value with `text`, written into the file as is.
    private mutating func replaceWithRawText(_ kind: Kind, _ text: String, using random: inout FuzzRandom) {
        let placeholder = "shapegen-fuzz-placeholder-\(placeholders.count)"
        let path = pick(where: { _ in true }, using: &random)
        guard case .value? = path.last else {
            root = root.setting(
                "shapes",
                to: (root.value(of: "shapes") ?? Node([(Node, Node)]())).setting("Fuzz", to: Node(placeholder)))
            placeholders.append((placeholder, text))
            applied.append("\(kind) at shapes.Fuzz")
            return
        }
        edit(kind, at: path) { _, _ in Node(placeholder) }
        placeholders.append((placeholder, text))
    }

    /// `shapes.JobStatus.values[2]`: a path as keys and indexes, for reports.
    private func describe(_ path: [NodeStep]) -> String {
        var node = root
        var parts: [String] = []
        for (position, step) in path.enumerated() {
            switch step {
            case .element(let index): parts.append("[\(index)]")
            case .key(let index), .value(let index):
                let key = index < node.pairs.count ? node.pairs[index].0.scalar?.string ?? "?" : "?"
                parts.append(
                    (parts.isEmpty ? "" : ".") + String(key.prefix(40)) + (step == .key(index) ? " (key)" : ""))
            }
            guard position < path.count - 1, let child = node.node(at: [step]) else { break }
            node = child
        }
        return parts.isEmpty ? "the root" : parts.joined()
    }
}
