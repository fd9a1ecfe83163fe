import Testing

/// One synthetic change to `things.yaml`: what is edited on each side, and exactly the events
/// (documentation aside) and operation changes the comparison must find.
struct SyntheticCase: Sendable, CustomTestStringConvertible {
    var name: String
    var old: [Edit] = []
    var new: [Edit]
    /// Every non-documentation event, as ``DiffEvent/line``, in output order.
    var changes: [String]
    /// Every operation change, as ``OperationChange/line``, by name.
    var operations: [String] = []

    var testDescription: String { name }
}
