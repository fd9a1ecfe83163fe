import Batch
import Foundation
import ShapegenRuntime
import ShapegenTestSupport
import Testing

/// The generated `BatchClient` over `URLSessionTransport`, signed with SigV4, against moto: every
/// `ListJobs` call gives what boto3 got for the same call.
@Suite("ListJobs against moto", .enabled(if: Moto.isConfigured, "needs the moto server scripts/test starts"))
struct ListJobsAgainstMotoTests {
    /// The calls `seed.py` recorded, as the Swift side writes them; the recorded requests must be these.
    static let requests: [(String, @Sendable (MotoFixtures) -> Batch.ListJobsRequest)] = [
        ("queue", { _ in Batch.ListJobsRequest(jobQueue: "builds") }),
        ("queueSucceeded", { _ in Batch.ListJobsRequest(jobQueue: "builds", jobStatus: .succeeded) }),
        // AWS allows up to 1000 with a status (at most 100 only with a filter).
        (
            "queueSucceededThousand",
            { _ in Batch.ListJobsRequest(jobQueue: "builds", jobStatus: .succeeded, maxResults: 1000) }
        ),
        ("queueRunning", { _ in Batch.ListJobsRequest(jobQueue: "builds", jobStatus: .running) }),
        ("otherQueue", { _ in Batch.ListJobsRequest(jobQueue: "deploys") }),
        ("arrayJob", { Batch.ListJobsRequest(arrayJobId: $0.arrayJobID) }),
        ("arrayJobSucceeded", { Batch.ListJobsRequest(arrayJobId: $0.arrayJobID, jobStatus: .succeeded) }),
        (
            "nameExact",
            { _ in
                Batch.ListJobsRequest(
                    jobQueue: "builds", filters: [Batch.ListJobsFilter(name: "JOB_NAME", values: ["test1"])])
            }
        ),
        (
            "nameExactOtherCase",
            { _ in
                Batch.ListJobsRequest(
                    jobQueue: "builds", filters: [Batch.ListJobsFilter(name: "JOB_NAME", values: ["TEST10"])])
            }
        ),
        (
            "namePrefix",
            { _ in
                Batch.ListJobsRequest(
                    jobQueue: "builds", filters: [Batch.ListJobsFilter(name: "JOB_NAME", values: ["build-00*"])])
            }
        ),
        (
            "namePrefixOtherCase",
            { _ in
                Batch.ListJobsRequest(
                    jobQueue: "builds", filters: [Batch.ListJobsFilter(name: "JOB_NAME", values: ["tEsT1*"])])
            }
        ),
        (
            "nameNoMatch",
            { _ in
                Batch.ListJobsRequest(
                    jobQueue: "builds", filters: [Batch.ListJobsFilter(name: "JOB_NAME", values: ["nothing*"])])
            }
        ),
    ]

    static var names: [String] { requests.map(\.0) }

    private func request(_ name: String) throws -> Batch.ListJobsRequest {
        let make = try #require(Self.requests.first { $0.0 == name }?.1)
        return make(try Moto.fixtures.get())
    }

    @Test("the response equals boto3's, as a value and as JSON", arguments: names)
    func equalsBoto3(name: String) async throws {
        let fixtures = try Moto.fixtures.get()
        let recorded = try fixtures.call(name)
        let request = try request(name)
        #expect(recorded.request == request, "seed.py and this test must make the same call")
        let response = try await Moto.client().listJobs(request)
        #expect(response == recorded.response)
        #expect(try JSONValue(parsing: JSONCoding.encoder.encode(response)) == recorded.json)
        #expect(response.nextToken == nil)
    }

    @Test("every recorded call is replayed")
    func everyCallReplayed() throws {
        #expect(Set(try Moto.fixtures.get().calls.keys) == Set(Self.names))
    }

    /// What the seeded data must give, so that equality with boto3 is not equality of two empty lists.
    @Test("the answers are the seeded jobs")
    func answersAreTheSeed() async throws {
        let client = try Moto.client()
        func names(_ name: String) async throws -> [String] {
            try await client.listJobs(request(name)).jobSummaryList.map(\.jobName)
        }
        let queue = try await names("queue")
        #expect(queue.count >= 30)
        #expect(Set(["test1", "Test10", "TEST12", "build-001", "array-parent"]).isSubset(of: queue))
        #expect(try await names("otherQueue") == ["deploy-a", "deploy-b"])
        #expect(try await names("nameExact") == ["test1"])
        #expect(try await names("nameExactOtherCase") == ["Test10"])
        #expect(try await names("namePrefix") == (1...9).map { "build-00\($0)" })
        #expect(Set(try await names("namePrefixOtherCase")) == ["test1", "Test10", "Test11", "TEST12"])
        #expect(try await names("nameNoMatch").isEmpty)
        #expect(try await names("queueRunning").isEmpty)
        #expect(try await names("queueSucceededThousand") == names("queueSucceeded"))
        let arrayJobID = try Moto.fixtures.get().arrayJobID
        let children = try await client.listJobs(request("arrayJob")).jobSummaryList
        #expect(children.map(\.jobId) == (0..<4).map { "\(arrayJobID):\($0)" })
        #expect(children.allSatisfy { $0.status == .succeeded })
    }

    @Test("jobs carry what moto knows: status, times, definition, the reason of terminated ones")
    func summaryMembers() async throws {
        let jobs = try await Moto.client().listJobs(request("queue")).jobSummaryList
        #expect(
            jobs.allSatisfy {
                $0.status == .succeeded && $0.createdAt != nil && $0.stoppedAt != nil && $0.jobArn != nil
            })
        #expect(jobs.allSatisfy { $0.jobDefinition?.contains(":job-definition/shapegen-") == true })
        #expect(jobs.contains { $0.statusReason == "stopped by seed.py" })
    }

    @Test("listJobsItems walks the single page moto returns")
    func items() async throws {
        var names: [String] = []
        for try await job in try Moto.client().listJobsItems(request("queue")) {
            names.append(job.jobName)
        }
        #expect(names == (try Moto.fixtures.get().call("queue").response.jobSummaryList.map(\.jobName)))
    }
}
