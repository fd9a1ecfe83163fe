// Code that lives beside generated services: it imports Foundation, swift-http-types and four
// services, and still means Swift's and Foundation's types by their plain names. ECS declares a
// `Task`, S3 an `Error`, and ECS, S3 and STS each a `Tag`; all of them stay in their service's
// namespace. Built with warnings as errors and run by `CorpusSampleCompileTests`.
import CorpusBatch
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

let waited: Result<Duration, Refusal> = await Task { () -> Result<Duration, Refusal> in .success(.milliseconds(1)) }.value
check(waited == .success(.milliseconds(1)), "Task, Result and Duration are the standard library's")
let thrown: any Error = Refusal()
check(thrown is Refusal, "Error is Swift.Error")
let url = URL(string: "https://example.com/a%20b")
let data = Data("x".utf8)
let locale = Locale(identifier: "en_US_POSIX")
check(url?.path == "/a b" && data.count == 1 && locale.identifier == "en_US_POSIX", "URL, Data and Locale are Foundation's")
// ShapegenRuntime declares an `HTTPRequest` of its own; with both imported, this one is qualified.
let request = HTTPTypes.HTTPRequest(method: .get, scheme: "https", authority: "example.com", path: "/")
check(request.method == .get, "HTTPTypes")

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
print("coexistence: every name means what it says")
