/// An operation that was added, removed or updated, as the changelog lists it.
public struct OperationChange: Sendable, Hashable {
    /// What happened to the operation.
    public enum Status: String, Sendable, Hashable, Codable {
        /// The operation is new.
        case added
        /// The operation is gone.
        case removed
        /// The operation's request, response, errors, HTTP binding, pagination or other properties
        /// changed (documentation never makes an operation updated).
        case updated
    }

    /// The operation's name, e.g. `ListJobs`.
    public var name: String
    /// What happened to it.
    public var status: Status
    /// The most serious of its changes, including those inside its request and response.
    public var severity: DiffSeverity
    /// What changed, in a fixed order: `request`, `response`, `errors`, `http`, `pagination`,
    /// `deprecation`, `traits`.
    public var aspects: [String]
    /// The request members added, removed and changed; for a new operation, the whole request.
    public var request: SideSketch?
    /// The response members added, removed and changed; for a new operation, the whole response.
    public var response: SideSketch?
    /// Changes to the operation itself and to its input and output structures' own rules, which no
    /// member sketch shows.
    public var events: [DiffEvent]

    /// Creates an operation change.
    public init(
        name: String, status: Status, severity: DiffSeverity, aspects: [String] = [], request: SideSketch? = nil,
        response: SideSketch? = nil, events: [DiffEvent] = []
    ) {
        self.name = name
        self.status = status
        self.severity = severity
        self.aspects = aspects
        self.request = request
        self.response = response
        self.events = events
    }
}

/// Sketches of one side (request or response) of an operation in the changelog's notation, e.g.
/// `{'filters': [{'name': 'string', 'values': ['string']}]}`: each shows only the members added,
/// removed or changed, nested through structures; a list or map whose elements changed is written
/// through (`{'jobSummaryList': {'jobDefinition': 'string'}}`), while a new member is written whole
/// with its type (`[…]` for a list).
public struct SideSketch: Sendable, Hashable, Codable {
    /// The members added, with their types.
    public var added: String?
    /// The members removed, with the types they had.
    public var removed: String?
    /// The members whose type, requiredness, binding or constraints changed, with their new types.
    public var changed: String?

    /// Creates a side sketch.
    public init(added: String? = nil, removed: String? = nil, changed: String? = nil) {
        self.added = added
        self.removed = removed
        self.changed = changed
    }

    /// The side's sketches from a walked sketch; `nil` if nothing changed.
    init?(_ sketch: Sketch?) {
        guard let sketch else { return nil }
        self.init(added: sketch.text(.added), removed: sketch.text(.removed), changed: sketch.text(.changed))
        if added == nil, removed == nil, changed == nil { return nil }
    }
}
