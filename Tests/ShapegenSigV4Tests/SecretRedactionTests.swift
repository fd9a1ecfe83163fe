import Foundation
import HTTPTypes
import ShapegenHTTPTestSupport
import ShapegenRuntime
import ShapegenSigV4
import Testing

/// Secret keys and session tokens never show in descriptions, dumps or errors.
@Suite("Secrets stay secret")
struct SecretRedactionTests {
    static let secret = "SECRET-hunter2-wJalrXUtnFEMI"
    static let token = "TOKEN-xyzzy-IQoJb3JpZ2lu"
    static let credentials = AWSCredentials(accessKeyID: "AKIAVISIBLE", secretAccessKey: secret, sessionToken: token)

    /// Every way a value can be turned into text.
    private func renderings(_ value: Any) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        return [String(describing: value), String(reflecting: value), "\(value)", dumped]
    }

    private func expectNoSecrets(_ value: Any, sourceLocation: SourceLocation = #_sourceLocation) {
        for text in renderings(value) {
            #expect(!text.contains(Self.secret), "secret in \(text)", sourceLocation: sourceLocation)
            #expect(!text.contains(Self.token), "token in \(text)", sourceLocation: sourceLocation)
        }
    }

    @Test("credentials show the key ID only")
    func credentialsDescription() {
        expectNoSecrets(Self.credentials)
        #expect(
            Self.credentials.description
                == "AWSCredentials(accessKeyID: AKIAVISIBLE, secretAccessKey: <redacted>, sessionToken: <redacted>)")
        #expect(Self.credentials.debugDescription == Self.credentials.description)
        #expect(
            AWSCredentials(accessKeyID: "A", secretAccessKey: Self.secret).description
                == "AWSCredentials(accessKeyID: A, secretAccessKey: <redacted>)")
    }

    @Test("providers and signers show no secrets, also after the chain has cached credentials")
    func providersAndSigners() async throws {
        let provider = StaticCredentialProvider(Self.credentials)
        expectNoSecrets(provider)
        expectNoSecrets(SigV4Signer(credentials: provider))
        let variables = [
            "AWS_ACCESS_KEY_ID": "AKIAVISIBLE", "AWS_SECRET_ACCESS_KEY": Self.secret, "AWS_SESSION_TOKEN": Self.token,
        ]
        let environment = EnvironmentCredentialProvider(environment: { variables })
        expectNoSecrets(environment)
        let chain = DefaultCredentialChain(environment: { variables })
        #expect(try await chain.credentials() == Self.credentials)
        expectNoSecrets(chain)
        expectNoSecrets(SigV4Signer(credentials: chain))
        expectNoSecrets(ClientConfiguration(signer: SigV4Signer(credentials: chain)))
    }

    @Test("a signed request carries the token but does not show it")
    func signedRequest() throws {
        let request = HTTPRequest(
            method: "GET", endpoint: try #require(URL(string: "https://batch.us-east-1.amazonaws.com")), path: "/")
        let signed = SigV4Signer(credentials: StaticCredentialProvider(Self.credentials)).sign(
            request, body: Data(), context: SigningContext(signingName: "batch", region: "us-east-1", operation: "Op"),
            credentials: Self.credentials,
            date: Date(timeIntervalSince1970: 0))
        #expect(signed.header("X-Amz-Security-Token") == Self.token)
        let authorization = try #require(signed.header("Authorization"))
        // swift-http-types' `HTTPRequest` describes itself by method and URL; `dump` walks its
        // fields, which are swift-http-types' to show.
        for text in [String(describing: signed), String(reflecting: signed), "\(signed)"] {
            #expect(!text.contains(Self.secret))
            #expect(!text.contains(Self.token))
            #expect(!text.contains(authorization))
        }
        // Never put in an HTTP/2 or HTTP/3 compression table.
        let secretFields = signed.headerFields.filter { [.authorization, .xAmzSecurityToken].contains($0.name) }
        #expect(secretFields.count == 2)
        #expect(secretFields.allSatisfy { $0.indexingStrategy == .disallow })
    }

    @Test("credential errors name places, never values")
    func errors() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let halfKey = try directory.write("half", "[default]\naws_secret_access_key = \(Self.secret)\n")
        let badLine = try directory.write("bad", "[default]\n\(Self.secret)\n")
        let halfToken = try directory.write(
            "token", "[default]\naws_session_token = \(Self.token)\naws_access_key_id = AKIA\n")
        for path in [halfKey, badLine, halfToken] {
            let provider = ProfileCredentialProvider(
                credentialsFile: path, configFile: directory.path("none"), environment: { [:] })
            let error = await #expect(throws: CredentialError.self) { try await provider.credentials() }
            expectNoSecrets(try #require(error))
        }
        let environment = EnvironmentCredentialProvider(environment: {
            ["AWS_SECRET_ACCESS_KEY": Self.secret, "AWS_SESSION_TOKEN": Self.token]
        })
        let error = await #expect(throws: CredentialError.self) { try await environment.credentials() }
        expectNoSecrets(try #require(error))
    }
}
