import Batch
import Foundation
import HTTPTypes
import ShapegenHTTPTestSupport
import ShapegenRuntime
import ShapegenTestSupport
import Testing

/// One request as botocore's rest-json serializer makes it, from
/// `Tests/Fixtures/BotocoreRestJSON/batch-requests.json` (which `BotocoreRestJSONOracleTests`
/// checks against the installed botocore).
struct BotocoreRequestCase: Decodable, CustomTestStringConvertible {
    var operation: String
    /// The input as botocore takes it, which is also the input's `Codable` form.
    var paramsData: Data
    var method: String
    var target: String
    var contentType: String?
    /// The JSON body; `nil` for none.
    var body: JSONValue?

    enum CodingKeys: String, CodingKey {
        case operation, params, method, target, contentType, body
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        operation = try container.decode(String.self, forKey: .operation)
        paramsData = try JSONEncoder().encode(try container.decode(JSONValue.self, forKey: .params))
        method = try container.decode(String.self, forKey: .method)
        target = try container.decode(String.self, forKey: .target)
        contentType = try container.decodeIfPresent(String.self, forKey: .contentType)
        body = try container.decodeIfPresent(JSONValue.self, forKey: .body)
    }

    var testDescription: String { operation }

    static func all() throws -> [BotocoreRequestCase] {
        let root = #filePath.components(separatedBy: "/Tests/")[0]
        let data = try Data(
            contentsOf: URL(fileURLWithPath: root + "/Tests/Fixtures/BotocoreRestJSON/batch-requests.json"))
        return try JSONDecoder().decode([BotocoreRequestCase].self, from: data)
    }
}

/// `BatchClient` binds URI labels and query lists as botocore does, and sends the same body.
@Suite("BatchClient rest-json bindings")
struct BatchRestJSONBindingTests {
    private func onlyRequest(_ transport: RecordingTransport) async throws -> SentRequest {
        let requests = await transport.requests
        try #require(requests.count == 1)
        return requests[0]
    }

    /// Calls the case's operation with its parameters, decoded into the operation's input type.
    private func send(_ request: BotocoreRequestCase, client: BatchClient) async throws {
        let decoder = JSONDecoder()
        switch request.operation {
        case "TagResource":
            _ = try await client.tagResource(decoder.decode(Batch.TagResourceRequest.self, from: request.paramsData))
        case "UntagResource":
            _ = try await client.untagResource(
                decoder.decode(Batch.UntagResourceRequest.self, from: request.paramsData))
        case "ListTagsForResource":
            _ = try await client.listTagsForResource(
                decoder.decode(Batch.ListTagsForResourceRequest.self, from: request.paramsData))
        case "ListJobs":
            _ = try await client.listJobs(decoder.decode(Batch.ListJobsRequest.self, from: request.paramsData))
        default: Issue.record("no call for \(request.operation)")
        }
    }

    @Test("method, path and query, Content-Type and body equal botocore's", arguments: try BotocoreRequestCase.all())
    func sameAsBotocore(expected: BotocoreRequestCase) async throws {
        let transport = RecordingTransport(.json(200, #"{"jobSummaryList":[],"tags":{}}"#))
        try await send(expected, client: BatchClient(transport: transport))
        let request = try await onlyRequest(transport)
        #expect(request.method == expected.method)
        #expect(request.path == expected.target)
        #expect(request.header("Content-Type") == expected.contentType)
        if let body = expected.body {
            #expect(try JSONValue(parsing: request.body) == body)
        } else {
            #expect(request.body.isEmpty)
        }
    }

    @Test("tagResource puts the ARN into the URI and only the tags into the body")
    func tagResource() async throws {
        let transport = RecordingTransport(.json(200, "{}"))
        let client = BatchClient(transport: transport)
        _ = try await client.tagResource(
            Batch.TagResourceRequest(resourceArn: "arn:aws:batch:us-east-1:1:job-queue/q", tags: ["k": "v"]))
        let request = try await onlyRequest(transport)
        #expect(request.method == "POST")
        #expect(request.path == "/v1/tags/arn%3Aaws%3Abatch%3Aus-east-1%3A1%3Ajob-queue%2Fq")
        #expect(try JSONValue(parsing: request.body) == JSONValue(parsing: #"{"tags":{"k":"v"}}"#))
    }

    @Test("untagResource repeats tagKeys in the query and sends no body")
    func untagResource() async throws {
        let transport = RecordingTransport(.json(200, "{}"))
        let client = BatchClient(transport: transport)
        _ = try await client.untagResource(Batch.UntagResourceRequest(resourceArn: "arn:x", tagKeys: ["a", "b c"]))
        let request = try await onlyRequest(transport)
        #expect(request.method == "DELETE")
        #expect(request.path == "/v1/tags/arn%3Ax?tagKeys=a&tagKeys=b%20c")
        #expect(request.body.isEmpty)
        #expect(request.header("Content-Type") == nil)
    }

    @Test("listTagsForResource decodes the tags from the body")
    func listTagsForResource() async throws {
        let transport = RecordingTransport(.json(200, #"{"tags":{"team":"data"}}"#))
        let response = try await BatchClient(transport: transport).listTagsForResource(
            Batch.ListTagsForResourceRequest(resourceArn: "arn:x"))
        #expect(response.tags == ["team": "data"])
        #expect(try await onlyRequest(transport).path == "/v1/tags/arn%3Ax")
    }

    @Test("an empty ARN is a validation error and nothing is sent")
    func emptyLabel() async throws {
        let transport = RecordingTransport(.json(200, "{}"))
        let error = await #expect(throws: ValidationError.self) {
            try await BatchClient(transport: transport).listTagsForResource(
                Batch.ListTagsForResourceRequest(resourceArn: ""))
        }
        #expect(error?.violations.map(\.path) == ["resourceArn"])
        #expect(await transport.requests.isEmpty)
    }

    @Test("with validation off, an empty ARN is still never sent as /v1/tags/")
    func emptyLabelWithoutValidation() async throws {
        let transport = RecordingTransport(.json(200, "{}"))
        let client = BatchClient(transport: transport, configuration: ClientConfiguration(validatesInput: false))
        await #expect(
            throws: ClientError.invalidRequest(
                operation: "ListTagsForResource", reason: "URI label 'resourceArn' is empty")
        ) {
            try await client.listTagsForResource(Batch.ListTagsForResourceRequest(resourceArn: ""))
        }
        #expect(await transport.requests.isEmpty)
    }
}
