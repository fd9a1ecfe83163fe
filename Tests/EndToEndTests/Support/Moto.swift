import Batch
import Foundation
import ShapegenRuntime
import ShapegenSigV4
import ShapegenTestSupport
import Testing

/// The moto server `scripts/test` starts, and what `scripts/moto/seed.py` put in it and got back
/// from boto3.
///
/// The tests here run only when `SHAPEGEN_MOTO_ENDPOINT` is set (`scripts/test` always sets it),
/// so that a plain `swift test` skips them.
enum Moto {
    /// The server's URL, e.g. `http://127.0.0.1:41234`.
    static let endpointVariable = "SHAPEGEN_MOTO_ENDPOINT"
    /// The JSON file `seed.py` wrote.
    static let fixturesVariable = "SHAPEGEN_MOTO_FIXTURES"

    /// Whether a server was set up for this run.
    static var isConfigured: Bool { ProcessInfo.processInfo.environment[endpointVariable] != nil }

    /// Whether `scripts/benchmark-moto` asked for the latency benchmark.
    static var isBenchmarkRequested: Bool {
        isConfigured && ProcessInfo.processInfo.environment["SHAPEGEN_BENCHMARK_OUTPUT"] != nil
    }

    /// The seeded facts and boto3's answers, read once.
    static let fixtures: Result<MotoFixtures, any Error> = Result {
        let environment = ProcessInfo.processInfo.environment
        guard let path = environment[fixturesVariable] else { throw MissingVariable(name: fixturesVariable) }
        return try MotoFixtures(data: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    struct MissingVariable: Error, CustomStringConvertible {
        var name: String
        var description: String { "\(name) is not set; run the end-to-end tests through scripts/test" }
    }

    /// A generated client over `URLSessionTransport`, signing with the seeded IAM user's key (or the given one).
    static func client(accessKeyID: String? = nil, secretAccessKey: String? = nil) throws -> BatchClient {
        let fixtures = try fixtures.get()
        let credentials = StaticCredentialProvider(
            accessKeyID: accessKeyID ?? fixtures.accessKeyID,
            secretAccessKey: secretAccessKey ?? fixtures.secretAccessKey)
        return try client(signer: SigV4Signer(credentials: credentials))
    }

    /// A generated client over `transport` (`URLSessionTransport` unless given) with `signer`.
    static func client(
        signer: any RequestSigner, transport: any HTTPTransport = URLSessionTransport(timeout: .seconds(10))
    )
        throws -> BatchClient
    {
        let fixtures = try fixtures.get()
        let endpoint = try #require(URL(string: fixtures.endpoint))
        return BatchClient(
            transport: transport,
            configuration: ClientConfiguration(region: fixtures.region, endpoint: endpoint, signer: signer))
    }
}

/// The contents of the fixtures file.
struct MotoFixtures: Sendable {
    /// One ListJobs call as boto3 made it.
    struct Call: Sendable {
        var request: Batch.ListJobsRequest
        /// boto3's response, `ResponseMetadata` removed.
        var json: JSONValue
        /// The same response decoded into the generated shape.
        var response: Batch.ListJobsResponse
    }

    /// What boto3 got for an unknown queue.
    struct RecordedError: Decodable, Sendable {
        var code: String
        var message: String
        var status: Int
    }

    var endpoint: String
    var region: String
    var accessKeyID: String
    var secretAccessKey: String
    var arrayJobID: String
    var calls: [String: Call]
    var unknownQueue: RecordedError

    init(data: Data) throws {
        struct File: Decodable {
            struct RawCall: Decodable {
                var request: JSONValue
                var response: JSONValue
            }
            var endpoint: String
            var region: String
            var accessKeyId: String
            var secretAccessKey: String
            var arrayJobId: String
            var cases: [String: RawCall]
            var unknownQueue: RecordedError
        }
        let file = try JSONDecoder().decode(File.self, from: data)
        endpoint = file.endpoint
        region = file.region
        accessKeyID = file.accessKeyId
        secretAccessKey = file.secretAccessKey
        arrayJobID = file.arrayJobId
        unknownQueue = file.unknownQueue
        calls = try file.cases.mapValues { raw in
            Call(
                request: try JSONCoding.decoder.decode(Batch.ListJobsRequest.self, from: raw.request.data),
                json: raw.response,
                response: try JSONCoding.decoder.decode(Batch.ListJobsResponse.self, from: raw.response.data))
        }
    }

    /// The recorded call called `name`.
    func call(_ name: String) throws -> Call {
        try #require(calls[name], "seed.py recorded no call '\(name)'")
    }
}
