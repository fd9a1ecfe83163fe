import Batch
import Foundation
import ShapegenRuntime
import ShapegenTestSupport
import Testing

/// Decoding ListJobs responses with the runtime's decoder, as the client does.
@Suite("ListJobsResponse decoding")
struct ListJobsResponseDecodingTests {
    /// Decodes `json` as a `ListJobsResponse`.
    private func decode(_ json: String) throws -> Batch.ListJobsResponse {
        try JSONCoding.decoder.decode(Batch.ListJobsResponse.self, from: Data(json.utf8))
    }

    /// The runtime's one-line description of the error decoding `json` throws.
    private func decodingFailure(_ json: String) throws -> String {
        let error = try #require(throws: DecodingError.self) { try decode(json) }
        return JSONCoding.describe(error)
    }

    @Test("the seed's full Response Syntax sample decodes with every member")
    func fullSampleDecodes() throws {
        let response = try decode(SeedSamples.fullResponse)
        #expect(response == SeedSamples.fullResponseValue)

        let job = try #require(response.jobSummaryList.first)
        #expect(response.jobSummaryList.count == 1)
        #expect(job.status == .succeeded)
        #expect(job.createdAt == 1_627_776_000_123)
        #expect(job.container?.exitCode == 0)
        #expect(job.arrayProperties?.index == 3)
        #expect(job.nodeProperties?.isMainNode == true)
        #expect(job.jobDefinition == "arn:aws:batch:us-east-1:123456789012:job-definition/report:7")
        #expect(response.nextToken == "eyJwYWdlIjoyfQ==")
    }

    @Test("only jobId and jobName are needed in a summary; null and absent members are nil")
    func minimalSummary() throws {
        let response = try decode(#"{"jobSummaryList":[{"jobId":"1","jobName":"a","status":null}],"nextToken":null}"#)
        #expect(response == Batch.ListJobsResponse(jobSummaryList: [Batch.JobSummary(jobId: "1", jobName: "a")]))
    }

    @Test("members this model does not know are ignored")
    func unknownMembersAreIgnored() throws {
        let response = try decode(
            #"{"jobSummaryList":[{"jobId":"1","jobName":"a","memberAddedNextYear":"s"}],"extra":[1]}"#)
        #expect(response == Batch.ListJobsResponse(jobSummaryList: [Batch.JobSummary(jobId: "1", jobName: "a")]))
    }

    @Test("a summary without jobId fails, naming the path")
    func missingJobId() throws {
        let json = #"{"jobSummaryList":[{"jobId":"1","jobName":"a"},{"jobName":"b"}]}"#
        let error = try #require(throws: DecodingError.self) { try decode(json) }
        guard case .keyNotFound(let key, _) = error else {
            Issue.record("expected keyNotFound, got \(error)")
            return
        }
        #expect(key.stringValue == "jobId")
        #expect(JSONCoding.describe(error) == "jobSummaryList[1].jobId: required member is missing")
    }

    @Test("a response without jobSummaryList fails, naming it")
    func missingJobSummaryList() throws {
        #expect(try decodingFailure(#"{"nextToken":"t"}"#) == "jobSummaryList: required member is missing")
    }

    @Test("a member of the wrong type fails, naming the path and the expected type")
    func wrongType() throws {
        let json = #"{"jobSummaryList":[{"jobId":"1","jobName":"a","container":{"exitCode":"zero"}}]}"#
        #expect(try decodingFailure(json) == "jobSummaryList[0].container.exitCode: expected Int")
    }

    @Test("encoding then decoding gives the same value")
    func roundTrip() throws {
        let data = try JSONCoding.encoder.encode(SeedSamples.fullResponseValue)
        #expect(try JSONCoding.decoder.decode(Batch.ListJobsResponse.self, from: data) == SeedSamples.fullResponseValue)
        #expect(try JSONValue(parsing: data) == JSONValue(parsing: SeedSamples.fullResponse))
    }
}
