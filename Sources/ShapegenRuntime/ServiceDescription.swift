import Foundation

/// The wire facts about a service that its client needs: protocol, names and versions.
public struct ServiceDescription: Sendable, Hashable {
    /// The protocols the runtime knows about.
    public enum WireProtocol: String, Sendable, Hashable {
        case restJSON = "rest-json"
        case json
        case query
        case restXML = "rest-xml"
        case ec2
        case rpcV2CBOR = "smithy-rpc-v2-cbor"

        /// Whether responses are XML: query, ec2 and rest-xml.
        public var isXML: Bool { self == .query || self == .ec2 || self == .restXML }
    }

    /// The service's name, e.g. `Batch`.
    public var name: String
    /// The API version, e.g. `2016-08-10`.
    public var apiVersion: String
    /// The wire protocol.
    public var wireProtocol: WireProtocol
    /// The endpoint prefix, e.g. `batch`.
    public var endpointPrefix: String?
    /// The SigV4 signing name.
    public var signingName: String?
    /// The `X-Amz-Target` prefix of the `json` protocol.
    public var targetPrefix: String?
    /// The JSON version of the `json` protocol, `1.0` or `1.1`.
    public var jsonVersion: String?
    /// The other protocols the service offers that its generated code can speak too, which
    /// ``ClientConfiguration/wireProtocol`` may choose: `json` for a smithy-rpc-v2-cbor service.
    public var alternativeProtocols: [WireProtocol]
    /// Whether a `json` service answers as its earlier query protocol API did (`awsQueryCompatible`):
    /// requests say so in `x-amzn-query-mode`, and errors carry their query error code in
    /// `x-amzn-query-error`.
    public var isQueryCompatible: Bool

    /// Creates a service description.
    public init(
        name: String, apiVersion: String, wireProtocol: WireProtocol, endpointPrefix: String? = nil,
        signingName: String? = nil, targetPrefix: String? = nil, jsonVersion: String? = nil,
        alternativeProtocols: [WireProtocol] = [], isQueryCompatible: Bool = false
    ) {
        self.name = name
        self.apiVersion = apiVersion
        self.wireProtocol = wireProtocol
        self.endpointPrefix = endpointPrefix
        self.signingName = signingName
        self.targetPrefix = targetPrefix
        self.jsonVersion = jsonVersion
        self.alternativeProtocols = alternativeProtocols
        self.isQueryCompatible = isQueryCompatible
    }
}

/// One operation's wire facts: name, HTTP binding and the errors it models.
public struct OperationDescription: Sendable {
    /// The operation's name, e.g. `ListJobs`.
    public var name: String
    /// The HTTP method.
    public var method: String
    /// The request URI template.
    public var uri: String
    /// The modelled errors the operation can return.
    public var errors: [any ServiceErrorShape.Type]
    /// rest-json: whether the input has members that travel in the JSON body. Without any (and
    /// without a payload member) the request has no body, as botocore sends it.
    public var inputHasBody: Bool
    /// rest-json: whether the output's body is one payload member rather than a JSON object of members.
    public var outputHasPayload: Bool
    /// The host AWS serves the operation from, in front of the service's (`data-`, or
    /// `{graphIdentifier}.` with ``hostLabels`` filling the labels); see
    /// ``ClientConfiguration/injectsHostPrefix``.
    public var hostPrefix: String?
    /// The values of the input's host-label members, by member name.
    public var hostLabels: [String: String]
    /// Whether the input is an event stream, which this runtime does not implement yet: such an
    /// operation throws ``ClientError/eventStreamNotSupported(operation:)`` without sending.
    public var streamsEvents: Bool
    /// The output's event stream, which the client reads into the output's ``EventStream`` member.
    public var outputEventStream: EventStreamDescription?
    /// rest-xml: the document element that the input's body members are written in.
    public var xmlRoot: XMLRoot?
    /// Whether the model requires a checksum of the request body (`httpChecksumRequired`, or
    /// `httpChecksum` with `requestChecksumRequired`), which the client sends as
    /// `x-amz-checksum-crc32` unless the request carries one.
    public var requiresChecksum: Bool

    /// Creates an operation description.
    public init(
        name: String, method: String, uri: String, errors: [any ServiceErrorShape.Type] = [], inputHasBody: Bool = true,
        outputHasPayload: Bool = false, hostPrefix: String? = nil, hostLabels: [String: String] = [:],
        streamsEvents: Bool = false,
        outputEventStream: EventStreamDescription? = nil, xmlRoot: XMLRoot? = nil, requiresChecksum: Bool = false
    ) {
        self.name = name
        self.method = method
        self.uri = uri
        self.errors = errors
        self.inputHasBody = inputHasBody
        self.outputHasPayload = outputHasPayload
        self.hostPrefix = hostPrefix
        self.hostLabels = hostLabels
        self.streamsEvents = streamsEvents
        self.outputEventStream = outputEventStream
        self.xmlRoot = xmlRoot
        self.requiresChecksum = requiresChecksum
    }
}
