import ShapegenModel

/// A sentence of AWS's documentation that an overlay entry encodes, quoted in its `source:`:
/// `maxResults: {max: 1000, source: "When --job-status is used, Batch returns up to 1000 values."}`.
///
/// On import each quote is looked for in the documentation the entry concerns (see
/// ``ProseAnchorCheck``); a quote that is gone means the constraint may have outlived its prose.
public struct ProseAnchor: Sendable, Hashable {
    /// The shape the entry belongs to.
    public var shape: String
    /// The member, for a member entry.
    public var member: String?
    /// The member a rule constrains (its `then`), for a rule's quote.
    public var ruleTarget: String?
    /// The quoted sentences.
    public var quotes: [String]
    /// Where `source:` is written in the overlay.
    public var location: SourceLocation

    /// `ListJobsRequest.maxResults`, `the rule of ListJobsRequest on maxResults`, or the shape's name.
    public var subject: String {
        if let member { return "\(shape).\(member)" }
        if let ruleTarget { return "the rule of \(shape) on \(ruleTarget)" }
        return shape
    }
}
