import Foundation
import GeneratedBatch
import ShapegenRuntime

// Prints one JSON object: microseconds per call, generated and hand-written, for each case.
// `--quick` takes fewer rounds.
let quick = CommandLine.arguments.contains("--quick")
let rounds = quick ? 5 : 21
let body = listJobsResponseJSON(count: 100)
let decoder = JSONCoding.decoder
let encoder = JSONCoding.encoder

let generated = try decoder.decode(Batch.ListJobsResponse.self, from: body)
let handWritten = try decoder.decode(HandListJobsResponse.self, from: body)
precondition(generated.jobSummaryList.count == 100 && handWritten.jobSummaryList.count == 100)

let request = Batch.ListJobsRequest(
    jobQueue: "queue", maxResults: 50, filters: [.init(name: "JOB_NAME", values: ["nightly*"])])
let handRequest = HandListJobsRequest(
    jobQueue: "queue", maxResults: 50, filters: [.init(name: "JOB_NAME", values: ["nightly*"])])
try request.validate()
precondition(handRequest.problems().isEmpty)

var sink = 0
let results: [String: [String: Double]] = [
    "decode": try compare(rounds: rounds, iterations: 20) {
        sink &+= try decoder.decode(Batch.ListJobsResponse.self, from: body).jobSummaryList.count
    } _: {
        sink &+= try decoder.decode(HandListJobsResponse.self, from: body).jobSummaryList.count
    },
    "encode": try compare(rounds: rounds, iterations: 20) {
        sink &+= try encoder.encode(generated).count
    } _: {
        sink &+= try encoder.encode(handWritten).count
    },
    "validate": try compare(rounds: rounds, iterations: 10_000) {
        try request.validate()
        sink &+= 1
    } _: {
        sink &+= handRequest.problems().count + 1
    },
]
precondition(sink != 0)
let output = try JSONSerialization.data(withJSONObject: results, options: [.sortedKeys])
print(String(decoding: output, as: UTF8.self))
