import ShapegenRuntime

/// What the package offers: a summary of a job queue, built on the generated (internal) Batch types.
public struct JobQueueReport: Sendable, Equatable {
    /// The names of the queue's jobs, in the order the service listed them.
    public var jobNames: [String]

    /// Lists every job of `queue` through `client`, following pages.
    static func make(queue: String, using client: some BatchAPI) async throws -> JobQueueReport {
        var names: [String] = []
        for try await job in client.listJobsItems(.init(jobQueue: queue)) {
            names.append(job.jobName)
        }
        return JobQueueReport(jobNames: names)
    }

    /// The report for `queue` from a service that answers with `jobNames` in one page.
    public static func sample(queue: String, jobNames: [String]) async throws -> JobQueueReport {
        var mock = BatchMock()
        mock.listJobsHandler = { _ in
            Batch.ListJobsResponse(jobSummaryList: jobNames.map { .init(jobId: "id-" + $0, jobName: $0) })
        }
        return try await make(queue: queue, using: mock)
    }
}
