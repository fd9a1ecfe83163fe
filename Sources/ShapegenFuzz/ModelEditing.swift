import Yams

/// Mutations that know the model format: they add cycles and chains of shapes, and put hostile
/// text where names and documentation go.
struct ModelEditing {
    private(set) var root: Node

    /// Applies `kind` (one of the model-aware kinds) and says what it did.
    mutating func apply(_ kind: TreeMutation.Kind, using random: inout FuzzRandom) -> String {
        switch kind {
        case .cycle: return addCycle(using: &random)
        case .chain: return addChain(length: random.pick([10, 200, 3_000]), using: &random)
        case .serviceName:
            let name = random.pick(HostileText.names)
            let service = root.value(of: "service") ?? Node([(Node, Node)]())
            root = root.setting("service", to: service.setting("name", to: Node(name, .implicit, .doubleQuoted)))
            return "service.name = \(name.debugDescription.prefix(60))"
        case .enumValues:
            let values = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                Node(random.pick(HostileText.names), .implicit, .doubleQuoted)
            }
            let name = random.pick(shapeNames(ofType: "enum") + ["FuzzEnum"])
            let existing = shape(name)?.value(of: "values").map { Array($0.sequence ?? []) } ?? []
            setShape(
                name,
                to: (shape(name) ?? Node([(Node("type"), Node("enum"))])).setting("values", to: Node(existing + values))
            )
            return "enum \(name) gets values \(values.map { $0.scalar?.string.debugDescription.prefix(30) ?? "" })"
        case .documentation:
            let text = random.pick(HostileText.documentation)
            let names = shapeNames(ofType: nil)
            guard let name = names.randomElement(using: &random), let target = shape(name) else {
                return "documentation: no shapes"
            }
            setShape(name, to: target.setting("documentation", to: Node(text, .implicit, .doubleQuoted)))
            return "shapes.\(name).documentation = \(text.debugDescription)"
        default:
            return "\(kind): not a model edit"
        }
    }

    /// A structure that holds itself (required, directly), or a list or map of itself.
    private mutating func addCycle(using random: inout FuzzRandom) -> String {
        let names = shapeNames(ofType: nil)
        guard let name = names.randomElement(using: &random), let target = shape(name) else {
            return "cycle: no shapes"
        }
        switch target.value(of: "type")?.scalar?.string {
        case "list":
            setShape(name, to: target.setting("member", to: Node(name)))
        case "map":
            setShape(name, to: target.setting("value", to: Node(name)))
        default:
            let members = target.value(of: "members") ?? Node([(Node, Node)]())
            let member = Node([
                (Node("target"), Node(name)), (Node("required"), Node(random.oneIn(2) ? "true" : "false")),
            ])
            setShape(name, to: target.setting("members", to: members.setting("fuzzCycle", to: member)))
        }
        return "cycle through \(name)"
    }

    /// `length` structures, each holding the next, the first one held by a random structure.
    private mutating func addChain(length: Int, using random: inout FuzzRandom) -> String {
        var chain: [(Node, Node)] = []
        for index in 0..<length {
            let next = Node([
                (Node("target"), Node(index + 1 < length ? "FuzzChain\(index + 1)" : "FuzzChain0")),
                (Node("required"), Node(random.oneIn(8) ? "true" : "false")),
            ])
            chain.append(
                (
                    Node("FuzzChain\(index)"),
                    Node([(Node("type"), Node("structure")), (Node("members"), Node([(Node("next"), next)]))])
                ))
        }
        root = root.setting("shapes", to: .mapping((root.value(of: "shapes")?.pairs ?? []) + chain))
        if let holder = shapeNames(ofType: "structure").filter({ !$0.hasPrefix("FuzzChain") }).randomElement(
            using: &random),
            let target = shape(holder)
        {
            let members = target.value(of: "members") ?? Node([(Node, Node)]())
            setShape(
                holder,
                to: target.setting(
                    "members", to: members.setting("fuzzChain", to: Node([(Node("target"), Node("FuzzChain0"))]))))
        }
        return "chain of \(length) structures"
    }

    private func shape(_ name: String) -> Node? {
        root.value(of: "shapes")?.value(of: name)
    }

    private mutating func setShape(_ name: String, to value: Node) {
        let shapes = root.value(of: "shapes") ?? Node([(Node, Node)]())
        root = root.setting("shapes", to: shapes.setting(name, to: value))
    }

    /// The names of shapes of `type` (any type when `nil`).
    private func shapeNames(ofType type: String?) -> [String] {
        (root.value(of: "shapes")?.pairs ?? []).compactMap { key, value in
            guard let name = key.scalar?.string else { return nil }
            return type == nil || value.value(of: "type")?.scalar?.string == type ? name : nil
        }
    }
}
