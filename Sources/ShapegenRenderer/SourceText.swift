import ShapegenSwiftCode

/// The escaping rules for text from a model: the only ways such text reaches generated source.
public enum SourceText {
    /// Characters Swift treats as line breaks; any of them would end a `//` comment early.
    static let lineBreaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]

    /// `///` lines for documentation; every line break in the text starts a new `///` line, so no
    /// text can leave the comment. Control characters are dropped and trailing spaces trimmed.
    public static func docComment(_ text: String) -> [String] {
        lines(of: text).map { $0.isEmpty ? "///" : "/// " + $0 }
    }

    /// A `//` comment line.
    static func lineComment(_ text: String) -> String {
        lines(of: text).map { $0.isEmpty ? "//" : "// " + $0 }.joined(separator: "\n")
    }

    private static func lines(of text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if lineBreaks.contains(scalar) {
                lines.append(trimmed(current))
                current = String.UnicodeScalarView()
            } else if scalar == "\t" {
                current.append(" ")
            } else if !scalar.properties.generalCategory.isControlOrFormat {
                current.append(scalar)
            }
        }
        lines.append(trimmed(current))
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines
    }

    private static func trimmed(_ scalars: String.UnicodeScalarView) -> String {
        var result = String(scalars)
        while result.last == " " { result.removeLast() }
        return result
    }

    /// A double-quoted string literal whose value is exactly `value`.
    ///
    /// Backslashes, quotes and every non-printing scalar are escaped, so interpolation (`\(`), a
    /// closing quote or a line break in the value cannot end the literal.
    public static func stringLiteral(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.properties.generalCategory.isControlOrFormat || lineBreaks.contains(scalar)
                    || scalar.properties.generalCategory == .lineSeparator
                    || scalar.properties.generalCategory == .paragraphSeparator
                {
                    result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A literal's source text.
    public static func literal(_ literal: Literal) -> String {
        switch literal {
        case .string(let value): stringLiteral(value)
        case .integer(let value): String(value)
        case .double(let value): value.description
        case .boolean(let value): value ? "true" : "false"
        case .nil: "nil"
        }
    }
}

extension Unicode.GeneralCategory {
    /// Control characters, format characters and unassigned or private code points.
    var isControlOrFormat: Bool {
        switch self {
        case .control, .format, .surrogate, .privateUse, .unassigned: true
        default: false
        }
    }
}
