import Batch
import ShapegenRuntime

/// The violations `validate()` throws for `value`, or `[]` when it is valid.
func violations(of value: some Validatable) -> [ValidationViolation] {
    do {
        try value.validate()
        return []
    } catch {
        return error.violations
    }
}

/// A shorthand for an expected violation.
func violation(_ path: String, _ message: String) -> ValidationViolation {
    ValidationViolation(path: path, message: message)
}

extension Batch.ListJobsRequest {
    /// A request for queue `q` with `filters`, otherwise empty: valid unless the filters are not.
    static func queue(filters: [Batch.ListJobsFilter]?) -> Batch.ListJobsRequest {
        Batch.ListJobsRequest(jobQueue: "q", filters: filters)
    }
}
