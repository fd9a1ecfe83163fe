import Foundation
import ShapegenDiff
import ShapegenTestSupport
import Testing

/// The real update behind the seed page: AWS Batch in botocore 1.21.7 and 1.21.8 (2021-07-27),
/// which added `ListJobs` filters and rewrote the documentation of many shapes.
@Suite(
    "the seed's Batch update",
    .enabled(if: BotocoreReleases.isAvailable, Comment(rawValue: BotocoreReleases.skipMessage)))
struct SeedUpdateTests {
    /// The changelog block the seed page shows, as `shapegen diff` writes it.
    static let changelog = """
        Batch - 1 updated api methods - compatible

        ListJobs (updated) - compatible
        Changes (request, response)
        Request
        {'filters': [{'name': 'string', 'values': ['string']}]}
        Response
        {'jobSummaryList': {'jobDefinition': 'string'}}

        Shape changes (4)
          compatible  JobSummary.jobDefinition: member added: String
          compatible  KeyValuesPair: shape added: structure
          compatible  ListJobsFilterList: shape added: list of KeyValuesPair
          compatible  ListJobsRequest.filters: member added: ListJobsFilterList

        Documentation changes (service, 13 operations, 45 shapes)

        """

    @Test func exactlyOneOperationIsUpdated() throws {
        let diff = try Fixtures.seedDiff()
        #expect(diff.operations.map(\.line) == ["ListJobs updated compatible (request, response)"])
        #expect(diff.summary == "1 updated api methods")
    }

    @Test func theSketchesAreTheSeeds() throws {
        let listJobs = try #require(try Fixtures.seedDiff().operations.first)
        #expect(listJobs.request == SideSketch(added: "{'filters': [{'name': 'string', 'values': ['string']}]}"))
        #expect(listJobs.response == SideSketch(added: "{'jobSummaryList': {'jobDefinition': 'string'}}"))
        #expect(listJobs.events.isEmpty)
    }

    @Test func everyChangeIsCompatible() throws {
        let diff = try Fixtures.seedDiff()
        #expect(
            diff.changes.map(\.line) == [
                "compatible MemberAdded JobSummary.jobDefinition: member added: String",
                "compatible ShapeAdded KeyValuesPair: shape added: structure",
                "compatible ShapeAdded ListJobsFilterList: shape added: list of KeyValuesPair",
                "compatible MemberAdded ListJobsRequest.filters: member added: ListJobsFilterList",
            ])
        #expect(diff.severity == .compatible)
        #expect(!DiffReport(services: [diff]).hasChanges(atLeast: .dangerous))
    }

    @Test func rewrittenDocumentationIsOnlyInTheDocumentationSection() throws {
        let diff = try Fixtures.seedDiff()
        let documentation = diff.documentation
        #expect(documentation.allSatisfy { $0.kind == .documentationChanged && $0.severity == .documentation })
        let shapes = Set(documentation.compactMap(\.shape))
        let operations = Set(documentation.compactMap(\.operation))
        #expect(shapes.count == 45)
        #expect(operations.count == 13)
        #expect(
            shapes.isSuperset(of: [
                "ComputeResource", "ContainerProperties", "JobDetail", "JobSummary", "ListJobsRequest",
            ]))
        #expect(operations.isSuperset(of: ["CancelJob", "DescribeJobs", "ListJobs", "SubmitJob"]))
        // Twelve operations had only their documentation rewritten: none of them is updated.
        #expect(Set(diff.operations.map(\.name)) == ["ListJobs"])
        #expect(
            documentation.contains { $0.operation == nil && $0.shape == nil }, "the service's documentation changed too"
        )
    }

    @Test func theTextReadsLikeTheChangelog() throws {
        let text = DiffReport(services: [try Fixtures.seedDiff()]).rendered(as: .text)
        #expect(text.hasPrefix(Self.changelog))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(
            lines.contains(
                "  shape ComputeResourceUpdate: documentation changed; members desiredvCpus, maxvCpus, minvCpus, subnets"
            ))
        #expect(lines.contains("  operation SubmitJob: documentation changed"))
        #expect(lines.filter { $0.hasPrefix("  shape ") }.count == 45)
    }

    @Test func theDocumentationShowsTheRealOutput() throws {
        let article = "Sources/ShapegenRuntime/Documentation.docc/DiffAndCI.md"
        let readme = try String(contentsOf: Command.packageRoot.appendingPathComponent(article), encoding: .utf8)
        let command = """
            $ shapegen diff ~/.cache/swift-shapegen/botocore-1.21.7/botocore-1.21.7/botocore/data/batch/2016-08-10/service-2.json \\
                            ~/.cache/swift-shapegen/botocore-1.21.8/botocore-1.21.8/botocore/data/batch/2016-08-10/service-2.json

            """
        let start = try #require(readme.range(of: command), "\(article) shows the seed example")
        let end = try #require(readme.range(of: "```\n", range: start.upperBound..<readme.endIndex))
        let shown = String(readme[start.upperBound..<end.lowerBound])
        #expect(shown == DiffReport(services: [try Fixtures.seedDiff()]).rendered(as: .text))
    }

    @Test func everyFormatIsTheSameOnEveryRun() throws {
        let first = DiffReport(services: [try Fixtures.seedDiff()])
        let second = DiffReport(services: [try Fixtures.seedDiff()])
        for format in DiffFormat.allCases {
            #expect(first.rendered(as: format) == second.rendered(as: format), "\(format)")
        }
    }

    @Test func theJSONHasTheOperationAndItsSketches() throws {
        let json = DiffReport(services: [try Fixtures.seedDiff()]).rendered(as: .json)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(root["severity"] as? String == "compatible")
        let service = try #require((root["services"] as? [[String: Any]])?.first)
        let operations = try #require(service["operations"] as? [[String: Any]])
        #expect(operations.count == 1)
        #expect(operations.first?["name"] as? String == "ListJobs")
        #expect(operations.first?["changes"] as? [String] == ["request", "response"])
        let request = try #require(operations.first?["request"] as? [String: Any])
        #expect(request["added"] as? String == "{'filters': [{'name': 'string', 'values': ['string']}]}")
        #expect((service["changes"] as? [Any])?.count == 4)
        let kinds = Set(((service["documentation"] as? [[String: Any]]) ?? []).compactMap { $0["kind"] as? String })
        #expect(kinds == ["DocumentationChanged"])
    }
}
