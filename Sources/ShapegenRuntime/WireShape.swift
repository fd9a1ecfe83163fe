/// How a value travels in the XML, query and CBOR protocols (query, ec2, rest-xml,
/// smithy-rpc-v2-cbor), whose wire form depends on more than the `Codable` form says: element
/// and parameter names, wrapped or flattened lists and maps, attributes, timestamp formats, blobs
/// as bytes.
///
/// Generated structures of those protocols describe their members once (``WireStructure``); the
/// runtime walks the description to write a request and (for XML) to read a response.
public indirect enum WireShape: Sendable {
    /// A structure, described by its type.
    case structure(any WireStructure.Type)
    /// A list: its element, the element's name when the list is wrapped (`member` by default),
    /// whether it is flattened (its elements repeat the member's own name) and the namespace its
    /// elements declare.
    case list(WireShape, memberName: String? = nil, flattened: Bool = false, memberNamespace: XMLNamespace? = nil)
    /// A map: key and value, their names (`key` and `value` by default), whether it is flattened
    /// (its entries repeat the member's own name instead of sitting in `entry` elements) and the
    /// namespaces its keys and values declare.
    case map(
        key: WireShape, value: WireShape, keyName: String? = nil, valueName: String? = nil, flattened: Bool = false,
        keyNamespace: XMLNamespace? = nil, valueNamespace: XMLNamespace? = nil)
    /// A string or an enum.
    case string
    /// A boolean.
    case boolean
    /// An integer or a long.
    case integer
    /// A float or a double.
    case floatingPoint
    /// A blob, base64-encoded on the wire.
    case blob
    /// A timestamp, in `format` or the protocol's default (ISO 8601).
    case timestamp(HTTPValueFormat? = nil)

    /// Whether the value is one piece of text on the wire: not a structure, list or map.
    var isScalar: Bool {
        switch self {
        case .structure, .list, .map: false
        default: true
        }
    }
}

/// One member of a structure in the XML, query and CBOR protocols.
public struct WireMember: Sendable {
    /// The member's key in the `Codable` form: its name (XML and query protocols) or wire name (CBOR).
    public var name: String
    /// How its value travels.
    public var shape: WireShape
    /// Its element or parameter name, when it differs from ``name`` (`locationName`).
    public var wireName: String?
    /// ec2: its parameter name, when the model gives one (`queryName`).
    public var queryName: String?
    /// rest-xml: whether it is an attribute of its structure's element rather than a child.
    public var isAttribute: Bool
    /// rest-xml: the namespace its element declares, if any.
    public var namespace: XMLNamespace?

    /// Describes a member.
    public init(
        _ name: String, _ shape: WireShape, wireName: String? = nil, queryName: String? = nil,
        isAttribute: Bool = false,
        namespace: XMLNamespace? = nil
    ) {
        self.name = name
        self.shape = shape
        self.wireName = wireName
        self.queryName = queryName
        self.isAttribute = isAttribute
        self.namespace = namespace
    }

    /// The element name, or the parameter name of the query protocol.
    var elementName: String { wireName ?? name }
}

/// A generated structure of an XML, query or CBOR protocol service, which lists its members' wire forms.
public protocol WireStructure: Sendable {
    /// The members, in the model's order.
    static var wireMembers: [WireMember] { get }
}

/// A generated union of an XML, query or CBOR protocol service: one member on the wire. An element
/// its description does not know is kept by name, so that a member added later decodes into the
/// union's `sdkUnknown` case.
public protocol WireUnion: WireStructure {}
