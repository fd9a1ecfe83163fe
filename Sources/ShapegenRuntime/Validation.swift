/// A shape that can check its constraints before it is sent.
public protocol Validatable: Sendable {
    /// Records every constraint violation of this value (and the values it holds) in `context`.
    func validate(in context: inout ValidationContext)
}

extension Validatable {
    /// Checks every constraint and throws all violations at once.
    public func validate() throws(ValidationError) {
        var context = ValidationContext()
        validate(in: &context)
        if !context.violations.isEmpty {
            throw ValidationError(violations: context.violations)
        }
    }
}

/// One broken constraint: where, and what is wrong.
public struct ValidationViolation: Sendable, Hashable, CustomStringConvertible {
    /// The path to the value, e.g. `filters[0].values[1]`; empty for the value itself.
    public var path: String
    /// What is wrong, e.g. `must be at most 100, got 101`.
    public var message: String

    /// Creates a violation.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`.
    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

/// Every constraint a value breaks.
public struct ValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The violations, in the order the checks ran (members in model order).
    public var violations: [ValidationViolation]

    /// Creates the error.
    public init(violations: [ValidationViolation]) {
        self.violations = violations
    }

    /// A summary that lists every violation.
    public var description: String {
        let count = violations.count == 1 ? "1 validation error" : "\(violations.count) validation errors"
        return count + ": " + violations.map(\.description).joined(separator: "; ")
    }
}
