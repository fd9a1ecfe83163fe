/// What kind of change an event records; the raw value is the stable name used in JSON output.
public enum DiffEventKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Service metadata (protocol, signing name, endpoint prefix, API version…) changed.
    case serviceChanged = "ServiceChanged"
    /// An operation was added.
    case operationAdded = "OperationAdded"
    /// An operation was removed.
    case operationRemoved = "OperationRemoved"
    /// An operation's input structure is another shape (or was added or removed).
    case operationInputChanged = "OperationInputChanged"
    /// An operation's output structure is another shape (or was added or removed).
    case operationOutputChanged = "OperationOutputChanged"
    /// An HTTP method, URI, response code, member location or wire name changed.
    case httpBindingChanged = "HttpBindingChanged"
    /// An operation became paginated.
    case paginationAdded = "PaginationAdded"
    /// An operation is no longer paginated.
    case paginationRemoved = "PaginationRemoved"
    /// An operation's tokens, limit or items changed.
    case paginationChanged = "PaginationChanged"
    /// An operation may return a new error.
    case errorAdded = "ErrorAdded"
    /// An operation no longer lists an error.
    case errorRemoved = "ErrorRemoved"
    /// A shape was added.
    case shapeAdded = "ShapeAdded"
    /// A shape was removed.
    case shapeRemoved = "ShapeRemoved"
    /// A shape, member, list element or map key/value now has another type.
    case typeChanged = "TypeChanged"
    /// A member, list element or map key/value now refers to another shape of the same type.
    case targetChanged = "TargetChanged"
    /// A structure gained a member.
    case memberAdded = "MemberAdded"
    /// A structure lost a member.
    case memberRemoved = "MemberRemoved"
    /// A member became required.
    case requiredAdded = "RequiredAdded"
    /// A member is no longer required.
    case requiredRemoved = "RequiredRemoved"
    /// An enum gained a value.
    case enumValueAdded = "EnumValueAdded"
    /// An enum lost a value.
    case enumValueRemoved = "EnumValueRemoved"
    /// A length, range, pattern, allowed-values or member-group constraint accepts less than before.
    case constraintNarrowed = "ConstraintNarrowed"
    /// A constraint accepts more than before.
    case constraintWidened = "ConstraintWidened"
    /// A pattern was replaced by another, which may accept more or less.
    case constraintChanged = "ConstraintChanged"
    /// A structure's error trait (code, status, fault) changed, was added or removed.
    case errorTraitChanged = "ErrorTraitChanged"
    /// A shape or member became sensitive, or stopped being so.
    case sensitiveChanged = "SensitiveChanged"
    /// An operation, shape, member or enum value was deprecated or undeprecated.
    case deprecationChanged = "DeprecationChanged"
    /// A Swift name given in the model changed, renaming a generated declaration.
    case swiftNameChanged = "SwiftNameChanged"
    /// A trait the generator carries but does not interpret changed.
    case traitChanged = "TraitChanged"
    /// Only documentation changed.
    case documentationChanged = "DocumentationChanged"

    /// The position of the kind in declaration order, used to sort events.
    var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
