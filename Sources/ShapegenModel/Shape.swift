/// A named type in the model: a structure, a collection, an enum or a scalar.
public struct Shape: Sendable, Hashable {
    /// The shape's name, e.g. `ListJobsRequest`.
    public var name: String
    /// What kind of value the shape describes.
    public var kind: ShapeKind
    /// Documentation, Markdown.
    public var documentation: String?
    /// Length (strings, lists, maps, blobs) or value (numbers) bounds and a pattern.
    public var constraints: Constraints
    /// Whether values are secrets that must never be printed.
    public var isSensitive: Bool
    /// Whether the shape is deprecated, and why.
    public var deprecation: Deprecation?
    /// Set on structures that are returned as errors.
    public var error: ErrorTrait?
    /// A Swift type name to use instead of the one derived from `name`.
    public var swiftName: String?
    /// Traits the generator carries but does not interpret.
    public var traits: Traits = [:]
    /// Where the shape is declared.
    public var location: SourceLocation?

    /// Creates a shape.
    public init(
        name: String, kind: ShapeKind, documentation: String? = nil, constraints: Constraints = Constraints(),
        isSensitive: Bool = false, deprecation: Deprecation? = nil, error: ErrorTrait? = nil,
        location: SourceLocation? = nil
    ) {
        self.name = name
        self.kind = kind
        self.documentation = documentation
        self.constraints = constraints
        self.isSensitive = isSensitive
        self.deprecation = deprecation
        self.error = error
        self.location = location
    }
}

/// The kinds of shape, with what each kind holds.
public enum ShapeKind: Sendable, Hashable {
    case structure(Structure)
    case union(Structure)
    case list(member: Reference)
    case map(key: Reference, value: Reference)
    case string
    case `enum`([EnumValue])
    case integer
    case long
    case float
    case double
    case boolean
    case timestamp(TimestampFormat?)
    case blob
    /// Any JSON value (Smithy's document type).
    case document

    /// The name used in model files, e.g. `structure`.
    public var keyword: String {
        switch self {
        case .structure: "structure"
        case .union: "union"
        case .list: "list"
        case .map: "map"
        case .string: "string"
        case .enum: "enum"
        case .integer: "integer"
        case .long: "long"
        case .float: "float"
        case .double: "double"
        case .boolean: "boolean"
        case .timestamp: "timestamp"
        case .blob: "blob"
        case .document: "document"
        }
    }

    /// Whether the shape becomes a Swift type of its own in generated code: structures, unions and
    /// enums; the other kinds are written as the standard library's types.
    public var isGeneratedType: Bool {
        switch self {
        case .structure, .union, .enum: true
        default: false
        }
    }

    /// Whether the shape is a union: exactly one of its members is set.
    public var isUnion: Bool {
        if case .union = self { return true }
        return false
    }

    /// The structure or union body, if the shape has members.
    public var structure: Structure? {
        switch self {
        case .structure(let body), .union(let body): body
        default: nil
        }
    }

    /// Whether `min`/`max` bound the value rather than a length.
    public var isNumeric: Bool {
        switch self {
        case .integer, .long, .float, .double: true
        default: false
        }
    }

    /// Whether `min`/`max` bound a length or a count.
    public var hasLength: Bool {
        switch self {
        case .string, .list, .map, .blob: true
        default: false
        }
    }
}

/// How a timestamp is written on the wire.
public enum TimestampFormat: String, Sendable, Hashable, CaseIterable {
    case epochSeconds = "unixTimestamp"
    case iso8601
    case rfc822
}

/// The members of a structure or union and the rules that tie them together.
public struct Structure: Sendable, Hashable {
    /// The members, in file order.
    public var members: [Member]
    /// Groups of members of which exactly one must be set.
    public var exactlyOneOf: [MemberGroup]
    /// Groups of members of which at most one may be set.
    public var atMostOneOf: [MemberGroup]
    /// Rules that constrain a member only when another member has certain values.
    public var conditionalRules: [ConditionalRule]

    /// Creates a structure body.
    public init(
        members: [Member], exactlyOneOf: [MemberGroup] = [], atMostOneOf: [MemberGroup] = [],
        conditionalRules: [ConditionalRule] = []
    ) {
        self.members = members
        self.exactlyOneOf = exactlyOneOf
        self.atMostOneOf = atMostOneOf
        self.conditionalRules = conditionalRules
    }

    /// The member called `name`, if any.
    public func member(named name: String) -> Member? {
        members.first { $0.name == name }
    }
}

/// A set of member names that a rule treats together.
public struct MemberGroup: Sendable, Hashable {
    /// The members, in the order written.
    public var members: [Reference]
    /// Where the group is written.
    public var location: SourceLocation?

    /// Creates a group.
    public init(members: [Reference], location: SourceLocation? = nil) {
        self.members = members
        self.location = location
    }
}

/// "When member `when` has one of these values (or is set), member `then` must satisfy `constraints`."
///
/// AWS writes such rules in prose: the seed's `BEFORE_CREATED_AT` filter, whose values must be
/// decimal epoch seconds, is one; ListJobs' "when `--filters` is used, Batch returns up to 100
/// values" is another.
public struct ConditionalRule: Sendable, Hashable {
    /// What about `when` switches a rule on.
    public enum Condition: Sendable, Hashable {
        /// `in: [A, B]`: the member holds one of these values.
        case valueIn([String])
        /// `present: true` (the member is set) or `present: false` (it is not).
        case present(Bool)
    }

    /// The member whose value or presence selects the rule.
    public var when: Reference
    /// What about `when` switches the rule on.
    public var condition: Condition
    /// The member the rule constrains (for a list, each element).
    public var then: Reference
    /// What `then` must satisfy.
    public var constraints: Constraints
    /// What a violation says, e.g. "must be a decimal number of seconds since 1970".
    public var message: String?
    /// Where the rule is written.
    public var location: SourceLocation?

    /// Creates a rule.
    public init(
        when: Reference, condition: Condition, then: Reference, constraints: Constraints, message: String? = nil,
        location: SourceLocation? = nil
    ) {
        self.when = when
        self.condition = condition
        self.then = then
        self.constraints = constraints
        self.message = message
        self.location = location
    }

    /// The condition in words, as messages say it: `filters is set`, `name is A or B`.
    public var conditionText: String {
        switch condition {
        case .valueIn(let values): "\(when.name) is \(values.joined(separator: " or "))"
        case .present(let isSet): "\(when.name) is \(isSet ? "set" : "not set")"
        }
    }
}

/// A structure member: a name, the shape it holds and how it travels.
public struct Member: Sendable, Hashable {
    /// The member's name in the model and, unless `locationName` says otherwise, on the wire.
    public var name: String
    /// The shape of the member's value.
    public var target: Reference
    /// Whether the member must be present.
    public var isRequired: Bool
    /// Documentation, Markdown.
    public var documentation: String?
    /// Where the member travels in an HTTP request or response.
    public var httpLocation: HTTPLocation?
    /// The name on the wire (header, query key, URI label or JSON key), if not `name`.
    public var locationName: String?
    /// Constraints added to those of the target shape.
    public var constraints: Constraints
    /// Whether the member is deprecated, and why.
    public var deprecation: Deprecation?
    /// A Swift name to use instead of the one derived from `name`.
    public var swiftName: String?
    /// Traits the generator carries but does not interpret.
    public var traits: Traits = [:]
    /// Where the member is declared.
    public var location: SourceLocation?

    /// Creates a member.
    public init(
        name: String, target: Reference, isRequired: Bool = false, documentation: String? = nil,
        httpLocation: HTTPLocation? = nil, locationName: String? = nil, constraints: Constraints = Constraints(),
        deprecation: Deprecation? = nil, swiftName: String? = nil, location: SourceLocation? = nil
    ) {
        self.name = name
        self.target = target
        self.isRequired = isRequired
        self.documentation = documentation
        self.httpLocation = httpLocation
        self.locationName = locationName
        self.constraints = constraints
        self.deprecation = deprecation
        self.swiftName = swiftName
        self.location = location
    }

    /// The key the member has in a JSON body.
    public var wireName: String { locationName ?? name }
}

/// Where a member is carried in an HTTP message.
public enum HTTPLocation: String, Sendable, Hashable, CaseIterable {
    case uri
    case querystring
    case header
    case headers
    case payload
    case statusCode
}

/// Bounds, a pattern and a set of allowed values.
///
/// On a shape they hold wherever the shape is used; on a member they hold in addition.
public struct Constraints: Sendable, Hashable {
    /// The least length (strings, lists, maps, blobs) or value (numbers).
    public var min: Bound?
    /// The greatest length or value.
    public var max: Bound?
    /// A regular expression the whole string must match.
    public var pattern: Pattern?
    /// Values a string must be one of.
    public var allowedValues: [String]?
    /// Where `allowedValues` is written.
    public var allowedValuesLocation: SourceLocation?

    /// Creates constraints; all are optional.
    public init(
        min: Bound? = nil, max: Bound? = nil, pattern: Pattern? = nil, allowedValues: [String]? = nil,
        allowedValuesLocation: SourceLocation? = nil
    ) {
        self.min = min
        self.max = max
        self.pattern = pattern
        self.allowedValues = allowedValues
        self.allowedValuesLocation = allowedValuesLocation
    }

    /// Whether nothing is constrained.
    public var isEmpty: Bool { min == nil && max == nil && pattern == nil && allowedValues == nil }
}

/// A numeric bound as written, with where it was written.
///
/// The text is kept so that integer bounds such as `9223372036854775807` stay exact.
public struct Bound: Sendable, Hashable {
    /// The bound as written, e.g. `100`, `0.5` or `1e3`.
    public var text: String
    /// Where it is written.
    public var location: SourceLocation?

    /// Creates a bound from its text; `nil` unless the text is a finite number.
    public init?(text: String, at location: SourceLocation? = nil) {
        guard let value = Double(text), value.isFinite else { return nil }
        self.text = text
        self.location = location
    }

    /// Creates a bound from a whole number.
    public init(_ value: Int64, at location: SourceLocation? = nil) {
        self.text = String(value)
        self.location = location
    }

    /// The bound's value.
    public var value: Double { Double(text) ?? .nan }

    /// The value as a whole number, if it is one that fits in 64 bits.
    public var integerValue: Int64? {
        if let exact = Int64(text) { return exact }
        let value = self.value
        guard value.rounded() == value, abs(value) < 9.2e18 else { return nil }
        return Int64(value)
    }
}

/// A regular expression as written, with where it was written.
public struct Pattern: Sendable, Hashable {
    /// The expression's source.
    public var source: String
    /// Where it is written.
    public var location: SourceLocation?

    /// Creates a pattern.
    public init(_ source: String, at location: SourceLocation? = nil) {
        self.source = source
        self.location = location
    }
}

/// One value of an enum shape.
public struct EnumValue: Sendable, Hashable {
    /// The value on the wire, e.g. `SUBMITTED`.
    public var value: String
    /// A Swift case name to use instead of the derived one.
    public var swiftName: String?
    /// Documentation, Markdown.
    public var documentation: String?
    /// Where the value is written.
    public var location: SourceLocation?

    /// Creates an enum value.
    public init(
        _ value: String, swiftName: String? = nil, documentation: String? = nil, location: SourceLocation? = nil
    ) {
        self.value = value
        self.swiftName = swiftName
        self.documentation = documentation
        self.location = location
    }
}

/// Marks a structure as an error the service returns.
public struct ErrorTrait: Sendable, Hashable {
    /// Who is at fault.
    public enum Fault: String, Sendable, Hashable, CaseIterable {
        case client
        case server
    }

    /// The HTTP status the service answers with.
    public var httpStatus: Int?
    /// Who is at fault.
    public var fault: Fault
    /// The error code on the wire, if not the shape's name.
    public var code: String?

    /// Creates an error trait.
    public init(httpStatus: Int? = nil, fault: Fault = .client, code: String? = nil) {
        self.httpStatus = httpStatus
        self.fault = fault
        self.code = code
    }
}
