import ShapegenModel

/// What a group of events is about (an operation, a shape or a member) and where it is written;
/// makes events and compares the properties every element has.
struct EventTarget {
    var operation: String?
    var shape: String?
    var member: String?
    var location: SourceLocation?

    /// An operation.
    static func operation(_ name: String, at location: SourceLocation?) -> EventTarget {
        EventTarget(operation: name, location: location)
    }

    /// A shape, or a member of it.
    static func shape(_ name: String, member: String? = nil, at location: SourceLocation?) -> EventTarget {
        EventTarget(shape: name, member: member, location: location)
    }

    /// An event about this target.
    func event(
        _ kind: DiffEventKind, _ severity: DiffSeverity, _ message: String, old: String? = nil, new: String? = nil
    ) -> DiffEvent {
        DiffEvent(
            kind, severity, operation: operation, shape: shape, member: member, message: message, old: old, new: new,
            location: location)
    }

    /// An event for a constraint change.
    func event(_ change: ConstraintComparison.Change) -> DiffEvent {
        event(change.kind, change.severity, change.message, old: change.old, new: change.new)
    }

    /// A documentation event when the text changed (not when it merely moved lines).
    func documentation(_ old: String?, _ new: String?, what: String = "documentation changed") -> [DiffEvent] {
        guard Self.normalized(old) != Self.normalized(new) else { return [] }
        return [event(.documentationChanged, .documentation, what)]
    }

    /// Events for a deprecation added, removed or re-worded.
    func deprecation(_ old: Deprecation?, _ new: Deprecation?) -> [DiffEvent] {
        switch (old, new) {
        case (nil, nil): return []
        case (nil, let added?): return [event(.deprecationChanged, .compatible, "deprecated", new: added.message)]
        case (let removed?, nil):
            return [event(.deprecationChanged, .compatible, "no longer deprecated", old: removed.message)]
        case (let old?, let new?):
            guard old.message != new.message else { return [] }
            return [event(.documentationChanged, .documentation, "deprecation message changed")]
        }
    }

    /// An event when a Swift name given in the model changed.
    func swiftName(_ old: String?, _ new: String?) -> [DiffEvent] {
        guard old != new else { return [] }
        return [
            event(.swiftNameChanged, .breaking, "Swift name changed", old: old ?? "(derived)", new: new ?? "(derived)")
        ]
    }

    /// One event per carried trait added, removed or changed; `excluding` names traits compared elsewhere.
    func traits(_ old: Traits, _ new: Traits, excluding: Set<String> = []) -> [DiffEvent] {
        Set(old.keys).union(new.keys).subtracting(excluding).sorted().compactMap { name in
            guard old[name] != new[name] else { return nil }
            return event(
                .traitChanged, .dangerous,
                "trait '\(name)' \(old[name] == nil ? "added" : new[name] == nil ? "removed" : "changed")",
                old: old[name].map(Self.describe), new: new[name].map(Self.describe))
        }
    }

    /// Text compared for documentation: surrounding whitespace and line wrapping do not count.
    private static func normalized(_ text: String?) -> String {
        (text ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A trait value in JSON-like notation, map keys sorted.
    static func describe(_ value: TraitValue) -> String {
        switch value {
        case .string(let text): "\"\(text)\""
        case .number(let text): text
        case .boolean(let flag): flag ? "true" : "false"
        case .list(let items): "[" + items.map(describe).joined(separator: ", ") + "]"
        case .map(let entries):
            "{" + entries.sorted { $0.key < $1.key }.map { "\($0.key): \(describe($0.value))" }.joined(separator: ", ")
                + "}"
        }
    }
}
