import Batch
import ShapegenRuntime
import Testing

/// "The minimum value is 1. When `--job-status` is used, Batch returns up to 1000 values. When
/// `--filters` is used, Batch returns up to 100 values. If neither parameter is used, then
/// `ListJobs` returns up to 1000 results."
@Suite("ListJobs: maxResults is 1 to 1000, and at most 100 with a filter")
struct ListJobsMaxResultsTests {
    static let filter = Batch.ListJobsFilter(name: "JOB_NAME", values: ["nightly*"])

    @Test("the bounds themselves are valid", arguments: [1, 100, 101, 1000])
    func boundsAreValid(maxResults: Int) {
        #expect(violations(of: Batch.ListJobsRequest(jobQueue: "q", maxResults: maxResults)) == [])
        #expect(
            violations(of: Batch.ListJobsRequest(jobQueue: "q", jobStatus: .succeeded, maxResults: maxResults)) == [])
    }

    @Test("0 is below the minimum")
    func zeroIsRejected() {
        #expect(
            violations(of: Batch.ListJobsRequest(jobQueue: "q", maxResults: 0)) == [
                violation("maxResults", "must be at least 1, got 0")
            ])
    }

    @Test("1001 is above the maximum")
    func thousandAndOneIsRejected() {
        #expect(
            violations(of: Batch.ListJobsRequest(jobQueue: "q", jobStatus: .succeeded, maxResults: 1001)) == [
                violation("maxResults", "must be at most 1000, got 1001")
            ])
    }

    @Test("with a filter, 100 is valid and 101 is refused, naming the condition")
    func filterLimitsToAHundred() {
        #expect(violations(of: Batch.ListJobsRequest(jobQueue: "q", maxResults: 100, filters: [Self.filter])) == [])
        #expect(
            violations(of: Batch.ListJobsRequest(jobQueue: "q", maxResults: 101, filters: [Self.filter])) == [
                violation("maxResults", "must be at most 100 when filters is set, got 101")
            ])
    }

    @Test("a negative value is below the minimum")
    func negativeIsRejected() {
        #expect(
            violations(of: Batch.ListJobsRequest(jobQueue: "q", maxResults: -5)) == [
                violation("maxResults", "must be at least 1, got -5")
            ])
    }
}
