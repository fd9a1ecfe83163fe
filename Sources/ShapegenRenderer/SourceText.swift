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
        if let lines = asciiLines(of: text) { return lines }
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if lineBreaks.contains(scalar) {
                lines.append(trimmed(current))
                current = String.UnicodeScalarView()
            } else if scalar == "\t" {
                current.append(" ")
            } else if isPrintable(scalar) {
                current.append(scalar)
            }
        }
        lines.append(trimmed(current))
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines
    }

    /// `lines(of:)` for text of printable ASCII and `\n` only, the usual case, on bytes;
    /// `nil` for anything else.
    private static func asciiLines(of text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            guard bytes.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A }) else { return nil }
            var lines: [String] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
                var end = index
                while end > start, bytes[end - 1] == 0x20 { end -= 1 }
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                start = index + 1
            }
            while lines.last?.isEmpty == true { lines.removeLast() }
            while lines.first?.isEmpty == true { lines.removeFirst() }
            return lines
        }
    }

    /// Whether a scalar may appear in a comment: not a control, format or unassigned scalar.
    /// ASCII is decided without a Unicode property look-up.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value >= 0x20 && scalar.value != 0x7F }
        return !scalar.properties.generalCategory.isControlOrFormat
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
        if value.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\\") && $0 != UInt8(ascii: "\"") }) {
            return "\"" + value + "\""
        }
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if !isPrintable(scalar) || lineBreaks.contains(scalar)
                    || (scalar.value >= 0x80
                        && [.lineSeparator, .paragraphSeparator].contains(scalar.properties.generalCategory))
                {
                    result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// An integer with its digits grouped in threes by `_` from five digits on (`86_400`,
    /// `-2_147_483_648`), as `swift format` asks of long literals.
    static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        guard digits.count >= 5 else { return String(value) }
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.append(digits[start..<end])
            end = start
        }
        return (value < 0 ? "-" : "") + groups.reversed().joined(separator: "_")
    }

    /// A literal's source text.
    public static func literal(_ literal: Literal) -> String {
        switch literal {
        case .string(let value): stringLiteral(value)
        case .integer(let value): grouped(value)
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
