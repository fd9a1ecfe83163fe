/// How much a change matters to the users of a service, modelled on smithy-diff's severities.
///
/// The cases are ordered from least to most serious, so `max()` of a set of severities is the one
/// that decides a CI run.
public enum DiffSeverity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Only documentation changed (smithy-diff: NOTE on documentation).
    case documentation
    /// Existing callers keep working: an added operation, optional member, enum value or a widened
    /// constraint (smithy-diff: NOTE).
    case compatible
    /// Callers probably keep working but should look: a new pattern, a new error, changed
    /// pagination (smithy-diff: DANGER / WARNING).
    case dangerous
    /// Existing callers or their generated code stop working: a removed operation or member, a
    /// changed type, a new required input member, a narrowed constraint, a removed enum value, a
    /// changed HTTP binding (smithy-diff: ERROR).
    case breaking

    private var rank: Int {
        switch self {
        case .documentation: 0
        case .compatible: 1
        case .dangerous: 2
        case .breaking: 3
        }
    }

    /// Whether `lhs` is less serious than `rhs`.
    public static func < (lhs: DiffSeverity, rhs: DiffSeverity) -> Bool { lhs.rank < rhs.rank }
}
