import Batch
import Foundation
import HTTPTypes
import ShapegenHTTPTestSupport
import ShapegenRuntime
import Testing

/// How `BatchClient` turns error responses and broken bodies into errors.
@Suite("BatchClient errors")
struct BatchClientErrorTests {
    /// Calls ListJobs with a valid input over a transport that answers `response`.
    private func listJobs(answering response: CannedResponse) async throws -> Batch.ListJobsResponse {
        try await BatchClient(transport: RecordingTransport(response)).listJobs(Batch.ListJobsRequest(jobQueue: "q"))
    }

    @Test(
        "a 400 with X-Amzn-ErrorType ClientException throws ClientException with its message",
        arguments: ["ClientException", "ClientException:http://internal.amazon.com/coral/com.amazonaws.batch/"])
    func clientExceptionFromHeader(errorType: String) async throws {
        let response = CannedResponse.json(
            400, #"{"message":"jobQueue q does not exist"}"#, headers: [HTTPField("X-Amzn-ErrorType", errorType)])
        let error = await #expect(throws: Batch.ClientException.self) { try await listJobs(answering: response) }
        #expect(error == Batch.ClientException(message: "jobQueue q does not exist"))
    }

    @Test("a 400 with __type in the body throws ClientException with its message")
    func clientExceptionFromBody() async throws {
        let response = CannedResponse.json(
            400, #"{"__type":"com.amazonaws.batch#ClientException","message":"bad filter"}"#)
        let error = await #expect(throws: Batch.ClientException.self) { try await listJobs(answering: response) }
        #expect(error == Batch.ClientException(message: "bad filter"))
    }

    @Test("a 500 ServerException throws ServerException")
    func serverException() async throws {
        let response = CannedResponse.json(
            500, #"{"message":"internal"}"#, headers: [HTTPField("x-amzn-errortype", "ServerException")])
        let error = await #expect(throws: Batch.ServerException.self) { try await listJobs(answering: response) }
        #expect(error == Batch.ServerException(message: "internal"))
    }

    @Test("an unmodelled error code throws ServiceError with status, code, message and request ID")
    func unmodelledError() async throws {
        let response = CannedResponse.json(
            403, #"{"message":"User is not authorized to perform: batch:ListJobs"}"#,
            headers: [
                HTTPField(
                    "X-Amzn-ErrorType",
                    "AccessDeniedException:http://internal.amazon.com/coral/com.amazon.coral.service/"),
                HTTPField("x-amzn-RequestId", "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"),
            ])
        let error = await #expect(throws: ServiceError.self) { try await listJobs(answering: response) }
        #expect(
            error
                == ServiceError(
                    status: 403, code: "AccessDeniedException",
                    message: "User is not authorized to perform: batch:ListJobs",
                    requestID: "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"))
    }

    @Test("an error without code or body is a ServiceError with just the status")
    func bareError() async throws {
        let error = await #expect(throws: ServiceError.self) {
            try await listJobs(answering: CannedResponse(status: 503))
        }
        #expect(error == ServiceError(status: 503, code: nil, message: nil, requestID: nil))
    }

    @Test(
        "a 200 whose body is not a ListJobs response throws ClientError.invalidResponse",
        arguments: [
            "<html><body>Service Unavailable</body></html>",
            #"{"jobSummaryList":[{"jobId":"1","jobN"#,
            "",
            "null",
            #"{"jobSummaryList":{}}"#,
        ])
    func invalidBody(body: String) async throws {
        let error = await #expect(throws: ClientError.self) { try await listJobs(answering: .json(200, body)) }
        guard case .invalidResponse(let operation, let reason)? = error else {
            Issue.record("expected invalidResponse, got \(String(describing: error))")
            return
        }
        #expect(operation == "ListJobs")
        #expect(!reason.isEmpty)
    }

    @Test("a 200 missing a required member names it in the invalidResponse reason")
    func missingMemberReason() async throws {
        let body = #"{"jobSummaryList":[{"jobName":"a"}]}"#
        let error = await #expect(throws: ClientError.self) { try await listJobs(answering: .json(200, body)) }
        #expect(
            error
                == .invalidResponse(
                    operation: "ListJobs", reason: "jobSummaryList[0].jobId: required member is missing"))
    }
}
