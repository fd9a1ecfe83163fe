import Batch
import Foundation
import ShapegenHTTPTestSupport
import ShapegenRuntime
import Testing

/// `listJobsPages` and `listJobsItems` over a fake service.
@Suite("ListJobs paginator")
struct ListJobsPaginatorTests {
    /// A client whose transport answers with the given JSON pages, in order.
    private func client(pages: [String]) -> (BatchClient, RecordingTransport) {
        let transport = RecordingTransport(responses: pages.map { .json(200, $0) })
        return (BatchClient(transport: transport), transport)
    }

    /// The `nextToken` of each request `transport` received.
    private func sentTokens(_ transport: RecordingTransport) async throws -> [String?] {
        try await transport.requests.map {
            try JSONDecoder().decode(Batch.ListJobsRequest.self, from: $0.body).nextToken
        }
    }

    static let threePages = [
        SeedSamples.page(["a", "b"], nextToken: "t1"),
        SeedSamples.page(["c"], nextToken: "t2"),
        SeedSamples.page(["d", "e"], nextToken: nil),
    ]

    @Test("three pages are fetched, passing each page's token to the next request")
    func threePages() async throws {
        let (client, transport) = client(pages: Self.threePages)
        var pages: [Batch.ListJobsResponse] = []
        for try await page in client.listJobsPages(Batch.ListJobsRequest(jobQueue: "q", maxResults: 2)) {
            pages.append(page)
        }
        #expect(pages.map(\.nextToken) == ["t1", "t2", nil])
        #expect(pages.map { $0.jobSummaryList.map(\.jobId) } == [["a", "b"], ["c"], ["d", "e"]])
        #expect(try await sentTokens(transport) == [nil, "t1", "t2"])

        let bodies = try await transport.requests.map {
            try JSONDecoder().decode(Batch.ListJobsRequest.self, from: $0.body)
        }
        #expect(bodies.allSatisfy { $0.jobQueue == "q" && $0.maxResults == 2 })
    }

    @Test("items are every job of every page, each once, in order")
    func items() async throws {
        let (client, transport) = client(pages: Self.threePages)
        var jobs: [Batch.JobSummary] = []
        for try await job in client.listJobsItems(Batch.ListJobsRequest(jobQueue: "q")) {
            jobs.append(job)
        }
        #expect(jobs == SeedSamples.summaries(["a", "b", "c", "d", "e"]))
        #expect(try await sentTokens(transport) == [nil, "t1", "t2"])
    }

    @Test("empty pages in the middle are skipped by the item sequence")
    func emptyPages() async throws {
        let (client, _) = client(pages: [
            SeedSamples.page([], nextToken: "t1"), SeedSamples.page(["a"], nextToken: "t2"),
            SeedSamples.page([], nextToken: "t3"), SeedSamples.page(["b"], nextToken: nil),
        ])
        var ids: [String] = []
        for try await job in client.listJobsItems(Batch.ListJobsRequest(jobQueue: "q")) {
            ids.append(job.jobId)
        }
        #expect(ids == ["a", "b"])
    }

    @Test("nothing is sent until the sequence is iterated")
    func lazy() async throws {
        let (client, transport) = client(pages: Self.threePages)
        let pages = client.listJobsPages(Batch.ListJobsRequest(jobQueue: "q"))
        #expect(await transport.requests.isEmpty)
        var iterator = pages.makeAsyncIterator()
        _ = try await iterator.next()
        #expect(await transport.requests.count == 1)
    }

    @Test("a service that repeats a token is not asked again")
    func repeatedTokenStops() async throws {
        let (client, transport) = client(pages: [
            SeedSamples.page(["a"], nextToken: "t1"), SeedSamples.page(["b"], nextToken: "t1"),
            SeedSamples.page(["c"], nextToken: nil),
        ])
        var pageCount = 0
        for try await _ in client.listJobsPages(Batch.ListJobsRequest(jobQueue: "q")) {
            pageCount += 1
        }
        #expect(pageCount == 2)
        #expect(try await sentTokens(transport) == [nil, "t1"])
    }

    @Test("an empty-string token ends the pages")
    func emptyTokenStops() async throws {
        let (client, transport) = client(pages: [
            SeedSamples.page(["a"], nextToken: ""), SeedSamples.page(["b"], nextToken: nil),
        ])
        var ids: [String] = []
        for try await job in client.listJobsItems(Batch.ListJobsRequest(jobQueue: "q")) {
            ids.append(job.jobId)
        }
        #expect(ids == ["a"])
        #expect(await transport.requests.count == 1)
    }

    @Test("an error on a later page is thrown after the earlier pages' items")
    func errorOnLaterPage() async throws {
        let transport = RecordingTransport(responses: [
            .json(200, SeedSamples.page(["a"], nextToken: "t1")),
            .json(400, #"{"__type":"ClientException","message":"token expired"}"#),
        ])
        var ids: [String] = []
        let error = await #expect(throws: Batch.ClientException.self) {
            for try await job in BatchClient(transport: transport).listJobsItems(Batch.ListJobsRequest(jobQueue: "q")) {
                ids.append(job.jobId)
            }
        }
        #expect(error?.message == "token expired")
        #expect(ids == ["a"])
    }
}
