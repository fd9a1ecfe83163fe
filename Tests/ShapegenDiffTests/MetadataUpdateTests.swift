import ShapegenDiff
import ShapegenTestSupport
import Testing

/// AWS Batch in botocore 1.34.117 → 1.34.118: a new operation (`GetJobQueueSnapshot`), ListJobs'
/// `maxResults` documented anew, and `protocols: ["rest-json"]` added to the metadata, which
/// changes nothing for callers and must not fail a `--fail-on dangerous` gate.
@Suite(
    "Batch 1.34.117 → 1.34.118",
    .enabled(if: BotocoreReleases.isAvailable, Comment(rawValue: BotocoreReleases.skipMessage)))
struct MetadataUpdateTests {
    @Test func theUpdateIsCompatibleAndItsReverseBreaking() async throws {
        let old = try BotocoreReleases.batchModel("1.34.117")
        let new = try BotocoreReleases.batchModel("1.34.118")
        try await withTemporaryFolder { folder in
            let forward = try await Command.shapegen(["diff", old, new, "--fail-on", "dangerous"], in: folder)
            #expect(forward.status == 0, "\(forward.standardOutput)\(forward.standardError)")
            #expect(
                forward.standardOutput.hasPrefix(
                    "Batch - 1 new api methods - compatible\n\nGetJobQueueSnapshot (new) - compatible\n"))
            #expect(!forward.standardOutput.contains("protocols"))
            #expect(forward.standardOutput.contains("ListJobsRequest: members maxResults"))

            let reverse = try await Command.shapegen(["diff", new, old, "--fail-on", "breaking"], in: folder)
            #expect(reverse.status == 1)
            #expect(reverse.standardOutput.hasPrefix("Batch - 1 removed api methods - breaking\n"))
        }
    }
}
