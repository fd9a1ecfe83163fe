/// What the client needs to read an output's event stream: the member that holds it, and for
/// each kind of event where its members come from.
public struct EventStreamDescription: Sendable {
    /// Where an event's members come from.
    public struct Event: Sendable {
        /// The event's payload: a JSON object of its members, or one member that takes it whole.
        public enum Payload: Sendable {
            /// The payload is a JSON object of the event's members.
            case members
            /// The member named so takes the payload's bytes.
            case blob(String)
            /// The member named so takes the payload as UTF-8 text.
            case string(String)
            /// The member named so is decoded from the payload's JSON.
            case structure(String)
            /// The member named so, of the XML protocols' structure type, is read from the payload's XML.
            case xmlStructure(String, any WireStructure.Type)
        }

        /// Where the payload goes.
        public var payload: Payload
        /// The members that come from message headers of their name.
        public var headers: [String]

        /// Describes an event.
        public init(payload: Payload = .members, headers: [String] = []) {
            self.payload = payload
            self.headers = headers
        }
    }

    /// The output member that holds the stream, by its wire name.
    public var member: String
    /// The events, by their type (`:event-type`), which is the name of their member in the stream's union.
    public var events: [String: Event]

    /// Describes an output's event stream.
    public init(member: String, events: [String: Event]) {
        self.member = member
        self.events = events
    }
}
