/// Everything that changed between two versions of one service's model.
public struct ServiceDiff: Sendable, Hashable {
    /// The service's name (in the new version).
    public var service: String
    /// Where the old version was read from.
    public var oldPath: String
    /// Where the new version was read from.
    public var newPath: String
    /// Operations added, removed or updated, by name.
    public var operations: [OperationChange]
    /// Every event, documentation included, in a deterministic order: service, operations, shapes.
    public var events: [DiffEvent]

    /// Creates a service diff; events are put in their deterministic order.
    public init(service: String, oldPath: String, newPath: String, operations: [OperationChange], events: [DiffEvent]) {
        self.service = service
        self.oldPath = oldPath
        self.newPath = newPath
        self.operations = operations.sorted { $0.name < $1.name }
        self.events = events.sortedForOutput()
    }

    /// The events that are more than documentation.
    public var changes: [DiffEvent] { events.filter { !$0.isDocumentation } }
    /// The documentation-only events.
    public var documentation: [DiffEvent] { events.filter(\.isDocumentation) }
    /// Changes to the service's metadata.
    public var serviceChanges: [DiffEvent] { changes.filter { $0.operation == nil && $0.shape == nil } }
    /// Changes to shapes and their members.
    public var shapeChanges: [DiffEvent] { changes.filter { $0.shape != nil } }

    /// The most serious change; `nil` when nothing changed at all.
    public var severity: DiffSeverity? {
        (events.map(\.severity) + operations.map(\.severity)).max()
    }

    /// Operations with `status`.
    public func operations(_ status: OperationChange.Status) -> [OperationChange] {
        operations.filter { $0.status == status }
    }

    /// `1 updated api methods`, `2 new, 1 removed api methods` or `no api method changes`, as the
    /// AWS changelog counts them.
    public var summary: String {
        let counts = [(OperationChange.Status.added, "new"), (.updated, "updated"), (.removed, "removed")].compactMap {
            status, word in
            let count = operations(status).count
            return count == 0 ? nil : "\(count) \(word)"
        }
        return counts.isEmpty ? "no api method changes" : counts.joined(separator: ", ") + " api methods"
    }
}
