import Foundation
import ShapegenSigV4
import Testing

/// The default chain: environment first, then the profile files.
@Suite("Default credential chain")
struct DefaultCredentialChainTests {
    private let profileFile = "[default]\naws_access_key_id = AKIAFILE\naws_secret_access_key = secret-file\n"

    @Test("environment variables win over the files")
    func environmentFirst() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("credentials", profileFile)
        let chain = DefaultCredentialChain(environment: {
            [
                "AWS_ACCESS_KEY_ID": "AKIAENV", "AWS_SECRET_ACCESS_KEY": "secret-env",
                "AWS_SHARED_CREDENTIALS_FILE": path,
            ]
        })
        #expect(try await chain.credentials() == AWSCredentials(accessKeyID: "AKIAENV", secretAccessKey: "secret-env"))
    }

    @Test("without variables the files are used")
    func filesSecond() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("credentials", profileFile)
        let chain = DefaultCredentialChain(environment: {
            ["AWS_SHARED_CREDENTIALS_FILE": path, "AWS_CONFIG_FILE": directory.path("none")]
        })
        #expect(
            try await chain.credentials() == AWSCredentials(accessKeyID: "AKIAFILE", secretAccessKey: "secret-file"))
    }

    @Test("nothing anywhere: noCredentials, listing every place looked at")
    func nothing() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let chain = DefaultCredentialChain(environment: { ["HOME": directory.url.path] })
        let error = await #expect(throws: CredentialError.self) { try await chain.credentials() }
        let home = directory.url.path
        #expect(
            error
                == .noCredentials(tried: [
                    "the environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY",
                    "profile 'default' in \(home)/.aws/credentials or \(home)/.aws/config",
                ]))
        #expect(error?.description.hasPrefix("no AWS credentials found; tried the environment variables") == true)
    }

    @Test("a broken source stops the chain instead of being skipped")
    func brokenSourceStops() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("credentials", profileFile)
        let chain = DefaultCredentialChain(environment: {
            ["AWS_ACCESS_KEY_ID": "AKIAENV", "AWS_SHARED_CREDENTIALS_FILE": path]
        })
        await #expect(
            throws: CredentialError.incomplete(
                source: "the environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY",
                missing: "AWS_SECRET_ACCESS_KEY")
        ) {
            try await chain.credentials()
        }
    }

    @Test("credentials found once are kept")
    func caches() async throws {
        final class Counter: @unchecked Sendable {
            let lock = NSLock()
            var calls = 0
        }
        let counter = Counter()
        let chain = DefaultCredentialChain(environment: {
            counter.lock.withLock { counter.calls += 1 }
            return ["AWS_ACCESS_KEY_ID": "AKIAENV", "AWS_SECRET_ACCESS_KEY": "secret-env"]
        })
        _ = try await chain.credentials()
        _ = try await chain.credentials()
        #expect(counter.lock.withLock { counter.calls } == 1)
    }

    @Test("a chain of given providers tries them in order")
    func customChain() async throws {
        let chain = DefaultCredentialChain(providers: [
            EnvironmentCredentialProvider(environment: { [:] }),
            StaticCredentialProvider(accessKeyID: "AKIASTATIC", secretAccessKey: "secret-static"),
        ])
        #expect(try await chain.credentials().accessKeyID == "AKIASTATIC")
    }
}
