/// The carried traits the generator acts on: where AWS serves an operation from, and event streams.
extension Operation {
    /// The `endpoint.hostPrefix` trait, such as `data-` or `{graphIdentifier}.`: AWS serves the
    /// operation from that host in front of the service's, `{label}`s filled from host-label members.
    public var hostPrefix: String? {
        guard case .map(let endpoint)? = traits["endpoint"], case .string(let prefix)? = endpoint["hostPrefix"] else { return nil }
        return prefix
    }
}

extension Member {
    /// Whether the `hostLabel` trait puts the member's value into its operation's host prefix.
    public var isHostLabel: Bool { traits["hostLabel"] == .boolean(true) }
}

extension Shape {
    /// Whether the `eventstream` trait makes a value a stream of events rather than one document.
    public var isEventStream: Bool { traits["eventstream"] == .boolean(true) }
}
