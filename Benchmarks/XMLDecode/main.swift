import Foundation
import HTTPTypes
import IAM
import S3
import ShapegenRuntime

// Decodes S3's ListObjectsV2 and IAM's ListUsers answers (the files named) through the generated
// clients over an in-memory transport, and prints one JSON object: for each, the median
// microseconds per call over `repetitions` runs of `iterations` calls, the items decoded and the
// last one's key or name (which Benchmarks/Scripts/xml_decode.py compares with botocore's).
// A call is the client's whole path but the network: encode the request, decode the answer.

/// Answers every request with the same body.
struct CannedTransport: HTTPTransport {
    let body: Data

    func send(_ request: HTTPRequest, body _: Data) async throws -> (HTTPResponse, Data) {
        (HTTPResponse(status: .ok, headerFields: [.contentType: "application/xml"]), body)
    }
}

let arguments = CommandLine.arguments
guard arguments.count == 5, let iterations = Int(arguments[3]), let repetitions = Int(arguments[4]) else {
    FileHandle.standardError.write(
        Data("usage: XMLDecodeBenchmark <ListObjectsV2.xml> <ListUsers.xml> <iterations> <repetitions>\n".utf8))
    exit(2)
}
let configuration = ClientConfiguration(endpoint: URL(string: "http://localhost"))
let s3 = S3Client(
    transport: CannedTransport(body: try Data(contentsOf: URL(fileURLWithPath: arguments[1]))),
    configuration: configuration)
let iam = IAMClient(
    transport: CannedTransport(body: try Data(contentsOf: URL(fileURLWithPath: arguments[2]))),
    configuration: configuration)

/// The median microseconds per call of `call`, after one warm-up run.
func medianMicroseconds(_ call: () async throws -> Void) async throws -> Double {
    var samples: [Double] = []
    for repetition in -1..<repetitions {
        let start = ContinuousClock.now
        for _ in 0..<iterations { try await call() }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        if repetition >= 0 { samples.append(seconds * 1e6 / Double(iterations)) }
    }
    return samples.sorted()[samples.count / 2]
}

let objects = try await s3.listObjectsV2(.init(bucket: "bucket")).contents ?? []
let users = try await iam.listUsers(.init()).users
var sink = 0
let s3Time = try await medianMicroseconds {
    sink &+= try await s3.listObjectsV2(.init(bucket: "bucket")).contents?.count ?? 0
}
let iamTime = try await medianMicroseconds { sink &+= try await iam.listUsers(.init()).users.count }
precondition(sink > 0)
let report: [String: Any] = [
    "s3ListObjectsV2": ["microseconds": s3Time, "items": objects.count, "last": objects.last?.key ?? ""],
    "iamListUsers": ["microseconds": iamTime, "items": users.count, "last": users.last?.userName ?? ""],
]
print(String(decoding: try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys]), as: UTF8.self))
