import Batch
import Foundation
import HTTPTypes
import ShapegenHTTPTestSupport
import ShapegenRuntime
import ShapegenSigV4
import Testing

/// Errors and signature checks against moto, which was started with `INITIAL_NO_AUTH_ACTION_COUNT=0`
/// and so checks the signature of every call.
@Suite("moto errors and signatures", .enabled(if: Moto.isConfigured, "needs the moto server scripts/test starts"))
struct MotoErrorAndSigningTests {
    @Test("an unknown queue gives the typed ClientException with moto's message")
    func unknownQueue() async throws {
        let recorded = try Moto.fixtures.get().unknownQueue
        #expect(recorded.code == Batch.ClientException.errorCode)
        let error = await #expect(throws: Batch.ClientException.self) {
            try await Moto.client().listJobs(Batch.ListJobsRequest(jobQueue: "no-such-queue"))
        }
        #expect(error == Batch.ClientException(message: recorded.message))
        #expect(error?.message == "Job queue no-such-queue does not exist")
    }

    @Test("signed requests carry a SigV4 Authorization for batch in the region, and are accepted")
    func signedAccepted() async throws {
        let fixtures = try Moto.fixtures.get()
        let transport = ObservingTransport(URLSessionTransport())
        let client = try Moto.client(
            signer: SigV4Signer(
                credentials: StaticCredentialProvider(
                    accessKeyID: fixtures.accessKeyID, secretAccessKey: fixtures.secretAccessKey)),
            transport: transport)
        let response = try await client.listJobs(Batch.ListJobsRequest(jobQueue: "deploys"))
        #expect(response.jobSummaryList.count == 2)
        let authorization = try #require(await transport.requests.first?.header("Authorization"))
        #expect(authorization.hasPrefix("AWS4-HMAC-SHA256 Credential=\(fixtures.accessKeyID)/"))
        #expect(authorization.contains("/\(fixtures.region)/batch/aws4_request, SignedHeaders="))
        let signedHeaders =
            authorization.split(separator: "SignedHeaders=").last?.prefix { $0 != "," }.split(separator: ";") ?? []
        #expect(Set(["host", "x-amz-date"]).isSubset(of: signedHeaders.map(String.init)))
    }

    @Test("a wrong secret is rejected with SignatureDoesNotMatch")
    func wrongSecret() async throws {
        let fixtures = try Moto.fixtures.get()
        let error = await #expect(throws: ServiceError.self) {
            try await Moto.client(secretAccessKey: fixtures.secretAccessKey + "x").listJobs(
                Batch.ListJobsRequest(jobQueue: "builds"))
        }
        #expect(error?.status == 403)
        #expect(error?.code == "SignatureDoesNotMatch")
        #expect(error?.message?.hasPrefix("The request signature we calculated does not match") == true)
        #expect(error.map { String(describing: $0).contains(fixtures.secretAccessKey) } == false)
    }

    @Test("an unknown access key is rejected with InvalidClientTokenId")
    func unknownKey() async throws {
        let error = await #expect(throws: ServiceError.self) {
            try await Moto.client(accessKeyID: "AKIANOTAUSER00000000").listJobs(
                Batch.ListJobsRequest(jobQueue: "builds"))
        }
        #expect(error?.status == 403)
        #expect(error?.code == "InvalidClientTokenId")
    }

    @Test("credentials from environment variables through the default chain are accepted")
    func defaultChainFromEnvironment() async throws {
        let fixtures = try Moto.fixtures.get()
        let chain = DefaultCredentialChain(environment: {
            ["AWS_ACCESS_KEY_ID": fixtures.accessKeyID, "AWS_SECRET_ACCESS_KEY": fixtures.secretAccessKey]
        })
        let response = try await Moto.client(signer: SigV4Signer(credentials: chain)).listJobs(
            Batch.ListJobsRequest(jobQueue: "deploys"))
        #expect(response.jobSummaryList.map(\.jobName) == ["deploy-a", "deploy-b"])
    }

    @Test("credentials from a named profile in a shared credentials file are accepted")
    func profileFile() async throws {
        let fixtures = try Moto.fixtures.get()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "shapegen-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("credentials")
        try Data(
            """
            [default]
            aws_access_key_id = AKIAWRONGDEFAULT0000
            aws_secret_access_key = wrong

            [e2e]
            aws_access_key_id = \(fixtures.accessKeyID)
            aws_secret_access_key = \(fixtures.secretAccessKey)
            """.utf8
        ).write(to: file)
        let chain = DefaultCredentialChain(environment: {
            [
                "AWS_SHARED_CREDENTIALS_FILE": file.path,
                "AWS_CONFIG_FILE": directory.appendingPathComponent("none").path, "AWS_PROFILE": "e2e",
            ]
        })
        let response = try await Moto.client(signer: SigV4Signer(credentials: chain)).listJobs(
            Batch.ListJobsRequest(jobQueue: "deploys"))
        #expect(response.jobSummaryList.count == 2)
    }
}

/// Passes requests to another transport and remembers them.
actor ObservingTransport: HTTPTransport {
    private let inner: any HTTPTransport
    private(set) var requests: [SentRequest] = []

    init(_ inner: any HTTPTransport) {
        self.inner = inner
    }

    func send(_ request: HTTPRequest, body: Data) async throws -> (HTTPResponse, Data) {
        requests.append(SentRequest(request, body: body))
        return try await inner.send(request, body: body)
    }
}
