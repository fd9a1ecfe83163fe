import Foundation

/// Collects violations while a value and everything it holds are checked.
///
/// Generated `validate(in:)` methods call these checks member by member; each check names the
/// member, and the context turns the names into paths such as `filters[0].values[1]`.
public struct ValidationContext: Sendable {
    private enum PathComponent: Sendable {
        case member(String)
        case index(Int)
        case key(String)
    }

    private var path: [PathComponent] = []
    /// What has been found so far.
    public private(set) var violations: [ValidationViolation] = []

    /// Creates an empty context.
    public init() {}

    /// Records a violation at the current path, or at `member` below it.
    public mutating func report(_ member: String?, _ message: String) {
        var components = path
        if let member { components.append(.member(member)) }
        violations.append(ValidationViolation(path: Self.render(components), message: message))
    }

    /// Records that a union holds `member`, which this version of the model does not know (it was
    /// decoded from a response): only its name was kept, so it cannot be sent.
    public mutating func unknownMember(_ member: String) {
        report(member, "is a member this version of the model does not know; it cannot be sent")
    }

    private static func render(_ components: [PathComponent]) -> String {
        var text = ""
        for component in components {
            switch component {
            case .member(let name): text += text.isEmpty ? name : "." + name
            case .index(let index): text += "[\(index)]"
            case .key(let key):
                let escaped = key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
                    of: "\"", with: "\\\"")
                text += "[\"\(escaped)\"]"
            }
        }
        return text
    }

    private mutating func within(_ member: String?, _ body: (inout ValidationContext) -> Void) {
        if let member { path.append(.member(member)) }
        body(&self)
        if member != nil { path.removeLast() }
    }

    // MARK: Scalars

    /// Checks a number against inclusive bounds; `condition` is the rule's that applies them, which
    /// the message names ("must be at most 100 when filters is set").
    ///
    /// Values of sensitive members are never shown in messages.
    public mutating func value<Number: Comparable>(
        _ value: Number?, _ member: String?, min: Number? = nil, max: Number? = nil, sensitive: Bool = false,
        when condition: String? = nil
    ) {
        guard let value else { return }
        let shown = sensitive ? "a sensitive value" : "\(value)"
        let when = Self.when(condition)
        if let min, value < min { report(member, "must be at least \(min)\(when), got \(shown)") }
        if let max, value > max { report(member, "must be at most \(max)\(when), got \(shown)") }
    }

    /// Checks a string's length in Unicode scalars, its pattern and its allowed values; `message`
    /// replaces the pattern's wording, and `condition` is the rule's that applies the checks.
    ///
    /// Values of sensitive members are never quoted in messages.
    public mutating func string(
        _ value: String?, _ member: String?, minLength: Int? = nil, maxLength: Int? = nil,
        pattern: RegexPattern? = nil, allowedValues: [String]? = nil, sensitive: Bool = false, message: String? = nil,
        when condition: String? = nil
    ) {
        guard let value else { return }
        let shown = sensitive ? "a sensitive value" : Self.quoted(value)
        let length = value.unicodeScalars.count
        let when = Self.when(condition)
        if let minLength, length < minLength {
            report(member, "must be at least \(Self.plural(minLength, "character")) long\(when), got \(length)")
        }
        if let maxLength, length > maxLength {
            report(member, "must be at most \(Self.plural(maxLength, "character")) long\(when), got \(length)")
        }
        if let pattern, !pattern.matches(value) {
            report(member, (message ?? "must match the pattern \(pattern.source)") + "\(when), got \(shown)")
        }
        if let allowedValues, !allowedValues.contains(value) {
            report(member, "must be one of \(allowedValues.joined(separator: ", "))\(when), got \(shown)")
        }
    }

    /// Checks a blob's length in bytes; `condition` is the rule's that applies the bounds.
    public mutating func blob(
        _ value: Data?, _ member: String?, minLength: Int? = nil, maxLength: Int? = nil, when condition: String? = nil
    ) {
        guard let value else { return }
        let when = Self.when(condition)
        if let minLength, value.count < minLength {
            report(member, "must be at least \(Self.plural(minLength, "byte")) long\(when), got \(value.count)")
        }
        if let maxLength, value.count > maxLength {
            report(member, "must be at most \(Self.plural(maxLength, "byte")) long\(when), got \(value.count)")
        }
    }

    /// ` when filters is set`, or nothing without a condition.
    private static func when(_ condition: String?) -> String {
        condition.map { " when " + $0 } ?? ""
    }

    /// Checks that an enum holds a value the model lists.
    public mutating func known<Value: ShapeEnum>(_ value: Value?, _ member: String?, sensitive: Bool = false) {
        guard let value, !value.isKnown else { return }
        let known = Value.allCases.map(\.rawValue).joined(separator: ", ")
        report(member, "must be one of \(known), got \(sensitive ? "a sensitive value" : Self.quoted(value.rawValue))")
    }

    /// Checks a nested structure.
    public mutating func nested<Value: Validatable>(_ value: Value?, _ member: String?) {
        guard let value else { return }
        within(member) { value.validate(in: &$0) }
    }

    // MARK: Collections

    /// Checks a list's element count, then each element with `element`.
    public mutating func list<Element>(
        _ value: [Element]?, _ member: String?, minCount: Int? = nil, maxCount: Int? = nil,
        element: ((inout ValidationContext, Element) -> Void)? = nil
    ) {
        guard let value else { return }
        checkCount(value.count, member, minCount: minCount, maxCount: maxCount)
        guard let element else { return }
        within(member) { context in
            for (index, item) in value.enumerated() {
                context.path.append(.index(index))
                element(&context, item)
                context.path.removeLast()
            }
        }
    }

    /// Checks a map's entry count, then each key and value, in key order.
    public mutating func map<Value>(
        _ value: [String: Value]?, _ member: String?, minCount: Int? = nil, maxCount: Int? = nil,
        key: ((inout ValidationContext, String) -> Void)? = nil,
        value checkValue: ((inout ValidationContext, Value) -> Void)? = nil
    ) {
        guard let value else { return }
        checkCount(value.count, member, minCount: minCount, maxCount: maxCount)
        guard key != nil || checkValue != nil else { return }
        within(member) { context in
            for entryKey in value.keys.sorted() {
                context.path.append(.key(entryKey))
                key?(&context, entryKey)
                if let entry = value[entryKey] { checkValue?(&context, entry) }
                context.path.removeLast()
            }
        }
    }

    private mutating func checkCount(_ count: Int, _ member: String?, minCount: Int?, maxCount: Int?) {
        if let minCount, count < minCount {
            report(member, "must have at least \(Self.plural(minCount, "element")), got \(count)")
        }
        if let maxCount, count > maxCount {
            report(member, "must have at most \(Self.plural(maxCount, "element")), got \(count)")
        }
    }

    // MARK: Member groups

    /// Checks that exactly one of the named members is set; `members` pairs names with "is set".
    public mutating func exactlyOne(of members: KeyValuePairs<String, Bool>) {
        let set = members.filter(\.value).map(\.key)
        guard set.count != 1 else { return }
        let names = members.map(\.key).joined(separator: ", ")
        let found = set.isEmpty ? "none is" : Self.list(set) + " are"
        report(nil, "exactly one of \(names) must be set, but \(found)")
    }

    /// Checks that at most one of the named members is set.
    public mutating func atMostOne(of members: KeyValuePairs<String, Bool>) {
        let set = members.filter(\.value).map(\.key)
        guard set.count > 1 else { return }
        report(
            nil, "at most one of \(members.map(\.key).joined(separator: ", ")) may be set, but \(Self.list(set)) are")
    }

    // MARK: Text

    private static func plural(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }

    private static func list(_ names: [String]) -> String {
        names.count <= 2
            ? names.joined(separator: " and ")
            : names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }

    /// The value in quotes, cut short if long.
    private static func quoted(_ value: String) -> String {
        let limit = 64
        let shown =
            value.unicodeScalars.count > limit
            ? String(String.UnicodeScalarView(value.unicodeScalars.prefix(limit))) + "…" : value
        return "\"" + shown + "\""
    }
}
