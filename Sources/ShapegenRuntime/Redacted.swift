/// What the mirror of a generated structure shows for a sensitive member: `<redacted>` in place
/// of its value, so `print`, `dump`, `String(describing:)` and string interpolation keep secrets
/// out of logs.
public struct Redacted: CustomStringConvertible, CustomDebugStringConvertible, Sendable {
    /// Creates the placeholder.
    public init() {}

    public var description: String { "<redacted>" }

    public var debugDescription: String { description }

    /// The mirror value of a sensitive member: `nil` when it has none (whether a secret was set
    /// is not itself a secret), otherwise a `Redacted`.
    public static func mirrorValue<Value>(of value: Value?) -> Any {
        value == nil ? Redacted?.none as Any : Redacted()
    }
}
