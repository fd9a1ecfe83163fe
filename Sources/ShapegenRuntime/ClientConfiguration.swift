import Foundation

/// How a client is set up: where it sends requests, whether it validates and signs them, and how
/// it retries.
public struct ClientConfiguration: Sendable {
    /// The AWS region, e.g. `eu-west-1`: it picks the default endpoint and is part of a signature.
    ///
    /// A region is lower-case letters, digits and hyphens; a client with any other region throws
    /// ``ClientError/invalidRegion(_:)`` instead of sending.
    public var region: String
    /// An explicit endpoint, such as a local test server; overrides the region's endpoint.
    public var endpoint: URL?
    /// Whether inputs are validated before they are sent.
    public var validatesInput: Bool
    /// Signs every attempt of every request; `nil` (the default) sends requests unsigned.
    public var signer: (any RequestSigner)?
    /// How failed attempts are retried and how long one attempt may take.
    ///
    /// The default, ``RetryPolicy/none``, makes one attempt; ``RetryPolicy/standard`` is the
    /// recommended setting for talking to AWS.
    public var retryPolicy: RetryPolicy
    /// Whether an operation that AWS serves from a host of its own (the model's `hostPrefix`, such
    /// as `data-` in `data-servicediscovery.us-east-1.amazonaws.com`) gets that prefix in front of
    /// the endpoint's host, explicit endpoints included, as AWS SDKs do. Turn it off for a local
    /// server that has one address for everything, such as `127.0.0.1`.
    public var injectsHostPrefix: Bool
    /// The protocol to speak, for a service that offers more than one (its ``ServiceDescription/alternativeProtocols``):
    /// `.json` for a service that prefers smithy-rpc-v2-cbor. `nil` (the default) speaks the model's.
    public var wireProtocol: ServiceDescription.WireProtocol?

    /// Creates a configuration.
    public init(
        region: String = "us-east-1", endpoint: URL? = nil, validatesInput: Bool = true,
        signer: (any RequestSigner)? = nil, retryPolicy: RetryPolicy = .none, injectsHostPrefix: Bool = true,
        wireProtocol: ServiceDescription.WireProtocol? = nil
    ) {
        self.region = region
        self.endpoint = endpoint
        self.validatesInput = validatesInput
        self.signer = signer
        self.retryPolicy = retryPolicy
        self.injectsHostPrefix = injectsHostPrefix
        self.wireProtocol = wireProtocol
    }
}
