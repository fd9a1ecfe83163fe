/// The events of an event stream member of an operation's output, in the order they arrived.
///
/// Iterate it with `for try await event in stream`. Today's transports return a response once it
/// has ended, so the client reads every event before the call returns; the type is a sequence of
/// its own so that a streaming transport can hand events over as they come without changing it.
public struct EventStream<Event: Codable & Hashable & Sendable>: AsyncSequence, Sendable, Hashable, Codable {
    public typealias Element = Event

    /// The events, in arrival order.
    public var events: [Event]

    /// A stream of `events`, as a mock or a test makes one.
    public init(_ events: [Event]) {
        self.events = events
    }

    /// Reads a JSON array of events (the form ``encode(to:)`` writes, and the client's decoding of
    /// the wire's binary messages produces).
    public init(from decoder: any Decoder) throws {
        events = try [Event](from: decoder)
    }

    /// Writes the events as an array.
    public func encode(to encoder: any Encoder) throws {
        try events.encode(to: encoder)
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(events: events)
    }

    /// Hands out the events one by one.
    public struct Iterator: AsyncIteratorProtocol {
        private var events: [Event]
        private var position = 0

        init(events: [Event]) {
            self.events = events
        }

        public mutating func next() async throws -> Event? {
            guard position < events.count else { return nil }
            defer { position += 1 }
            return events[position]
        }
    }
}

extension EventStream: Validatable where Event: Validatable {
    /// Validates every event.
    public func validate(in context: inout ValidationContext) {
        context.list(events, nil) { context, event in context.nested(event, nil) }
    }
}
