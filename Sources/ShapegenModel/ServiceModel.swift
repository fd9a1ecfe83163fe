/// A service API as the generator sees it: service metadata, operations and shapes.
///
/// Operations and shapes keep the order in which the model file lists them; generated code sorts
/// them by name so that output does not depend on that order.
public struct ServiceModel: Sendable, Hashable {
    /// The model file's format version (`shapegen:` key).
    public var formatVersion: Int
    /// Service metadata.
    public var service: ServiceInfo
    /// The operations, in file order.
    public var operations: [Operation]
    /// The shapes, in file order.
    public var shapes: [Shape]
    /// The file the model was read from, as the user named it.
    public var sourcePath: String

    /// Creates a model.
    public init(formatVersion: Int, service: ServiceInfo, operations: [Operation], shapes: [Shape], sourcePath: String)
    {
        self.formatVersion = formatVersion
        self.service = service
        self.operations = operations
        self.shapes = shapes
        self.sourcePath = sourcePath
    }

    /// The shape with `name`, if the model has one.
    public func shape(named name: String) -> Shape? {
        shapes.first { $0.name == name }
    }

    /// The shapes by name, for repeated look-ups.
    public var shapesByName: [String: Shape] {
        Dictionary(shapes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// The wire protocols AWS services speak.
public enum WireProtocol: String, Sendable, Hashable, CaseIterable {
    case restJSON = "rest-json"
    case json
    case query
    case restXML = "rest-xml"
    case ec2
    case rpcV2CBOR = "smithy-rpc-v2-cbor"
}

/// Service-level metadata: names, version, protocol and signing.
public struct ServiceInfo: Sendable, Hashable {
    /// The service's name, used for the output folder and type names (e.g. `Batch`).
    public var name: String
    /// The API version, e.g. `2016-08-10`.
    public var apiVersion: String
    /// The wire protocol.
    public var wireProtocol: WireProtocol
    /// The SigV4 signing name.
    public var signingName: String?
    /// The endpoint prefix, as in `batch.us-east-1.amazonaws.com`.
    public var endpointPrefix: String?
    /// The JSON version for the `json` protocol (`1.0` or `1.1`).
    public var jsonVersion: String?
    /// The `X-Amz-Target` prefix for the `json` protocol.
    public var targetPrefix: String?
    /// The service's documentation, Markdown.
    public var documentation: String?
    /// Traits the generator carries but does not interpret.
    public var traits: Traits = [:]
    /// Where the `service` mapping starts.
    public var location: SourceLocation?

    /// Creates service metadata.
    public init(
        name: String, apiVersion: String, wireProtocol: WireProtocol, signingName: String? = nil,
        endpointPrefix: String? = nil, jsonVersion: String? = nil, targetPrefix: String? = nil,
        documentation: String? = nil, traits: Traits = [:], location: SourceLocation? = nil
    ) {
        self.name = name
        self.apiVersion = apiVersion
        self.wireProtocol = wireProtocol
        self.signingName = signingName
        self.endpointPrefix = endpointPrefix
        self.jsonVersion = jsonVersion
        self.targetPrefix = targetPrefix
        self.documentation = documentation
        self.traits = traits
        self.location = location
    }
}
