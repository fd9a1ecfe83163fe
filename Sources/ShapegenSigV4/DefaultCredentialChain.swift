import Foundation

/// The usual places, in order: environment variables, then the shared credentials and config files.
///
/// The first source with credentials wins; sources that have none (``CredentialError/notConfigured(source:)``)
/// are skipped, while a broken source (a key ID without a secret, a profile named in `AWS_PROFILE`
/// that does not exist, an unreadable file) stops the search with its error. Credentials that were
/// found are kept for the chain's lifetime.
public struct DefaultCredentialChain: CredentialProvider, CustomStringConvertible {
    /// The sources, in the order they are tried.
    public let providers: [any CredentialProvider]
    private let cache = Cache()

    /// Creates the standard chain over the process environment.
    public init() {
        self.init(providers: [EnvironmentCredentialProvider(), ProfileCredentialProvider()])
    }

    /// Creates the standard chain reading `environment` instead of the process environment.
    public init(environment: @escaping @Sendable () -> [String: String]) {
        self.init(providers: [
            EnvironmentCredentialProvider(environment: environment),
            ProfileCredentialProvider(environment: environment),
        ])
    }

    /// Creates a chain of the given sources.
    public init(providers: [any CredentialProvider]) {
        self.providers = providers
    }

    /// The credentials of the first source that has some.
    ///
    /// - Throws: ``CredentialError/noCredentials(tried:)`` when no source has any, or the error of
    ///   a broken source.
    public func credentials() async throws -> AWSCredentials {
        if let cached = await cache.credentials { return cached }
        var tried: [String] = []
        for provider in providers {
            do {
                let credentials = try await provider.credentials()
                await cache.store(credentials)
                return credentials
            } catch CredentialError.notConfigured(let source) {
                tried.append(source)
            }
        }
        throw CredentialError.noCredentials(tried: tried)
    }

    /// Lists the sources.
    public var description: String {
        "DefaultCredentialChain(" + providers.map { String(describing: $0) }.joined(separator: ", ") + ")"
    }

    private actor Cache {
        var credentials: AWSCredentials?

        func store(_ credentials: AWSCredentials) {
            self.credentials = credentials
        }
    }
}
