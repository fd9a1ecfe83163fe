import Batch
import Foundation
import ShapegenRuntime
import ShapegenTestSupport
import Testing

/// `JobStatus`: the seven documented values plus values a newer service may send.
@Suite("JobStatus")
struct JobStatusTests {
    static let known: [(String, Batch.JobStatus)] = [
        ("SUBMITTED", .submitted), ("PENDING", .pending), ("RUNNABLE", .runnable), ("STARTING", .starting),
        ("RUNNING", .running), ("SUCCEEDED", .succeeded), ("FAILED", .failed),
    ]

    /// Decodes a summary whose `status` member is the JSON `statusJSON`.
    private func summaryStatus(_ statusJSON: String) throws -> Batch.JobStatus? {
        let json = #"{"jobId":"1","jobName":"a","status":\#(statusJSON)}"#
        return try JSONCoding.decoder.decode(Batch.JobSummary.self, from: Data(json.utf8)).status
    }

    @Test("allCases lists the 7 documented values, in model order")
    func allCases() {
        #expect(Batch.JobStatus.allCases == Self.known.map(\.1))
        #expect(Batch.JobStatus.allCases.map(\.rawValue) == Self.known.map(\.0))
    }

    @Test("each documented value decodes to its case and back", arguments: known)
    func knownValues(raw: String, status: Batch.JobStatus) throws {
        #expect(try summaryStatus("\"\(raw)\"") == status)
        #expect(Batch.JobStatus(rawValue: raw) == status)
        #expect(status.rawValue == raw)
        #expect(status.isKnown)
        #expect(status.description == raw)
    }

    @Test("an undocumented value decodes to .unknown and re-encodes unchanged")
    func unknownValueRoundTrips() throws {
        let status = try summaryStatus(#""PAUSED""#)
        #expect(status == .unknown("PAUSED"))
        #expect(status?.isKnown == false)

        let summary = Batch.JobSummary(jobId: "1", jobName: "a", status: status)
        let encoded = try JSONValue(parsing: JSONCoding.encoder.encode(summary))
        #expect(encoded == (try JSONValue(parsing: #"{"jobId":"1","jobName":"a","status":"PAUSED"}"#)))
    }

    @Test("values are case sensitive: lower case is not a known value")
    func caseSensitive() {
        #expect(Batch.JobStatus(rawValue: "running") == .unknown("running"))
    }

    @Test("a bare status encodes as a JSON string")
    func encodesAsString() throws {
        #expect(
            String(
                decoding: try JSONCoding.encoder.encode([Batch.JobStatus.runnable, .unknown("PAUSED")]), as: UTF8.self)
                == #"["RUNNABLE","PAUSED"]"#)
    }

    @Test("a status that is not a string fails to decode")
    func nonStringFails() {
        #expect(throws: DecodingError.self) { try summaryStatus("3") }
    }
}
