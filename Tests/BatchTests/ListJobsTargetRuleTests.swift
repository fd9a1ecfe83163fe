import Batch
import ShapegenRuntime
import Testing

/// "You must specify only one of": jobQueue, arrayJobId, multiNodeJobId.
@Suite("ListJobs: exactly one of jobQueue, arrayJobId, multiNodeJobId")
struct ListJobsTargetRuleTests {
    @Test(
        "one target alone is valid",
        arguments: [
            Batch.ListJobsRequest(jobQueue: "HighPriority"),
            Batch.ListJobsRequest(arrayJobId: "a7c9e2f0-array"),
            Batch.ListJobsRequest(multiNodeJobId: "5d1e7c2b-mnp"),
        ])
    func oneTargetIsValid(request: Batch.ListJobsRequest) {
        #expect(violations(of: request) == [])
    }

    @Test("no target is rejected at the request itself")
    func noTargetIsRejected() {
        #expect(
            violations(of: Batch.ListJobsRequest(maxResults: 10)) == [
                violation("", "exactly one of jobQueue, arrayJobId, multiNodeJobId must be set, but none is")
            ])
    }

    @Test("two targets are rejected, naming both")
    func twoTargetsAreRejected() {
        let request = Batch.ListJobsRequest(jobQueue: "HighPriority", multiNodeJobId: "5d1e7c2b-mnp")
        #expect(
            violations(of: request) == [
                violation(
                    "",
                    "exactly one of jobQueue, arrayJobId, multiNodeJobId must be set, but jobQueue and multiNodeJobId are"
                )
            ])
    }

    @Test("three targets are rejected, naming all three")
    func threeTargetsAreRejected() {
        let request = Batch.ListJobsRequest(jobQueue: "q", arrayJobId: "a", multiNodeJobId: "m")
        #expect(
            violations(of: request) == [
                violation(
                    "",
                    "exactly one of jobQueue, arrayJobId, multiNodeJobId must be set, but jobQueue, arrayJobId and multiNodeJobId are"
                )
            ])
    }

    @Test("validate() throws ValidationError without a target and returns with one")
    func validateThrows() throws {
        #expect(throws: ValidationError.self) { try Batch.ListJobsRequest().validate() }
        try Batch.ListJobsRequest(jobQueue: "q").validate()
    }
}
