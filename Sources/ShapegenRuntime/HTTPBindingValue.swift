import Foundation

/// Where a rest-json member travels instead of the JSON body (the payload has methods of its own).
public enum HTTPMemberLocation: Sendable, Hashable {
    /// A `{label}` or greedy `{label+}` of the request URI.
    case uri
    /// A query parameter; a list repeats the key, a map adds one parameter per entry.
    case querystring
    /// A header; a list's elements are separated by commas.
    case header
    /// One header per map entry, its name the member's prefix followed by the entry's key.
    case headers
    /// The response's status code.
    case statusCode

    /// How a timestamp is written here unless the model says otherwise: RFC 822 in headers, ISO 8601 elsewhere.
    var defaultFormat: HTTPValueFormat {
        switch self {
        case .header, .headers: .rfc822
        case .uri, .querystring, .statusCode: .iso8601
        }
    }
}

/// How a value is written as text in a URI, query or header.
public enum HTTPValueFormat: Sendable, Hashable {
    /// Timestamps as `2024-05-01T12:00:00Z` (milliseconds when the time has a fraction).
    case iso8601
    /// Timestamps as `Wed, 01 May 2024 12:00:00 GMT` (IMF-fixdate).
    case rfc822
    /// Timestamps as seconds since 1970 (milliseconds when the time has a fraction).
    case epochSeconds
    /// A string that holds JSON, carried base64-encoded (botocore's `jsonvalue` headers).
    case jsonValue
}

/// A value that a rest-json member can carry in a URI label, query parameter or header: a scalar
/// or a list of scalars.
public protocol HTTPBindingValue: Codable {
    /// The texts the value is written as: one for a scalar, one per element for a list.
    func httpTexts(format: HTTPValueFormat) -> [String]
    /// The value as one header: a list's texts joined by commas.
    func headerText(format: HTTPValueFormat) -> String
    /// The value a header holds, `nil` when the header does not hold one.
    init?(header: String, format: HTTPValueFormat)
}

/// A scalar that a URI label, query parameter or header can carry.
public protocol HTTPScalarValue: HTTPBindingValue {
    /// The value as text.
    func httpText(format: HTTPValueFormat) -> String
    /// The value that `text` writes, `nil` when it writes none.
    init?(httpText text: String, format: HTTPValueFormat)
    /// Whether an element of a header list is quoted when it holds `"` or `,` (strings are).
    static var isQuotedInHeaderLists: Bool { get }
}

extension HTTPScalarValue {
    public func httpTexts(format: HTTPValueFormat) -> [String] { [httpText(format: format)] }

    public func headerText(format: HTTPValueFormat) -> String { httpText(format: format) }

    public init?(header: String, format: HTTPValueFormat) {
        self.init(httpText: header.trimmingCharacters(in: .whitespaces), format: format)
    }

    public static var isQuotedInHeaderLists: Bool { false }
}

extension Array: HTTPBindingValue where Element: HTTPScalarValue {
    public func httpTexts(format: HTTPValueFormat) -> [String] {
        map { $0.httpText(format: format) }
    }

    public func headerText(format: HTTPValueFormat) -> String {
        httpTexts(format: format).map { text in
            guard Element.isQuotedInHeaderLists, text.contains(where: { $0 == "\"" || $0 == "," }) else { return text }
            return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                + "\""
        }.joined(separator: ",")
    }

    public init?(header: String, format: HTTPValueFormat) {
        var elements: [Element] = []
        for text in HeaderList.split(header) {
            guard let element = Element(httpText: text, format: format) else { return nil }
            elements.append(element)
        }
        self = elements
    }
}

/// Splits a header list at commas outside double quotes, unquoting quoted elements.
enum HeaderList {
    static func split(_ header: String) -> [String] {
        var elements: [String] = []
        var current = ""
        var wasQuoted = false
        var inQuotes = false
        var escaped = false
        func finish() {
            elements.append(wasQuoted ? current : current.trimmingCharacters(in: .whitespaces))
            current = ""
            wasQuoted = false
        }
        for character in header {
            if inQuotes {
                if escaped {
                    current.append(character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inQuotes = false
                } else {
                    current.append(character)
                }
            } else if character == "," {
                finish()
            } else if character == "\"", !wasQuoted, current.allSatisfy(\.isWhitespace) {
                current = ""
                wasQuoted = true
                inQuotes = true
            } else if !wasQuoted {
                current.append(character)
            }
        }
        if !elements.isEmpty || wasQuoted || !current.allSatisfy(\.isWhitespace) { finish() }
        return elements
    }
}

extension String: HTTPScalarValue {
    public func httpText(format: HTTPValueFormat) -> String {
        format == .jsonValue ? Data(utf8).base64EncodedString() : self
    }

    public init?(httpText text: String, format: HTTPValueFormat) {
        guard format == .jsonValue else {
            self = text
            return
        }
        guard let data = Data(base64Encoded: text) else { return nil }
        self.init(decoding: data, as: UTF8.self)
    }

    public static var isQuotedInHeaderLists: Bool { true }
}

extension Bool: HTTPScalarValue {
    public func httpText(format: HTTPValueFormat) -> String { self ? "true" : "false" }

    public init?(httpText text: String, format: HTTPValueFormat) {
        switch text.lowercased() {
        case "true": self = true
        case "false": self = false
        default: return nil
        }
    }
}

extension Int: HTTPScalarValue {
    public func httpText(format: HTTPValueFormat) -> String { String(self) }

    public init?(httpText text: String, format: HTTPValueFormat) {
        self.init(text)
    }
}

extension Int64: HTTPScalarValue {
    public func httpText(format: HTTPValueFormat) -> String { String(self) }

    public init?(httpText text: String, format: HTTPValueFormat) {
        self.init(text)
    }
}

extension Double: HTTPScalarValue {
    /// Finite values as Swift prints them (`1.5`, `1e+20`), others as `NaN`, `Infinity`, `-Infinity`.
    public func httpText(format: HTTPValueFormat) -> String {
        if isNaN { return "NaN" }
        if isInfinite { return self < 0 ? "-Infinity" : "Infinity" }
        return description
    }

    public init?(httpText text: String, format: HTTPValueFormat) {
        switch text {
        case "NaN": self = .nan
        case "Infinity": self = .infinity
        case "-Infinity": self = -.infinity
        default: self.init(text)
        }
    }
}

extension Float: HTTPScalarValue {
    public func httpText(format: HTTPValueFormat) -> String {
        Double(self).isFinite ? description : Double(self).httpText(format: format)
    }

    public init?(httpText text: String, format: HTTPValueFormat) {
        guard let value = Double(httpText: text, format: format) else { return nil }
        self.init(value)
    }
}

extension Date: HTTPScalarValue {
    /// The timestamp in `format` (`.jsonValue` means ISO 8601 here).
    public func httpText(format: HTTPValueFormat) -> String { HTTPTimestamp.text(self, format: format) }

    /// Reads `format`, or failing that any of the other timestamp formats.
    public init?(httpText text: String, format: HTTPValueFormat) {
        guard let date = HTTPTimestamp.date(text, format: format) else { return nil }
        self = date
    }
}

extension Data: HTTPScalarValue {
    /// The bytes base64-encoded.
    public func httpText(format: HTTPValueFormat) -> String { base64EncodedString() }

    public init?(httpText text: String, format: HTTPValueFormat) {
        self.init(base64Encoded: text)
    }
}

extension ShapeEnum {
    /// The raw value.
    public func httpText(format: HTTPValueFormat) -> String { rawValue }

    /// The case for `text`; values the model does not list become the unknown case.
    public init?(httpText text: String, format: HTTPValueFormat) {
        self.init(rawValue: text)
    }

    public static var isQuotedInHeaderLists: Bool { true }
}
