/// A shape whose model states no constraint, on itself or on anything it holds: every value is valid.
///
/// Generated code declares it, in one line, for operation inputs that have nothing to check.
public protocol Unconstrained: Validatable {}

extension Unconstrained {
    /// Records nothing: the model states no constraint for this shape.
    public func validate(in context: inout ValidationContext) {}
}
