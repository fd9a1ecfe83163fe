import Batch
import ShapegenRuntime
import Testing

/// "Only one filter can be used at a time", the four filter names, and the created-at values.
@Suite("ListJobs: filters")
struct ListJobsFilterRuleTests {
    static let epochMessage = "must be a decimal number, the time since 00:00:00 UTC on January 1, 1970"

    @Test(
        "each documented filter name is accepted",
        arguments: ["JOB_NAME", "JOB_DEFINITION", "BEFORE_CREATED_AT", "AFTER_CREATED_AT"])
    func documentedNamesAreAccepted(name: String) {
        let request = Batch.ListJobsRequest.queue(filters: [Batch.ListJobsFilter(name: name, values: ["1627776000"])])
        #expect(violations(of: request) == [])
    }

    @Test("one filter is valid, two are rejected at `filters`")
    func atMostOneFilter() {
        let one = [Batch.ListJobsFilter(name: "JOB_NAME", values: ["test1*"])]
        #expect(violations(of: Batch.ListJobsRequest.queue(filters: one)) == [])

        let two = one + [Batch.ListJobsFilter(name: "JOB_DEFINITION", values: ["jd1"])]
        #expect(
            violations(of: Batch.ListJobsRequest.queue(filters: two)) == [
                violation("filters", "must have at most 1 element, got 2")
            ])
    }

    @Test("an empty filter list is valid")
    func emptyFilterListIsValid() {
        #expect(violations(of: Batch.ListJobsRequest.queue(filters: [])) == [])
    }

    @Test("an unknown filter name is rejected at filters[0].name, quoting it")
    func unknownNameIsRejected() {
        let request = Batch.ListJobsRequest.queue(filters: [
            Batch.ListJobsFilter(name: "JOB_STATUS", values: ["RUNNING"])
        ])
        #expect(
            violations(of: request) == [
                violation(
                    "filters[0].name",
                    "must be one of JOB_NAME, JOB_DEFINITION, BEFORE_CREATED_AT, AFTER_CREATED_AT, SHARE_IDENTIFIER, got \"JOB_STATUS\""
                )
            ])
    }

    @Test("filter names are case sensitive")
    func namesAreCaseSensitive() {
        let request = Batch.ListJobsRequest.queue(filters: [Batch.ListJobsFilter(name: "job_name", values: ["x"])])
        #expect(violations(of: request).map(\.path) == ["filters[0].name"])
    }

    @Test("created-at filters accept decimal epoch seconds", arguments: ["BEFORE_CREATED_AT", "AFTER_CREATED_AT"])
    func createdAtAcceptsEpochSeconds(name: String) {
        let request = Batch.ListJobsRequest.queue(filters: [
            Batch.ListJobsFilter(name: name, values: ["0", "1627776000"])
        ])
        #expect(violations(of: request) == [])
    }

    @Test(
        "a bad second created-at value is rejected at filters[0].values[1]",
        arguments: ["BEFORE_CREATED_AT", "AFTER_CREATED_AT"])
    func createdAtRejectsBadSecondValue(name: String) {
        let request = Batch.ListJobsRequest.queue(filters: [
            Batch.ListJobsFilter(name: name, values: ["1627776000", "yesterday"])
        ])
        #expect(
            violations(of: request) == [
                violation("filters[0].values[1]", Self.epochMessage + ", got \"yesterday\"")
            ])
    }

    @Test(
        "created-at values that are not plain decimal seconds are rejected",
        arguments: ["", "-1", "1.5", "1e9", " 1627776000", "2021-07-27T00:00:00Z", "0x10"])
    func createdAtRejectsNonDecimal(value: String) {
        let request = Batch.ListJobsRequest.queue(filters: [
            Batch.ListJobsFilter(name: "AFTER_CREATED_AT", values: [value])
        ])
        #expect(
            violations(of: request) == [
                violation("filters[0].values[0]", Self.epochMessage + ", got \"\(value)\"")
            ])
    }

    @Test(
        "a created-at value with a trailing newline is rejected")
    func createdAtRejectsTrailingNewline() {
        let request = Batch.ListJobsRequest.queue(filters: [
            Batch.ListJobsFilter(name: "BEFORE_CREATED_AT", values: ["1627776000\n"])
        ])
        #expect(
            violations(of: request) == [
                violation("filters[0].values[0]", Self.epochMessage + ", got \"1627776000\n\"")
            ])
    }

    @Test("JOB_NAME and JOB_DEFINITION values are not constrained", arguments: ["JOB_NAME", "JOB_DEFINITION"])
    func otherValuesAreFree(name: String) {
        let values = ["test1*", "yesterday", "", "arn:aws:batch:us-east-1:123456789012:job-definition/jd1:2"]
        #expect(
            violations(of: Batch.ListJobsRequest.queue(filters: [Batch.ListJobsFilter(name: name, values: values)]))
                == [])
    }

    @Test("a filter without a name constrains nothing else")
    func namelessFilter() {
        #expect(
            violations(of: Batch.ListJobsRequest.queue(filters: [Batch.ListJobsFilter(values: ["yesterday"])])) == [])
    }

    @Test("every bad value of a created-at filter is reported, in order")
    func everyBadValueIsReported() {
        let request = Batch.ListJobsRequest.queue(filters: [
            Batch.ListJobsFilter(name: "BEFORE_CREATED_AT", values: ["x", "1", "y"])
        ])
        #expect(violations(of: request).map(\.path) == ["filters[0].values[0]", "filters[0].values[2]"])
    }
}
