/// A problem found in a model, reported in the `path:line:column: error: message` form.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
        case note
    }

    /// How serious the problem is; errors stop generation.
    public var severity: Severity
    /// A sentence a person understands, without a trailing period.
    public var message: String
    /// Where the problem is, when it has a place in a file.
    public var location: SourceLocation?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// Creates an error diagnostic.
    public static func error(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }

    /// The diagnostic as one line, e.g. `Models/batch.yaml:3:5: error: unknown key 'typ'`.
    ///
    /// Line breaks and other control characters that the message quotes from the model are
    /// escaped (`\n`, `\u{0}`), so that one diagnostic is always one line.
    public var description: String {
        let message = Self.escapingControlCharacters(message)
        if let location {
            return "\(location): \(severity.rawValue): \(message)"
        }
        return "\(severity.rawValue): \(message)"
    }

    /// `text` with control characters and Unicode line and paragraph separators escaped.
    static func escapingControlCharacters(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isEscaped) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where isEscaped(scalar): result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
    }
}

/// Thrown when a model cannot be generated: holds every error found, in file order.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    /// The diagnostics, sorted by location.
    public var diagnostics: [Diagnostic]

    /// Creates the error from diagnostics, sorted by location (then message) for stable output.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted { lhs, rhs in
            switch (lhs.location, rhs.location) {
            case (let l?, let r?) where l != r: return l < r
            case (nil, _?): return true
            case (_?, nil): return false
            default: return lhs.message < rhs.message
            }
        }
    }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
