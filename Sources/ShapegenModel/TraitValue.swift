/// A value of a trait the generator does not interpret: carried from an imported model to the
/// YAML and back unchanged, so that nothing an upstream model says is lost.
public indirect enum TraitValue: Sendable, Hashable {
    case string(String)
    /// A number, kept as written so that large integers stay exact.
    case number(String)
    case boolean(Bool)
    case list([TraitValue])
    case map([String: TraitValue])
}

/// Named traits; keys are emitted in sorted order.
public typealias Traits = [String: TraitValue]
