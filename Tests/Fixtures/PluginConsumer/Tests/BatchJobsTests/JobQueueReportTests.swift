import Testing

@testable import BatchJobs

@Test func reportListsTheJobsOfEveryPage() async throws {
    let report = try await JobQueueReport.sample(queue: "q", jobNames: ["a", "b"])
    #expect(report.jobNames == ["a", "b"])
}

@Test func generatedTypesValidate() throws {
    #expect(throws: (any Error).self) { try Batch.ListJobsRequest(maxResults: 1000).validate() }
}
