import Foundation

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

/// A regular expression compiled once and shared: generated validators keep these in `static let`s.
public final class RegexPattern: Sendable {
    /// The expression's source.
    public let source: String
    private let expression: NSRegularExpression?

    /// Compiles `source` (Java/ECMA-262 syntax, as AWS writes it; see ``PatternDialect``).
    public init(_ source: String) {
        self.source = source
        self.expression = try? NSRegularExpression(pattern: PatternDialect.icu(source))
    }

    /// Whether the pattern compiled; the generator refuses models with patterns that do not.
    public var isValid: Bool { expression != nil }

    /// Whether `string` contains a match, as AWS patterns are applied (unanchored unless the pattern anchors).
    public func matches(_ string: String) -> Bool {
        guard let expression else { return false }
        let range = NSRange(string.startIndex..<string.endIndex, in: string)
        return expression.firstMatch(in: string, range: range) != nil
    }
}
