import Batch
import ShapegenRuntime
import Testing

/// The job status enum check and several violations reported together.
@Suite("ListJobs: jobStatus and combined violations")
struct ListJobsValidationTests {
    static let statusList = "SUBMITTED, PENDING, RUNNABLE, STARTING, RUNNING, SUCCEEDED, FAILED"

    @Test("every known job status is valid", arguments: Batch.JobStatus.allCases)
    func knownStatusIsValid(status: Batch.JobStatus) {
        #expect(violations(of: Batch.ListJobsRequest(jobQueue: "q", jobStatus: status)) == [])
    }

    @Test("an unknown job status is rejected, listing the known ones")
    func unknownStatusIsRejected() {
        let request = Batch.ListJobsRequest(jobQueue: "q", jobStatus: Batch.JobStatus(rawValue: "PAUSED"))
        #expect(
            violations(of: request) == [
                violation("jobStatus", "must be one of \(Self.statusList), got \"PAUSED\"")
            ])
    }

    @Test("several violations are all reported in one ValidationError, in check order")
    func severalViolationsAtOnce() throws {
        let request = Batch.ListJobsRequest(
            jobStatus: Batch.JobStatus(rawValue: "PAUSED"), maxResults: 101,
            filters: [
                Batch.ListJobsFilter(name: "AFTER_CREATED_AT", values: ["soon"]), Batch.ListJobsFilter(name: "NAME"),
            ])
        let error = try #require(throws: ValidationError.self) { try request.validate() }
        #expect(
            error.violations == [
                violation("jobStatus", "must be one of \(Self.statusList), got \"PAUSED\""),
                violation("filters", "must have at most 1 element, got 2"),
                violation(
                    "filters[0].values[0]",
                    "must be a decimal number, the time since 00:00:00 UTC on January 1, 1970, got \"soon\""),
                violation(
                    "filters[1].name",
                    "must be one of JOB_NAME, JOB_DEFINITION, BEFORE_CREATED_AT, AFTER_CREATED_AT, SHARE_IDENTIFIER, got \"NAME\""
                ),
                violation("", "exactly one of jobQueue, arrayJobId, multiNodeJobId must be set, but none is"),
                violation("maxResults", "must be at most 100 when filters is set, got 101"),
            ])
    }

    @Test("the error's description counts and lists the violations")
    func errorDescription() throws {
        let request = Batch.ListJobsRequest(jobQueue: "q", arrayJobId: "a", maxResults: 0)
        let error = try #require(throws: ValidationError.self) { try request.validate() }
        #expect(
            error.description == """
                2 validation errors: maxResults: must be at least 1, got 0; \
                exactly one of jobQueue, arrayJobId, multiNodeJobId must be set, but jobQueue and arrayJobId are
                """)
    }

    @Test("README's example: no target, and a page too large for a filtered listing")
    func readmeExample() throws {
        let request = Batch.ListJobsRequest(maxResults: 500, filters: [.init(name: "JOB_NAME", values: ["build-*"])])
        let error = try #require(throws: ValidationError.self) { try request.validate() }
        #expect(
            error.description == """
                2 validation errors: exactly one of jobQueue, arrayJobId, multiNodeJobId must be set, but none is; \
                maxResults: must be at most 100 when filters is set, got 500
                """)
    }
}
