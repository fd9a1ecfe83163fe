import Foundation

/// Typed access to a parsed JSON object (`JSONSerialization` output), for reading botocore models.
struct JSONObject {
    let values: [String: Any]

    init(_ values: [String: Any]) {
        self.values = values
    }

    init?(_ value: Any?) {
        guard let values = value as? [String: Any] else { return nil }
        self.values = values
    }

    subscript(key: String) -> Any? { values[key] }

    func string(_ key: String) -> String? { values[key] as? String }

    func object(_ key: String) -> JSONObject? { JSONObject(values[key]) }

    /// `true` only for a JSON `true` (not for the number 1).
    func bool(_ key: String) -> Bool {
        guard let number = values[key] as? NSNumber, Self.isBoolean(number) else { return false }
        return number.boolValue
    }

    func strings(_ key: String) -> [String] { values[key] as? [String] ?? [] }

    /// The keys, sorted, for deterministic iteration.
    var sortedKeys: [String] { values.keys.sorted() }
}

extension JSONObject {
    /// A number's text as JSON wrote it (`9223372036854775807` stays exact).
    static func numberText(_ value: Any?) -> String? {
        guard let number = value as? NSNumber, !isBoolean(number) else { return nil }
        return number.stringValue
    }

    /// JSON booleans arrive as a distinct NSNumber subclass.
    private static let booleanType = type(of: NSNumber(value: true))

    /// Whether a parsed JSON value was `true` or `false` rather than a number.
    static func isBoolean(_ number: NSNumber) -> Bool {
        type(of: number) == booleanType
    }
}
