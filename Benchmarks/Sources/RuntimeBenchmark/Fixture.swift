import Foundation

/// A `ListJobs` response body with `count` job summaries, every member present.
func listJobsResponseJSON(count: Int) -> Data {
    let statuses = ["SUBMITTED", "PENDING", "RUNNABLE", "STARTING", "RUNNING", "SUCCEEDED", "FAILED"]
    let jobs = (0..<count).map { index in
        """
        {"jobArn":"arn:aws:batch:us-east-1:123456789012:job/\(index)","jobId":"job-\(index)",\
        "jobName":"nightly-\(index)","capacityUsage":[{"capacityUnit":"vCPU","quantity":\(index % 8).5}],\
        "createdAt":\(1_700_000_000_000 + index),"scheduledAt":\(1_700_000_000_100 + index),\
        "shareIdentifier":"share-\(index % 3)","status":"\(statuses[index % statuses.count])",\
        "statusReason":"Essential container in task exited","startedAt":\(1_700_000_001_000 + index),\
        "stoppedAt":\(1_700_000_002_000 + index),"container":{"exitCode":\(index % 2),"reason":"done"},\
        "arrayProperties":{"size":\(index),"index":\(index),"statusSummary":{"SUCCEEDED":\(index),"FAILED":1},\
        "statusSummaryLastUpdatedAt":1700000003000},"nodeProperties":{"isMainNode":true,"numNodes":2,"nodeIndex":0},\
        "jobDefinition":"arn:aws:batch:us-east-1:123456789012:job-definition/nightly:\(index)"}
        """
    }
    return Data(#"{"jobSummaryList":[\#(jobs.joined(separator: ","))],"nextToken":"token-100"}"#.utf8)
}
