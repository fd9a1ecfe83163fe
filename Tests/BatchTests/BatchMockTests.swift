import Batch
import ShapegenRuntime
import Testing

/// `BatchMock`, the generated stand-in for `BatchAPI`.
@Suite("BatchMock")
struct BatchMockTests {
    /// Remembers the inputs a mock handler was called with.
    actor InputLog {
        private(set) var inputs: [Batch.ListJobsRequest] = []
        func append(_ input: Batch.ListJobsRequest) { inputs.append(input) }
    }

    @Test("an unconfigured handler throws MockNotConfigured naming the operation")
    func unconfigured() async {
        let error = await #expect(throws: MockNotConfigured.self) {
            try await BatchMock().listJobs(Batch.ListJobsRequest(jobQueue: "q"))
        }
        #expect(error == MockNotConfigured(operation: "ListJobs"))
    }

    @Test("a configured handler gets the input and its output is returned")
    func configured() async throws {
        let log = InputLog()
        var mock = BatchMock()
        mock.listJobsHandler = { input in
            await log.append(input)
            return SeedSamples.fullResponseValue
        }
        let input = Batch.ListJobsRequest(multiNodeJobId: "m1", maxResults: 5)
        #expect(try await mock.listJobs(input) == SeedSamples.fullResponseValue)
        #expect(await log.inputs == [input])
    }

    @Test("the mock does not validate: it hands over even an invalid input")
    func noValidation() async throws {
        let log = InputLog()
        var mock = BatchMock()
        mock.listJobsHandler = { input in
            await log.append(input)
            return Batch.ListJobsResponse(jobSummaryList: [])
        }
        _ = try await mock.listJobs(Batch.ListJobsRequest(maxResults: 0))
        #expect(await log.inputs == [Batch.ListJobsRequest(maxResults: 0)])
    }

    @Test("the mock works through any BatchAPI")
    func existential() async throws {
        var mock = BatchMock()
        mock.listJobsHandler = { _ in Batch.ListJobsResponse(jobSummaryList: SeedSamples.summaries(["x"])) }
        let api: any BatchAPI = mock
        #expect(try await api.listJobs(Batch.ListJobsRequest(jobQueue: "q")).jobSummaryList.map(\.jobId) == ["x"])
    }

    @Test("the paginator extension pages through the mock")
    func paginator() async throws {
        let log = InputLog()
        var mock = BatchMock()
        mock.listJobsHandler = { input in
            await log.append(input)
            switch input.nextToken {
            case nil: return Batch.ListJobsResponse(jobSummaryList: SeedSamples.summaries(["a", "b"]), nextToken: "t1")
            case "t1": return Batch.ListJobsResponse(jobSummaryList: SeedSamples.summaries(["c"]), nextToken: nil)
            default: throw MockNotConfigured(operation: "ListJobs with token \(input.nextToken ?? "")")
            }
        }
        let api: any BatchAPI = mock
        var ids: [String] = []
        for try await job in api.listJobsItems(Batch.ListJobsRequest(jobQueue: "q")) {
            ids.append(job.jobId)
        }
        #expect(ids == ["a", "b", "c"])
        #expect(await log.inputs.map(\.nextToken) == [nil, "t1"])
        #expect(await log.inputs.allSatisfy { $0.jobQueue == "q" })
    }
}
