/// Supplies the credentials a ``SigV4Signer`` signs with.
public protocol CredentialProvider: Sendable {
    /// The current credentials.
    ///
    /// - Throws: ``CredentialError/notConfigured(source:)`` when this source has no credentials
    ///   (a chain then tries the next source), or another ``CredentialError`` when it has broken ones.
    func credentials() async throws -> AWSCredentials
}

/// Always the same credentials, given in code.
public struct StaticCredentialProvider: CredentialProvider, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    private let value: AWSCredentials

    /// Creates a provider of `credentials`.
    public init(_ credentials: AWSCredentials) {
        value = credentials
    }

    /// Creates a provider of the given key.
    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil) {
        self.init(
            AWSCredentials(accessKeyID: accessKeyID, secretAccessKey: secretAccessKey, sessionToken: sessionToken))
    }

    /// The credentials given at creation.
    public func credentials() async throws -> AWSCredentials { value }

    /// Names the key ID only.
    public var description: String { "StaticCredentialProvider(\(value))" }

    /// The same as ``description``.
    public var debugDescription: String { description }

    /// A mirror that shows the redacted credentials.
    public var customMirror: Mirror { Mirror(self, children: ["credentials": value]) }
}
