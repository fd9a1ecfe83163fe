import Batch
import Foundation
import HTTPTypes
import ShapegenHTTPTestSupport
import ShapegenRuntime
import Testing

/// moto answers `ListJobs` in one page and ignores `maxResults` and `nextToken`, so paging is checked
/// in process: moto's own job list, served page by page as AWS would, through the generated paginators.
@Suite(
    "Paging over moto's jobs, in process",
    .enabled(if: Moto.isConfigured, "needs the jobs scripts/test seeds into moto"))
struct PagingReplayTests {
    @Test("listJobsItems yields every job once, in order, whatever the page size", arguments: [1, 7, 10, 100])
    func items(pageSize: Int) async throws {
        let jobs = try Moto.fixtures.get().call("queue").response.jobSummaryList
        let transport = PagingTransport(jobs: jobs)
        let client = BatchClient(transport: transport)
        var seen: [Batch.JobSummary] = []
        for try await job in client.listJobsItems(Batch.ListJobsRequest(jobQueue: "builds", maxResults: pageSize)) {
            seen.append(job)
        }
        #expect(seen == jobs)
        let requests = await transport.requests
        #expect(requests.count == max(1, (jobs.count + pageSize - 1) / pageSize))
        #expect(requests.first?.nextToken == nil)
        #expect(
            requests.dropFirst().allSatisfy {
                $0.nextToken != nil && $0.jobQueue == "builds" && $0.maxResults == pageSize
            })
    }

    @Test("listJobsPages stops at the page without a token")
    func pages() async throws {
        let jobs = try Moto.fixtures.get().call("queue").response.jobSummaryList
        var sizes: [Int] = []
        for try await page in BatchClient(transport: PagingTransport(jobs: jobs)).listJobsPages(
            Batch.ListJobsRequest(jobQueue: "builds", maxResults: 10))
        {
            sizes.append(page.jobSummaryList.count)
        }
        #expect(sizes == stride(from: 0, to: jobs.count, by: 10).map { min(10, jobs.count - $0) })
    }
}

/// Serves `jobs` for `ListJobs` in pages of `maxResults`, with an opaque offset token, as AWS pages.
actor PagingTransport: HTTPTransport {
    private let jobs: [Batch.JobSummary]
    private(set) var requests: [Batch.ListJobsRequest] = []

    init(jobs: [Batch.JobSummary]) {
        self.jobs = jobs
    }

    func send(_ request: HTTPRequest, body: Data) async throws -> (HTTPResponse, Data) {
        let input = try JSONCoding.decoder.decode(Batch.ListJobsRequest.self, from: body)
        requests.append(input)
        let start = input.nextToken.flatMap { Int($0.dropFirst("offset-".count)) } ?? 0
        let end = min(jobs.count, start + (input.maxResults ?? 100))
        let next = end < jobs.count ? "offset-\(end)" : nil
        let page = Batch.ListJobsResponse(jobSummaryList: Array(jobs[start..<end]), nextToken: next)
        return CannedResponse(status: 200, body: try JSONCoding.encoder.encode(page)).message
    }
}
