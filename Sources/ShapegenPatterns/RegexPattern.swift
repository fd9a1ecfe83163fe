import Foundation

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
