import ShapegenModel

/// Walks one side of an operation (its input or its output) in both versions and records which
/// members were added, removed or changed, nested through structures, lists and maps, with the
/// events that make them so. Documentation never counts as a change.
struct SketchBuilder {
    let models: ModelPair
    /// Which way the walked side travels, which some severities depend on.
    let direction: Direction
    /// The non-documentation events met on the way, for the operation's severity.
    private(set) var events: Set<DiffEvent> = []
    /// Sketches of shape pairs already walked, so that shared shapes are walked once.
    private var walked: [Pair: Sketch?] = [:]

    private struct Pair: Hashable {
        var old: String
        var new: String
    }

    /// How deep lists of lists (or maps of maps) are followed; only a malformed model nests deeper.
    private static let maximumDepth = 64

    init(models: ModelPair, direction: Direction) {
        self.models = models
        self.direction = direction
    }

    /// The changed members of the side whose structure is `old` before and `new` after; `nil` if
    /// nothing in it changed. A side that appears or disappears is all added or all removed.
    mutating func side(old: String?, new: String?) -> Sketch? {
        switch (old.flatMap { models.oldShapes[$0] }, new.flatMap { models.newShapes[$0] }) {
        case (nil, let added?):
            return Self.whole(added, sketch: TypeSketch(shapes: models.newShapes), as: Sketch.Change.added)
        case (let removed?, nil):
            return Self.whole(removed, sketch: TypeSketch(shapes: models.oldShapes), as: Sketch.Change.removed)
        case (let before?, let after?):
            return structure(old: before, new: after, walking: [])
        default:
            return nil
        }
    }

    /// Every member of `shape`, each as the same kind of change.
    private static func whole(_ shape: Shape, sketch: TypeSketch, as change: (String) -> Sketch.Change) -> Sketch? {
        let members = shape.kind.structure?.members ?? []
        guard !members.isEmpty else { return nil }
        return Sketch(
            entries: members.map { Sketch.Entry(name: $0.name, changes: [change(sketch.text(of: $0.target.name))]) })
    }

    private mutating func structure(old: Shape, new: Shape, walking: Set<Pair>) -> Sketch? {
        guard let before = old.kind.structure, let after = new.kind.structure else { return nil }
        let pair = Pair(old: old.name, new: new.name)
        if let known = walked[pair] { return known }
        if walking.contains(pair) { return nil }
        let comparison = MemberComparison(models: models)
        let newSketch = TypeSketch(shapes: models.newShapes)
        var entries: [Sketch.Entry] = []
        for member in after.members {
            guard let previous = before.member(named: member.name) else {
                events.insert(comparison.added(member, shape: new.name, direction: direction))
                entries.append(
                    Sketch.Entry(name: member.name, changes: [.added(newSketch.text(of: member.target.name))]))
                continue
            }
            let changes = memberChanges(old: previous, new: member, shape: new.name)
            events.formUnion(changes)
            let nested =
                previous.target.name == member.target.name
                ? self.nested(old: previous.target.name, new: member.target.name, walking: walking.union([pair])) : nil
            let own = Self.sketchChanges(for: changes) { newSketch.text(of: member.target.name) }
            if !own.isEmpty || nested != nil {
                entries.append(Sketch.Entry(name: member.name, changes: own, nested: nested))
            }
        }
        let oldSketch = TypeSketch(shapes: models.oldShapes)
        for member in before.members where after.member(named: member.name) == nil {
            events.insert(comparison.removed(member, shape: new.name))
            entries.append(Sketch.Entry(name: member.name, changes: [.removed(oldSketch.text(of: member.target.name))]))
        }
        let sketch = entries.isEmpty ? nil : Sketch(entries: entries)
        walked[pair] = sketch
        return sketch
    }

    /// How a member's changes are sketched: enum values added and removed as sets of the values
    /// (`{'BLUE'}`), as the AWS changelog writes them, rather than the whole enum again; any other
    /// change as the member's new type.
    private static func sketchChanges(for events: [DiffEvent], newType: () -> String) -> [Sketch.Change] {
        guard !events.isEmpty else { return [] }
        guard events.allSatisfy({ $0.kind == .enumValueAdded || $0.kind == .enumValueRemoved }) else {
            return [.changed(newType())]
        }
        let added = events.filter { $0.kind == .enumValueAdded }.compactMap(\.new)
        let removed = events.filter { $0.kind == .enumValueRemoved }.compactMap(\.old)
        return (added.isEmpty ? [] : [.added(valueSet(added))]) + (removed.isEmpty ? [] : [.removed(valueSet(removed))])
    }

    /// `{'BLUE', 'BLACK'}`.
    private static func valueSet(_ values: [String]) -> String {
        "{" + values.map(TypeSketch.quoted).joined(separator: ", ") + "}"
    }

    /// The member's own changes and those of the shape it refers to (when it still refers to it),
    /// documentation aside.
    private func memberChanges(old: Member, new: Member, shape: String) -> [DiffEvent] {
        var changes = MemberComparison(models: models).events(old: old, new: new, shape: shape, direction: direction)
        if old.target.name == new.target.name, let before = models.oldShapes[old.target.name],
            let after = models.newShapes[new.target.name]
        {
            changes += ShapeComparison(models: models).ownEvents(old: before, new: after)
            changes += elementChanges(old: before, new: after, depth: 0)
        }
        return changes.filter { !$0.isDocumentation }
    }

    /// Own changes of list elements and map values, down through nested lists and maps, so that an
    /// element changing (an enum value, a renamed structure) counts for the member; the members of
    /// element structures are walked instead.
    private func elementChanges(old: Shape, new: Shape, depth: Int) -> [DiffEvent] {
        guard depth < Self.maximumDepth else { return [] }
        let pair: (String, String)
        switch (old.kind, new.kind) {
        case (.list(let before), .list(let after)) where before.name == after.name: pair = (before.name, after.name)
        case (.map(_, let before), .map(_, let after)) where before.name == after.name: pair = (before.name, after.name)
        default: return []
        }
        guard let before = models.oldShapes[pair.0], let after = models.newShapes[pair.1] else { return [] }
        return ShapeComparison(models: models).ownEvents(old: before, new: after)
            + elementChanges(old: before, new: after, depth: depth + 1)
    }

    /// Changes inside the shape a member keeps referring to: through lists and maps to structures.
    private mutating func nested(old: String, new: String, walking: Set<Pair>, depth: Int = 0) -> Sketch? {
        guard depth < Self.maximumDepth, let before = models.oldShapes[old], let after = models.newShapes[new],
            TypeDescription.sameType(before.kind, after.kind)
        else { return nil }
        switch (before.kind, after.kind) {
        case (.list(let oldElement), .list(let newElement)) where oldElement.name == newElement.name:
            return nested(old: oldElement.name, new: newElement.name, walking: walking, depth: depth + 1)
        case (.map(_, let oldValue), .map(_, let newValue)) where oldValue.name == newValue.name:
            return nested(old: oldValue.name, new: newValue.name, walking: walking, depth: depth + 1)
        default:
            return before.kind.structure != nil ? structure(old: before, new: after, walking: walking) : nil
        }
    }
}
