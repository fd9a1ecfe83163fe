import ShapegenModel

/// The Swift names generated code gives to a model's types, members, enum cases and operations.
///
/// The checker uses the same names to report collisions before anything is generated.
public enum SwiftNames {
    /// The type name for a shape, e.g. `ListJobsRequest`.
    public static func type(of shape: Shape) -> String {
        shape.swiftName ?? SwiftNaming.typeName(shape.name)
    }

    /// The property name for a member, unescaped, e.g. `jobQueue`.
    public static func property(of member: Member) -> String {
        member.swiftName ?? SwiftNaming.lowerCamel(member.name)
    }

    /// The stored property that holds a member's value, unescaped: the property itself, or for a
    /// deprecated member an undeprecated `_jobName` behind it, so that generated code can read and
    /// write the value without deprecation warnings that only users' code should get.
    public static func storage(of member: Member) -> String {
        member.deprecation == nil ? property(of: member) : "_" + property(of: member)
    }

    /// The case name for an enum value, unescaped, e.g. `submitted` for `SUBMITTED`.
    ///
    /// A derived name that a static member of generated enums has (`ALL_CASES` → `allCases`) gets
    /// a trailing underscore; a `swiftName` is kept as written (the checker rejects such a one).
    public static func enumCase(of value: EnumValue) -> String {
        if let swiftName = value.swiftName { return swiftName }
        let derived = SwiftNaming.lowerCamel(value.value)
        return enumStaticMemberNames.contains(derived) ? derived + "_" : derived
    }

    /// Static members generated enums declare, which cases must not take.
    public static let enumStaticMemberNames: Set<String> = ["allCases"]

    /// The method name for an operation, e.g. `listJobs`.
    public static func method(of operation: Operation) -> String {
        SwiftNaming.lowerCamel(operation.name)
    }

    /// The key of a member in generated `Codable` conformances (JSON).
    ///
    /// For JSON protocols that is the name on the wire; other protocols (XML, query) name their
    /// elements differently, so their JSON form uses the member's own, unique name.
    public static func codingKey(of member: Member, in service: ServiceInfo) -> String {
        switch service.wireProtocol {
        case .json, .restJSON, .rpcV2CBOR: member.wireName
        case .query, .restXML, .ec2: member.name
        }
    }

    /// The case that holds values an enum does not know, e.g. one the service added later.
    public static let unknownEnumCase = "unknown"

    /// The case of a union (a Swift enum) that holds a member the union does not know, by its name
    /// on the wire, e.g. one the service added later.
    public static let unknownUnionCase = "sdkUnknown"

    /// Names generated code declares inside structures, or that would break them, which members
    /// must not take: as an initializer parameter, `self` would hide `self` itself.
    public static let reservedMemberNames: Set<String> = [
        "validate", "encode", "hash", "hashValue", "init", "self", mirrorProperty,
    ]

    /// The property that mirrors a structure with sensitive members (`CustomReflectable`).
    public static let mirrorProperty = "customMirror"

    /// The name of the service protocol, e.g. `BatchAPI`.
    public static func serviceProtocol(_ service: ServiceInfo) -> String { serviceType(service) + "API" }

    /// The name of the client, e.g. `BatchClient`.
    public static func client(_ service: ServiceInfo) -> String { serviceType(service) + "Client" }

    /// The name of the mock, e.g. `BatchMock`.
    public static func mock(_ service: ServiceInfo) -> String { serviceType(service) + "Mock" }

    /// The service's name as a type name prefix, e.g. `Batch`.
    public static func serviceType(_ service: ServiceInfo) -> String { SwiftNaming.upperCamel(service.name) }

    /// The enum that namespaces the service's shapes, e.g. `Batch` for `Batch.ListJobsRequest`.
    ///
    /// Shapes are nested in it so that importing a service never hides a standard-library or
    /// Foundation name (S3 declares `Error`, ECS `Task`) and two services' `Tag` never clash.
    public static func namespace(_ service: ServiceInfo) -> String { serviceType(service) }

    /// Types of the standard library, Foundation and the runtime that importers name unqualified,
    /// which a service's namespace (a top-level type) must not take: it would hide them.
    public static let standardTypeNames: Set<String> = [
        "Any", "Array", "Bool", "Character", "Data", "Date", "Decimal", "Dictionary", "Double", "Duration", "Error",
        "Float", "Int", "Int32", "Int64", "Locale", "Measurement", "Never", "Notification", "Operation", "Optional",
        "Predicate", "Process", "Progress", "Range", "Result", "Sequence", "Set", "Stream", "String", "Task", "Thread",
        "TimeZone", "Timer", "UInt", "URL", "URLRequest", "URLSession", "UUID", "Void",
        "ClientConfiguration", "Document", "ServiceClient", "ServiceError", "ValidationError",
    ]

    /// The service's output folder name, e.g. `Batch`.
    public static func folder(_ service: ServiceInfo) -> String { serviceType(service) }

}
