/// Typed access to a JSON object of a botocore model, keys in document order.
public struct JSONObject: Sendable {
    /// The members, in document order.
    public let entries: [(key: String, value: JSONValue)]

    /// An object of `entries`.
    public init(_ entries: [(key: String, value: JSONValue)]) {
        self.entries = entries
    }

    /// The object `value` holds; `nil` when it is not an object.
    public init?(_ value: JSONValue?) {
        guard case .object(let entries)? = value else { return nil }
        self.entries = entries
    }

    /// The value of `key`; objects in models are small, so a scan is cheapest.
    public subscript(key: String) -> JSONValue? {
        entries.first { $0.key == key }?.value
    }

    /// The keys, in document order.
    public var keys: [String] { entries.map(\.key) }

    /// The string under `key`, if it is one.
    public func string(_ key: String) -> String? {
        if case .string(let value)? = self[key] { return value }
        return nil
    }

    /// The object under `key`, if it is one.
    public func object(_ key: String) -> JSONObject? { JSONObject(self[key]) }

    /// `true` only for a JSON `true`.
    public func bool(_ key: String) -> Bool {
        if case .boolean(true)? = self[key] { return true }
        return false
    }

    /// A number's text as written (`9223372036854775807` stays exact).
    public func number(_ key: String) -> String? {
        if case .number(let text)? = self[key] { return text }
        return nil
    }

    /// The strings of an array of strings; other elements are skipped.
    public func strings(_ key: String) -> [String] {
        guard case .array(let values)? = self[key] else { return [] }
        return values.compactMap { if case .string(let value) = $0 { value } else { nil } }
    }

    /// The objects of an array of objects; other elements are skipped.
    public func objects(_ key: String) -> [JSONObject] {
        guard case .array(let values)? = self[key] else { return [] }
        return values.compactMap(JSONObject.init)
    }
}
