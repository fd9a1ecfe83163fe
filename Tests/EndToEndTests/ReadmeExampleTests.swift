import Batch
import Foundation
import ShapegenRuntime
import ShapegenSigV4
import Testing

/// README's "Calling AWS" example, pointed at moto, so that it keeps compiling and working.
@Suite("README example against moto", .enabled(if: Moto.isConfigured, "needs the moto server scripts/test starts"))
struct ReadmeExampleTests {
    @Test("the example lists every build-* job across pages and handles errors")
    func example() async throws {
        let fixtures = try Moto.fixtures.get()
        let environment = [
            "AWS_ACCESS_KEY_ID": fixtures.accessKeyID, "AWS_SECRET_ACCESS_KEY": fixtures.secretAccessKey,
        ]
        let client = BatchClient(
            transport: URLSessionTransport(timeout: .seconds(30)),
            configuration: ClientConfiguration(
                region: fixtures.region, endpoint: URL(string: fixtures.endpoint),
                signer: SigV4Signer(credentials: DefaultCredentialChain(environment: { environment })),
                retryPolicy: .standard))

        let request = Batch.ListJobsRequest(
            jobQueue: "builds", jobStatus: .running,
            filters: [.init(name: "JOB_NAME", values: ["build-*"])])
        var names: [String] = []
        do {
            for try await job in client.listJobsItems(request) {
                names.append(job.jobName)
            }
        } catch let error as Batch.ClientException {
            Issue.record("rejected: \(error.message ?? "")")
        } catch let error as ServiceError {
            Issue.record("\(error.status) \(error.code ?? "") \(error.message ?? "")")
        }
        // With a filter, the status is ignored (by AWS as by moto): every build-* job of the seed.
        #expect(names == (1...18).map { String(format: "build-%03d", $0) })
    }
}
