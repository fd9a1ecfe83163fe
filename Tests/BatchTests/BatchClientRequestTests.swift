import Batch
import Foundation
import ShapegenHTTPTestSupport
import ShapegenRuntime
import ShapegenTestSupport
import Testing

/// What `BatchClient.listJobs` sends, and where.
@Suite("BatchClient requests")
struct BatchClientRequestTests {
    /// The one request `transport` received.
    private func onlyRequest(_ transport: RecordingTransport) async throws -> SentRequest {
        let requests = await transport.requests
        try #require(requests.count == 1)
        return requests[0]
    }

    @Test("ListJobs is a POST of the JSON input to /v1/listjobs, and the response decodes")
    func requestAndResponse() async throws {
        let transport = RecordingTransport(.json(200, SeedSamples.fullResponse))
        let client = BatchClient(transport: transport)
        let input = Batch.ListJobsRequest(
            jobQueue: "HighPriority", jobStatus: .running, maxResults: 25, nextToken: "abc",
            filters: [Batch.ListJobsFilter(name: "AFTER_CREATED_AT", values: ["1627776000"])])

        let response = try await client.listJobs(input)

        #expect(response == SeedSamples.fullResponseValue)
        let request = try await onlyRequest(transport)
        #expect(request.method == "POST")
        #expect(request.path == "/v1/listjobs")
        #expect(request.header("Content-Type") == "application/json")
        #expect(
            try JSONValue(parsing: request.body)
                == JSONValue(
                    parsing: """
                        {"jobQueue":"HighPriority","jobStatus":"RUNNING","maxResults":25,"nextToken":"abc",
                         "filters":[{"name":"AFTER_CREATED_AT","values":["1627776000"]}]}
                        """))
    }

    @Test("members that are nil are left out of the body")
    func nilMembersAreOmitted() async throws {
        let transport = RecordingTransport(.json(200, #"{"jobSummaryList":[]}"#))
        _ = try await BatchClient(transport: transport).listJobs(Batch.ListJobsRequest(arrayJobId: "a1"))
        let request = try await onlyRequest(transport)
        #expect(try JSONValue(parsing: request.body) == JSONValue(parsing: #"{"arrayJobId":"a1"}"#))
    }

    @Test(
        "the default endpoint is the region's",
        arguments: [
            ("us-east-1", "https://batch.us-east-1.amazonaws.com"),
            ("eu-west-3", "https://batch.eu-west-3.amazonaws.com"),
        ])
    func regionEndpoint(region: String, expected: String) async throws {
        let transport = RecordingTransport(.json(200, #"{"jobSummaryList":[]}"#))
        let client = BatchClient(transport: transport, configuration: ClientConfiguration(region: region))
        _ = try await client.listJobs(Batch.ListJobsRequest(jobQueue: "q"))
        #expect(try await onlyRequest(transport).endpoint.absoluteString == expected)
        #expect(client.core.endpoint.absoluteString == expected)
    }

    @Test("the default configuration uses us-east-1")
    func defaultRegion() {
        let client = BatchClient(transport: RecordingTransport(responses: []))
        #expect(client.core.endpoint.absoluteString == "https://batch.us-east-1.amazonaws.com")
    }

    @Test("an explicit endpoint overrides the region")
    func explicitEndpoint() async throws {
        let endpoint = try #require(URL(string: "http://localhost:4566"))
        let transport = RecordingTransport(.json(200, #"{"jobSummaryList":[]}"#))
        let client = BatchClient(
            transport: transport, configuration: ClientConfiguration(region: "eu-west-1", endpoint: endpoint))
        _ = try await client.listJobs(Batch.ListJobsRequest(jobQueue: "q"))
        let request = try await onlyRequest(transport)
        #expect(request.endpoint == endpoint)
        #expect(request.path == "/v1/listjobs")
    }

    @Test("an invalid input throws ValidationError and sends nothing")
    func invalidInputIsNotSent() async throws {
        let transport = RecordingTransport(.json(200, #"{"jobSummaryList":[]}"#))
        let client = BatchClient(transport: transport)
        let error = await #expect(throws: ValidationError.self) {
            try await client.listJobs(Batch.ListJobsRequest(jobQueue: "q", maxResults: 0))
        }
        #expect(error?.violations == [violation("maxResults", "must be at least 1, got 0")])
        #expect(await transport.requests.isEmpty)
    }

    @Test("with validation off, an invalid input is sent as it is")
    func validationOff() async throws {
        let transport = RecordingTransport(.json(200, #"{"jobSummaryList":[]}"#))
        let client = BatchClient(transport: transport, configuration: ClientConfiguration(validatesInput: false))
        let response = try await client.listJobs(
            Batch.ListJobsRequest(jobStatus: Batch.JobStatus(rawValue: "PAUSED"), maxResults: 0))
        #expect(response == Batch.ListJobsResponse(jobSummaryList: []))
        let request = try await onlyRequest(transport)
        #expect(try JSONValue(parsing: request.body) == JSONValue(parsing: #"{"jobStatus":"PAUSED","maxResults":0}"#))
    }
}
