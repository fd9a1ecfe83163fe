import Foundation
import HTTPTypes

/// What a signer needs to know about the call besides the request itself.
public struct SigningContext: Sendable, Hashable {
    /// The service's signing name, e.g. `batch`.
    public var signingName: String
    /// The region the request is signed for, e.g. `eu-west-1`.
    public var region: String
    /// The operation being called, e.g. `ListJobs`.
    public var operation: String

    /// Creates a signing context.
    public init(signingName: String, region: String, operation: String) {
        self.signingName = signingName
        self.region = region
        self.operation = operation
    }
}

/// Adds authentication to a request just before it is sent: the hook for AWS Signature Version 4
/// (`SigV4Signer` in `ShapegenSigV4`) or any other scheme.
///
/// The client calls the signer once per attempt, so a retried request gets a fresh signature.
public protocol RequestSigner: Sendable {
    /// Returns `request`, whose body is `body`, with its authentication added, e.g. `Authorization`
    /// and `X-Amz-Date`.
    func sign(_ request: HTTPRequest, body: Data, context: SigningContext) async throws -> HTTPRequest
}
