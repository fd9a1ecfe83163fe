import Foundation
import Testing

@testable import ShapegenSigV4

/// Profiles of the shared credentials and config files.
@Suite("Profile credentials")
struct ProfileCredentialTests {
    static let credentialsFile = """
        # a comment
        [default]
        aws_access_key_id = AKIADEFAULT
        aws_secret_access_key = secret-default

        ; another comment
        [dev]
        AWS_Access_Key_ID=AKIADEV
        aws_secret_access_key   =   secret dev with spaces  \r
        aws_session_token = token-dev

        [profile literal]
        aws_access_key_id = AKIALITERAL
        aws_secret_access_key = secret-literal

        [role-only]
        role_arn = arn:aws:iam::123456789012:role/r
        """

    static let configFile = """
        [default]
        region = eu-west-1
        aws_access_key_id = AKIACONFIGDEFAULT
        aws_secret_access_key = secret-config-default

        [profile ops]
        region = us-west-2
        aws_access_key_id: AKIAOPS
        aws_secret_access_key: secret-ops
        s3 =
            max_concurrent_requests = 10
        aws_security_token = legacy-token

        [ops]
        aws_access_key_id = AKIANOTAPROFILE
        aws_secret_access_key = not-a-profile

        [sso-session corp]
        sso_region = us-east-1

        [profile role-only]
        aws_access_key_id = AKIAROLECONFIG
        aws_secret_access_key = secret-role-config

        [profile half]
        aws_access_key_id = AKIAHALF
        """

    /// Runs `body` with both files in a temporary directory.
    private func withFiles(
        credentials: String? = credentialsFile, config: String? = configFile,
        _ body: (_ credentialsPath: String, _ configPath: String, _ directory: TemporaryDirectory) async throws -> Void
    ) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        if let credentials { try directory.write("credentials", credentials) }
        if let config { try directory.write("config", config) }
        try await body(directory.path("credentials"), directory.path("config"), directory)
    }

    private func provider(
        profile: String? = nil, _ credentialsPath: String, _ configPath: String, environment: [String: String] = [:]
    ) -> ProfileCredentialProvider {
        ProfileCredentialProvider(
            profile: profile, credentialsFile: credentialsPath, configFile: configPath, environment: { environment })
    }

    @Test("the default profile of the credentials file wins over the config file's")
    func defaultProfile() async throws {
        try await withFiles { credentials, config, _ in
            let found = try await provider(credentials, config).credentials()
            #expect(found == AWSCredentials(accessKeyID: "AKIADEFAULT", secretAccessKey: "secret-default"))
        }
    }

    @Test("a named profile: case-insensitive keys, trimmed values, a CRLF line, a session token")
    func namedProfile() async throws {
        try await withFiles { credentials, config, _ in
            let found = try await provider(profile: "dev", credentials, config).credentials()
            #expect(
                found
                    == AWSCredentials(
                        accessKeyID: "AKIADEV", secretAccessKey: "secret dev with spaces", sessionToken: "token-dev"))
        }
    }

    @Test("[profile name] in the config file, with ':' separators, a nested section and the legacy token name")
    func configProfile() async throws {
        try await withFiles { credentials, config, _ in
            let found = try await provider(profile: "ops", credentials, config).credentials()
            #expect(
                found
                    == AWSCredentials(
                        accessKeyID: "AKIAOPS", secretAccessKey: "secret-ops", sessionToken: "legacy-token"))
        }
    }

    @Test("[profile x] in the credentials file is the profile called 'profile x'")
    func literalSectionInCredentialsFile() async throws {
        try await withFiles { credentials, config, _ in
            let found = try await provider(profile: "profile literal", credentials, config).credentials()
            #expect(found.accessKeyID == "AKIALITERAL")
            await #expect(throws: CredentialError.profileNotFound(profile: "literal", files: [credentials, config])) {
                try await provider(profile: "literal", credentials, config).credentials()
            }
        }
    }

    @Test("a profile without keys in the credentials file falls back to the config file's")
    func fallsBackToConfig() async throws {
        try await withFiles { credentials, config, _ in
            let found = try await provider(profile: "role-only", credentials, config).credentials()
            #expect(found.accessKeyID == "AKIAROLECONFIG")
        }
    }

    @Test("AWS_PROFILE, then AWS_DEFAULT_PROFILE, choose the profile; an explicit one wins")
    func profileVariables() async throws {
        try await withFiles { credentials, config, _ in
            let byProfile = try await provider(credentials, config, environment: ["AWS_PROFILE": "dev"]).credentials()
            #expect(byProfile.accessKeyID == "AKIADEV")
            let byDefaultProfile = try await provider(credentials, config, environment: ["AWS_DEFAULT_PROFILE": "ops"])
                .credentials()
            #expect(byDefaultProfile.accessKeyID == "AKIAOPS")
            let both = try await provider(
                credentials, config, environment: ["AWS_PROFILE": "dev", "AWS_DEFAULT_PROFILE": "ops"]
            ).credentials()
            #expect(both.accessKeyID == "AKIADEV")
            let explicit = try await provider(profile: "ops", credentials, config, environment: ["AWS_PROFILE": "dev"])
                .credentials()
            #expect(explicit.accessKeyID == "AKIAOPS")
        }
    }

    @Test("AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE locate the files")
    func fileVariables() async throws {
        try await withFiles { credentials, config, _ in
            let fromVariables = ProfileCredentialProvider(environment: {
                ["AWS_SHARED_CREDENTIALS_FILE": credentials, "AWS_CONFIG_FILE": config, "AWS_PROFILE": "ops"]
            })
            let found = try await fromVariables.credentials()
            #expect(found.accessKeyID == "AKIAOPS")
        }
    }

    @Test("without variables the files are ~/.aws/credentials and ~/.aws/config under HOME")
    func homeDefaults() async throws {
        try await withFiles(credentials: nil, config: nil) { _, _, directory in
            try directory.write(
                ".aws/config", "[profile home]\naws_access_key_id = AKIAHOME\naws_secret_access_key = secret-home\n")
            let provider = ProfileCredentialProvider(environment: {
                ["HOME": directory.url.path, "AWS_PROFILE": "home"]
            })
            #expect(try await provider.credentials().accessKeyID == "AKIAHOME")
            let tilde = ProfileCredentialProvider(
                credentialsFile: "~/nowhere", configFile: "~/.aws/config",
                environment: { ["HOME": directory.url.path, "AWS_PROFILE": "home"] })
            #expect(try await tilde.credentials().accessKeyID == "AKIAHOME")
        }
    }

    @Test("a named profile in neither file is an error naming both files")
    func missingNamedProfile() async throws {
        try await withFiles { credentials, config, _ in
            await #expect(throws: CredentialError.profileNotFound(profile: "nope", files: [credentials, config])) {
                try await provider(credentials, config, environment: ["AWS_PROFILE": "nope"]).credentials()
            }
        }
    }

    @Test("no files, or no default profile: notConfigured")
    func missingDefault() async throws {
        try await withFiles(credentials: nil, config: nil) { credentials, config, _ in
            let error = await #expect(throws: CredentialError.self) {
                try await provider(credentials, config).credentials()
            }
            #expect(error == .notConfigured(source: "profile 'default' in \(credentials) or \(config)"))
        }
    }

    @Test("a key ID without a secret is incomplete")
    func halfProfile() async throws {
        try await withFiles { credentials, config, _ in
            await #expect(
                throws: CredentialError.incomplete(
                    source: "profile 'half' in \(config)", missing: "aws_secret_access_key")
            ) {
                try await provider(profile: "half", credentials, config).credentials()
            }
        }
    }

    @Test("a malformed line is reported with its line number")
    func malformed() async throws {
        try await withFiles(credentials: "[default]\naws_access_key_id = AKIA\nthis line is wrong\n") {
            credentials, config, _ in
            await #expect(throws: CredentialError.malformedFile(path: credentials, line: 3)) {
                try await provider(credentials, config).credentials()
            }
        }
        try await withFiles(credentials: "aws_access_key_id = AKIA\n[default]\n") { credentials, config, _ in
            await #expect(throws: CredentialError.malformedFile(path: credentials, line: 1)) {
                try await provider(credentials, config).credentials()
            }
        }
    }

    @Test("a directory where the file should be cannot be read")
    func unreadable() async throws {
        try await withFiles(credentials: nil) { credentials, config, _ in
            try FileManager.default.createDirectory(atPath: credentials, withIntermediateDirectories: true)
            await #expect(throws: CredentialError.unreadableFile(path: credentials)) {
                try await provider(credentials, config).credentials()
            }
        }
    }

    @Test("the parser keeps only profiles from the config file")
    func configSections() throws {
        let file = try SharedConfigFile.parse(Self.configFile, kind: .config, path: "config")
        #expect(Set(file.profiles.keys) == ["default", "ops", "role-only", "half"])
        #expect(file.profiles["ops"]?["region"] == "us-west-2")
        #expect(file.profiles["ops"]?["s3"] == "")
        #expect(file.profiles["ops"]?["max_concurrent_requests"] == nil)
    }
}
