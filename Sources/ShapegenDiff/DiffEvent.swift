import ShapegenModel

/// One change between two versions of a model, with its severity and what it applies to.
public struct DiffEvent: Sendable, Hashable {
    /// What kind of change this is.
    public var kind: DiffEventKind
    /// How much it matters to users.
    public var severity: DiffSeverity
    /// The operation the event is about, for operation-level events.
    public var operation: String?
    /// The shape the event is about, for shape-level events.
    public var shape: String?
    /// The member within ``shape``: a structure member's name, or `member`, `key` or `value` for
    /// lists and maps.
    public var member: String?
    /// What happened, e.g. `member added`; without a trailing period.
    public var message: String
    /// The value before the change, when there is one, e.g. `1..100`.
    public var old: String?
    /// The value after the change.
    public var new: String?
    /// Where the changed element is written: in the new model, else in the old one.
    public var location: SourceLocation?

    /// Creates an event.
    public init(
        _ kind: DiffEventKind, _ severity: DiffSeverity, operation: String? = nil, shape: String? = nil,
        member: String? = nil, message: String, old: String? = nil, new: String? = nil, location: SourceLocation? = nil
    ) {
        self.kind = kind
        self.severity = severity
        self.operation = operation
        self.shape = shape
        self.member = member
        self.message = message
        self.old = old
        self.new = new
        self.location = location
    }

    /// What the event is about: `ListJobs`, `JobSummary`, `JobSummary.jobDefinition`, or
    /// `service` for service-level events.
    public var subject: String {
        if let operation { return operation }
        guard let shape else { return "service" }
        return member.map { "\(shape).\($0)" } ?? shape
    }

    /// Whether only documentation changed.
    public var isDocumentation: Bool { severity == .documentation }

    /// The order events are listed in: service, then operations, then shapes, each by name, then
    /// member, kind and values.
    static func < (lhs: DiffEvent, rhs: DiffEvent) -> Bool {
        let left = (lhs.scopeOrder, lhs.operation ?? lhs.shape ?? "", lhs.member ?? "", lhs.kind.order)
        let right = (rhs.scopeOrder, rhs.operation ?? rhs.shape ?? "", rhs.member ?? "", rhs.kind.order)
        if left != right { return left < right }
        return (lhs.message, lhs.old ?? "", lhs.new ?? "") < (rhs.message, rhs.old ?? "", rhs.new ?? "")
    }

    private var scopeOrder: Int { operation != nil ? 1 : shape != nil ? 2 : 0 }
}

extension [DiffEvent] {
    /// The events in their deterministic order.
    func sortedForOutput() -> [DiffEvent] { sorted(by: <) }

    /// The most serious severity among the events, `nil` if there are none.
    var highestSeverity: DiffSeverity? { map(\.severity).max() }
}
