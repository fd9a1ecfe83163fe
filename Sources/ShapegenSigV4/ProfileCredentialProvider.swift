import Foundation

/// Credentials from a profile of the shared credentials and config files, as the AWS CLI keeps them.
///
/// - The profile: the one given, else `AWS_PROFILE`, else `AWS_DEFAULT_PROFILE`, else `default`.
/// - The files: the ones given, else `AWS_SHARED_CREDENTIALS_FILE` and `AWS_CONFIG_FILE`, else
///   `~/.aws/credentials` and `~/.aws/config`.
/// - The keys: `aws_access_key_id`, `aws_secret_access_key` and optionally `aws_session_token`,
///   taken from the credentials file when its profile has them, else from the config file's
///   `[profile name]` (`[default]` for the default profile).
///
/// Profiles that get credentials another way (`role_arn`, `sso_session`, `credential_process`)
/// are not supported: they count as "no credentials here". The files are read at every call.
public struct ProfileCredentialProvider: CredentialProvider, CustomStringConvertible {
    /// The profile given at creation, if any.
    public let profile: String?
    /// The credentials file given at creation, if any.
    public let credentialsFile: String?
    /// The config file given at creation, if any.
    public let configFile: String?
    private let environment: @Sendable () -> [String: String]

    /// Creates a provider; whatever is not given comes from the environment or the defaults.
    public init(
        profile: String? = nil, credentialsFile: String? = nil, configFile: String? = nil,
        environment: @escaping @Sendable () -> [String: String] = { ProcessInfo.processInfo.environment }
    ) {
        self.profile = profile
        self.credentialsFile = credentialsFile
        self.configFile = configFile
        self.environment = environment
    }

    /// The credentials of the profile.
    ///
    /// - Throws: ``CredentialError/profileNotFound(profile:files:)`` for a profile named by argument
    ///   or variable that neither file has; ``CredentialError/notConfigured(source:)`` when the
    ///   default profile is missing or a profile has no keys; ``CredentialError/incomplete(source:missing:)``
    ///   for a key ID without a secret or the reverse; file errors.
    public func credentials() async throws -> AWSCredentials {
        let variables = environment()
        let named = profile ?? nonEmpty(variables["AWS_PROFILE"]) ?? nonEmpty(variables["AWS_DEFAULT_PROFILE"])
        let name = named ?? "default"
        let files: [(path: String, kind: SharedConfigFile.Kind)] = [
            (
                path(
                    credentialsFile, variable: "AWS_SHARED_CREDENTIALS_FILE", default: "~/.aws/credentials",
                    in: variables), .credentials
            ),
            (path(configFile, variable: "AWS_CONFIG_FILE", default: "~/.aws/config", in: variables), .config),
        ]
        var found = false
        for file in files {
            guard let settings = try SharedConfigFile.load(path: file.path, kind: file.kind)?.profiles[name] else {
                continue
            }
            found = true
            if let credentials = try Self.credentials(in: settings, source: "profile '\(name)' in \(file.path)") {
                return credentials
            }
        }
        let paths = files.map(\.path)
        if !found, named != nil { throw CredentialError.profileNotFound(profile: name, files: paths) }
        throw CredentialError.notConfigured(source: "profile '\(name)' in \(paths.joined(separator: " or "))")
    }

    /// The keys in one profile's settings; `nil` when it has none.
    static func credentials(in settings: [String: String], source: String) throws(CredentialError) -> AWSCredentials? {
        let keyID = nonEmpty(settings["aws_access_key_id"])
        let secret = nonEmpty(settings["aws_secret_access_key"])
        switch (keyID, secret) {
        case (nil, nil): return nil
        case (nil, _): throw CredentialError.incomplete(source: source, missing: "aws_access_key_id")
        case (_, nil): throw CredentialError.incomplete(source: source, missing: "aws_secret_access_key")
        case (let keyID?, let secret?):
            let token = nonEmpty(settings["aws_session_token"]) ?? nonEmpty(settings["aws_security_token"])
            return AWSCredentials(accessKeyID: keyID, secretAccessKey: secret, sessionToken: token)
        }
    }

    private func path(_ given: String?, variable: String, default fallback: String, in variables: [String: String])
        -> String
    {
        let path = given ?? nonEmpty(variables[variable]) ?? fallback
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let home = nonEmpty(variables["HOME"]) ?? NSHomeDirectory()
        return home + path.dropFirst()
    }

    /// Names the profile and files given, never a key.
    public var description: String {
        var parts: [String] = []
        if let profile { parts.append("profile: \(profile)") }
        if let credentialsFile { parts.append("credentialsFile: \(credentialsFile)") }
        if let configFile { parts.append("configFile: \(configFile)") }
        return "ProfileCredentialProvider(\(parts.joined(separator: ", ")))"
    }
}

/// `value`, or `nil` when it is missing or empty.
func nonEmpty(_ value: String?) -> String? {
    guard let value, !value.isEmpty else { return nil }
    return value
}
