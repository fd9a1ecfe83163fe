/// The carried traits the generator acts on: where AWS serves an operation from, request checksums
/// and event streams.
extension Operation {
    /// The `endpoint.hostPrefix` trait, such as `data-` or `{graphIdentifier}.`: AWS serves the
    /// operation from that host in front of the service's, `{label}`s filled from host-label members.
    public var hostPrefix: String? {
        guard case .map(let endpoint)? = traits["endpoint"], case .string(let prefix)? = endpoint["hostPrefix"] else {
            return nil
        }
        return prefix
    }

    /// Whether the model requires a checksum of the request body: `httpChecksumRequired`, or
    /// `httpChecksum` with `requestChecksumRequired` (S3's `DeleteObjects`, `PutBucketLifecycleConfiguration`, …).
    public var requiresRequestChecksum: Bool {
        if traits["httpChecksumRequired"] == .boolean(true) { return true }
        guard case .map(let checksum)? = traits["httpChecksum"] else { return false }
        return checksum["requestChecksumRequired"] == .boolean(true)
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
