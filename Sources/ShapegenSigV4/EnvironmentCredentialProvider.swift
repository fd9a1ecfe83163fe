import Foundation

/// Credentials from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and (optionally) `AWS_SESSION_TOKEN`.
///
/// The variables are read at every call, so a changed environment is seen.
public struct EnvironmentCredentialProvider: CredentialProvider, CustomStringConvertible {
    private let environment: @Sendable () -> [String: String]

    /// Creates a provider that reads the process environment.
    public init() {
        self.init(environment: { ProcessInfo.processInfo.environment })
    }

    /// Creates a provider that reads `environment` (for tests, or an environment of your own).
    public init(environment: @escaping @Sendable () -> [String: String]) {
        self.environment = environment
    }

    /// The credentials in the environment.
    ///
    /// - Throws: ``CredentialError/notConfigured(source:)`` when neither key variable is set, or
    ///   ``CredentialError/incomplete(source:missing:)`` when only one is.
    public func credentials() async throws -> AWSCredentials {
        let variables = environment()
        func value(_ name: String) -> String? { variables[name].flatMap { $0.isEmpty ? nil : $0 } }
        let keyID = value("AWS_ACCESS_KEY_ID")
        let secret = value("AWS_SECRET_ACCESS_KEY")
        switch (keyID, secret) {
        case (nil, nil): throw CredentialError.notConfigured(source: Self.source)
        case (nil, _): throw CredentialError.incomplete(source: Self.source, missing: "AWS_ACCESS_KEY_ID")
        case (_, nil): throw CredentialError.incomplete(source: Self.source, missing: "AWS_SECRET_ACCESS_KEY")
        case (let keyID?, let secret?):
            return AWSCredentials(accessKeyID: keyID, secretAccessKey: secret, sessionToken: value("AWS_SESSION_TOKEN"))
        }
    }

    static let source = "the environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"

    /// Names the variables read, never their values.
    public var description: String {
        "EnvironmentCredentialProvider(AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN)"
    }
}
