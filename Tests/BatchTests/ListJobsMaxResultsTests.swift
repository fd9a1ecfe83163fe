import Batch
import ShapegenRuntime
import Testing

/// "This value can be between 1 and 100."
@Suite("ListJobs: maxResults is 1 to 100")
struct ListJobsMaxResultsTests {
    @Test("the bounds themselves are valid", arguments: [1, 100])
    func boundsAreValid(maxResults: Int) {
        #expect(violations(of: ListJobsRequest(jobQueue: "q", maxResults: maxResults)) == [])
    }

    @Test("0 is below the minimum")
    func zeroIsRejected() {
        #expect(violations(of: ListJobsRequest(jobQueue: "q", maxResults: 0)) == [
            violation("maxResults", "must be at least 1, got 0")
        ])
    }

    @Test("101 is above the maximum")
    func hundredAndOneIsRejected() {
        #expect(violations(of: ListJobsRequest(jobQueue: "q", maxResults: 101)) == [
            violation("maxResults", "must be at most 100, got 101")
        ])
    }

    @Test("a negative value is below the minimum")
    func negativeIsRejected() {
        #expect(violations(of: ListJobsRequest(jobQueue: "q", maxResults: -5)) == [
            violation("maxResults", "must be at least 1, got -5")
        ])
    }
}
