import ShapegenSigV4
import Testing

/// Static and environment-variable credentials.
@Suite("Static and environment credentials")
struct EnvironmentCredentialTests {
    private func provider(_ variables: [String: String]) -> EnvironmentCredentialProvider {
        EnvironmentCredentialProvider(environment: { variables })
    }

    @Test("static credentials come back as given")
    func staticCredentials() async throws {
        let credentials = AWSCredentials(accessKeyID: "AKIA1", secretAccessKey: "s1", sessionToken: "t1")
        #expect(try await StaticCredentialProvider(credentials).credentials() == credentials)
        #expect(
            try await StaticCredentialProvider(accessKeyID: "AKIA1", secretAccessKey: "s1", sessionToken: "t1")
                .credentials() == credentials)
    }

    @Test("the key variables, with and without a session token")
    func variables() async throws {
        let plain = try await provider(["AWS_ACCESS_KEY_ID": "AKIA2", "AWS_SECRET_ACCESS_KEY": "s2"]).credentials()
        #expect(plain == AWSCredentials(accessKeyID: "AKIA2", secretAccessKey: "s2"))
        let temporary = try await provider([
            "AWS_ACCESS_KEY_ID": "ASIA3", "AWS_SECRET_ACCESS_KEY": "s3", "AWS_SESSION_TOKEN": "t3",
        ])
        .credentials()
        #expect(temporary == AWSCredentials(accessKeyID: "ASIA3", secretAccessKey: "s3", sessionToken: "t3"))
    }

    @Test("an empty session token counts as none")
    func emptyToken() async throws {
        let credentials = try await provider([
            "AWS_ACCESS_KEY_ID": "AKIA4", "AWS_SECRET_ACCESS_KEY": "s4", "AWS_SESSION_TOKEN": "",
        ])
        .credentials()
        #expect(credentials.sessionToken == nil)
    }

    @Test("no variables: notConfigured, so that a chain goes on")
    func none() async {
        let error = await #expect(throws: CredentialError.self) {
            try await provider(["AWS_PROFILE": "x"]).credentials()
        }
        guard case .notConfigured = error else {
            Issue.record("expected notConfigured, got \(String(describing: error))")
            return
        }
    }

    @Test(
        "half a key is an error naming the missing variable",
        arguments: [
            (["AWS_ACCESS_KEY_ID": "AKIA5"], "AWS_SECRET_ACCESS_KEY"),
            (["AWS_SECRET_ACCESS_KEY": "s5"], "AWS_ACCESS_KEY_ID"),
            (["AWS_ACCESS_KEY_ID": "AKIA5", "AWS_SECRET_ACCESS_KEY": ""], "AWS_SECRET_ACCESS_KEY"),
        ])
    func incomplete(variables: [String: String], missing: String) async {
        let error = await #expect(throws: CredentialError.self) { try await provider(variables).credentials() }
        #expect(
            error
                == .incomplete(
                    source: "the environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY", missing: missing))
    }

    @Test("the variables are read at every call")
    func readsEveryTime() async throws {
        final class Box: @unchecked Sendable {
            var variables: [String: String] = ["AWS_ACCESS_KEY_ID": "AKIA6", "AWS_SECRET_ACCESS_KEY": "s6"]
        }
        let box = Box()
        let provider = EnvironmentCredentialProvider(environment: { box.variables })
        #expect(try await provider.credentials().accessKeyID == "AKIA6")
        box.variables["AWS_ACCESS_KEY_ID"] = "AKIA7"
        #expect(try await provider.credentials().accessKeyID == "AKIA7")
    }
}
