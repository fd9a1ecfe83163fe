import Batch
import Foundation

/// JSON bodies taken from the 2021-07-27 ListJobs API page (`batch-listjobs-2021-07-27.txt`).
enum SeedSamples {
    /// The page's "Response Syntax" sample with every member present, placeholders replaced by
    /// distinct values so that a member decoded into the wrong property shows up.
    static let fullResponse = """
        {
            "jobSummaryList": [
                {
                    "jobArn": "arn:aws:batch:us-east-1:123456789012:job/8c3e9a9e-1111-2222-3333-444455556666",
                    "jobId": "8c3e9a9e-1111-2222-3333-444455556666",
                    "jobName": "nightly-report",
                    "createdAt": 1627776000123,
                    "status": "SUCCEEDED",
                    "statusReason": "Essential container in task exited",
                    "startedAt": 1627776060456,
                    "stoppedAt": 1627776120789,
                    "container": {
                        "exitCode": 0,
                        "reason": "done"
                    },
                    "arrayProperties": {
                        "size": 10,
                        "index": 3
                    },
                    "nodeProperties": {
                        "isMainNode": true,
                        "numNodes": 4,
                        "nodeIndex": 2
                    },
                    "jobDefinition": "arn:aws:batch:us-east-1:123456789012:job-definition/report:7"
                }
            ],
            "nextToken": "eyJwYWdlIjoyfQ=="
        }
        """

    /// The value `fullResponse` must decode to.
    static let fullResponseValue = Batch.ListJobsResponse(
        jobSummaryList: [
            Batch.JobSummary(
                jobArn: "arn:aws:batch:us-east-1:123456789012:job/8c3e9a9e-1111-2222-3333-444455556666",
                jobId: "8c3e9a9e-1111-2222-3333-444455556666",
                jobName: "nightly-report",
                createdAt: 1_627_776_000_123,
                status: .succeeded,
                statusReason: "Essential container in task exited",
                startedAt: 1_627_776_060_456,
                stoppedAt: 1_627_776_120_789,
                container: Batch.ContainerSummary(exitCode: 0, reason: "done"),
                arrayProperties: Batch.ArrayPropertiesSummary(size: 10, index: 3),
                nodeProperties: Batch.NodePropertiesSummary(isMainNode: true, numNodes: 4, nodeIndex: 2),
                jobDefinition: "arn:aws:batch:us-east-1:123456789012:job-definition/report:7"
            )
        ],
        nextToken: "eyJwYWdlIjoyfQ=="
    )

    /// A page of jobs with only the required members, named `ids`, continuing with `nextToken`.
    static func page(_ ids: [String], nextToken: String?) -> String {
        let jobs = ids.map { #"{"jobId":"\#($0)","jobName":"name-\#($0)"}"# }.joined(separator: ",")
        let token = nextToken.map { #","nextToken":"\#($0)""# } ?? ""
        return #"{"jobSummaryList":[\#(jobs)]\#(token)}"#
    }

    /// The `JobSummary` values `page(_:nextToken:)` describes.
    static func summaries(_ ids: [String]) -> [Batch.JobSummary] {
        ids.map { Batch.JobSummary(jobId: $0, jobName: "name-\($0)") }
    }
}
