// What a developer would write by hand for the ListJobs response and request: the baseline.

struct HandListJobsResponse: Codable {
    var jobSummaryList: [HandJobSummary]
    var nextToken: String?
}

struct HandJobSummary: Codable {
    var jobArn: String?
    var jobId: String
    var jobName: String
    var capacityUsage: [HandCapacityUsage]?
    var createdAt: Int64?
    var scheduledAt: Int64?
    var shareIdentifier: String?
    var status: HandJobStatus?
    var statusReason: String?
    var startedAt: Int64?
    var stoppedAt: Int64?
    var container: HandContainerSummary?
    var arrayProperties: HandArrayPropertiesSummary?
    var nodeProperties: HandNodePropertiesSummary?
    var jobDefinition: String?
}

enum HandJobStatus: String, Codable {
    case submitted = "SUBMITTED"
    case pending = "PENDING"
    case runnable = "RUNNABLE"
    case starting = "STARTING"
    case running = "RUNNING"
    case succeeded = "SUCCEEDED"
    case failed = "FAILED"
}

struct HandCapacityUsage: Codable {
    var capacityUnit: String?
    var quantity: Double?
}

struct HandContainerSummary: Codable {
    var exitCode: Int?
    var reason: String?
}

struct HandArrayPropertiesSummary: Codable {
    var size: Int?
    var index: Int?
    var statusSummary: [String: Int]?
    var statusSummaryLastUpdatedAt: Int64?
}

struct HandNodePropertiesSummary: Codable {
    var isMainNode: Bool?
    var numNodes: Int?
    var nodeIndex: Int?
}

struct HandListJobsRequest {
    var jobQueue: String?
    var arrayJobId: String?
    var multiNodeJobId: String?
    var maxResults: Int?
    var filters: [HandFilter]?

    struct HandFilter {
        var name: String?
        var values: [String]?
    }

    /// The checks the generated validator makes, written out: a non-empty list of problems is a failure.
    func problems() -> [String] {
        var problems: [String] = []
        if let maxResults, !(1...100).contains(maxResults) { problems.append("maxResults: out of range") }
        if let filters, filters.count > 1 { problems.append("filters: too many") }
        if [jobQueue, arrayJobId, multiNodeJobId].filter({ $0 != nil }).count != 1 {
            problems.append("exactly one of jobQueue, arrayJobId, multiNodeJobId")
        }
        return problems
    }
}
