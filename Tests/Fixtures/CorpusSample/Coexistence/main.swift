// Code that lives beside generated services: it imports Foundation, swift-http-types and five
// services, and still means Swift's, Foundation's and swift-http-types' types by their plain names
// (`HTTPRequest`, `HTTPResponse` and `HTTPFields` unqualified, as a Hummingbird app writes them;
// ShapegenRuntime's transport speaks those very types). ECS declares a
// `Task`, S3 an `Error`, and ECS, S3 and STS each a `Tag`; all of them stay in their service's
// namespace. Bedrock Runtime's unions are enums. Built with warnings as errors and run by
// `CorpusSampleCompileTests`.
import CorpusBatch
import CorpusBedrockRuntime
import CorpusEcs
import CorpusS3
import CorpusSts
import Foundation
import HTTPTypes
import ShapegenRuntime

struct Refusal: Error, Equatable {}

func check(_ condition: Bool, _ what: String) {
    if !condition { print("coexistence failed: \(what)") }
}

let waited: Result<Duration, Refusal> = await Task { () -> Result<Duration, Refusal> in .success(.milliseconds(1)) }
    .value
check(waited == .success(.milliseconds(1)), "Task, Result and Duration are the standard library's")
let thrown: any Error = Refusal()
check(thrown is Refusal, "Error is Swift.Error")
let url = URL(string: "https://example.com/a%20b")
let data = Data("x".utf8)
let locale = Locale(identifier: "en_US_POSIX")
check(
    url?.path == "/a b" && data.count == 1 && locale.identifier == "en_US_POSIX",
    "URL, Data and Locale are Foundation's")
// swift-http-types' names, unqualified beside `import ShapegenRuntime`: the runtime has no look-alikes.
let request = HTTPRequest(method: .get, scheme: "https", authority: "example.com", path: "/a?b=1")
let fields: HTTPFields = [.contentType: "application/json", .accept: "*/*"]
let answer = HTTPResponse(status: .ok, headerFields: fields)
check(
    request.method == .get && request.url?.absoluteString == "https://example.com/a?b=1"
        && answer.headerFields[.contentType] == "application/json",
    "HTTPRequest, HTTPResponse and HTTPFields are swift-http-types'")
check(
    type(of: request) == HTTPTypes.HTTPRequest.self && type(of: answer) == HTTPTypes.HTTPResponse.self,
    "the unqualified names are HTTPTypes' own")
check(HTTPField.Name.xAmzTarget.canonicalName == "x-amz-target", "the runtime's field names are HTTPField.Name values")

/// A transport written as an app writes one, with swift-http-types' types: a generated client
/// takes it, and what the client sends is an `HTTPRequest`.
actor EchoTransport: HTTPTransport {
    private(set) var sent: [HTTPRequest] = []

    func send(_ request: HTTPRequest, body: Data) async throws -> (HTTPResponse, Data) {
        sent.append(request)
        let xml =
            "<GetCallerIdentityResponse><GetCallerIdentityResult><Account>123456789012</Account>"
            + "</GetCallerIdentityResult></GetCallerIdentityResponse>"
        return (HTTPResponse(status: .ok, headerFields: [.contentType: "text/xml"]), Data(xml.utf8))
    }
}
let transport = EchoTransport()
let sts = STSClient(
    transport: transport, configuration: ClientConfiguration(endpoint: URL(string: "http://localhost:4566")))
let identity = try await sts.getCallerIdentity(.init())
let sentRequests: [HTTPRequest] = await transport.sent
check(
    sentRequests.map { "\($0.method) \($0.scheme ?? "")://\($0.authority ?? "")\($0.path ?? "")" }
        == ["POST http://localhost:4566/"]
        && sentRequests.first?.headerFields[.contentType] == "application/x-www-form-urlencoded; charset=utf-8"
        && identity.account == "123456789012",
    "the STS client sends an HTTPRequest through an app's transport: \(sentRequests), \(identity)")

// The services' own types, by their namespaces; a tag of each service that declares one.
let tags = [ECS.Tag(key: "k", value: "v").key, S3.Tag(key: "k", value: "v").key, STS.Tag(key: "k", value: "v").key]
check(tags == ["k", "k", "k"], "ECS.Tag, S3.Tag and STS.Tag")
let missing = S3.Error(code: "NoSuchKey")
let ecsTask = ECS.Task(taskArn: "arn:aws:ecs:task")
check(missing.code == "NoSuchKey" && ecsTask.taskArn == "arn:aws:ecs:task", "S3.Error and ECS.Task")

// Call sites name no shape: `.init` takes its type from the operation.
var batch = BatchMock()
batch.listJobsHandler = { input in
    .init(jobSummaryList: [.init(jobId: "1", jobName: input.jobQueue ?? "")])
}
var names: [String] = []
for try await job in batch.listJobsItems(.init(jobQueue: "q")) { names.append(job.jobName) }
check(names == ["q"], "the Batch mock and its paginator")
// A union is an enum: a Converse request's content is built with `.text(…)` and read with `switch`.
var bedrock = BedrockRuntimeMock()
bedrock.converseHandler = { input in
    let said =
        input.messages?.first?.content.compactMap { block -> String? in
            if case .text(let text) = block { text } else { nil }
        } ?? []
    return .init(
        output: .message(.init(role: .assistant, content: [.text(said.joined() + "!")])), stopReason: .endTurn,
        usage: .init(inputTokens: 1, outputTokens: 1, totalTokens: 2), metrics: .init(latencyMs: 1))
}
let reply = try await bedrock.converse(
    .init(modelId: "model", messages: [.init(role: .user, content: [.text("Hello")])]))
if case .message(let message) = reply.output, message.content == [.text("Hello!")] {
} else {
    check(false, "Converse through the mock: \(reply.output)")
}
let blocks: [BedrockRuntime.ContentBlock] = [
    .text("Hello"), .image(.init(format: .png, source: .bytes(Data([1, 2])))), .sdkUnknown("addedLater"),
]
let encoded = try JSONCoding.encoder.encode(Array(blocks.prefix(2)))
let wire = try JSONSerialization.jsonObject(with: encoded) as? [[String: Any]]
check(wire?.map { $0.keys.sorted() } == [["text"], ["image"]], "a ContentBlock is written as its one member")
check(
    try JSONCoding.decoder.decode([BedrockRuntime.ContentBlock].self, from: encoded) == Array(blocks.prefix(2)),
    "ContentBlock round trip")
let later = try JSONCoding.decoder.decode(
    BedrockRuntime.ContentBlock.self, from: Data(#"{"addedLater": {"x": 1}}"#.utf8))
check(later == blocks[2], "a member added later decodes as sdkUnknown")
check((try? JSONCoding.encoder.encode(blocks[2])) == nil, "an unknown member is not sent")
check(
    (try? JSONCoding.decoder.decode(BedrockRuntime.ContentBlock.self, from: Data(#"{"text": "a", "image": {}}"#.utf8)))
        == nil, "two members")
print("coexistence: every name means what it says")
