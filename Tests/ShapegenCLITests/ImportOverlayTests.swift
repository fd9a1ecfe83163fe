import Foundation
import ShapegenKit
import ShapegenTestSupport
import Testing

/// `shapegen import` of AWS Batch with `Models/batch.overlay.yaml`: every `source:` quote is in
/// today's documentation (the installed botocore), and an older release's documentation lacks
/// the quotes whose constraints changed, which the import names at their overlay lines.
@Suite("shapegen import: overlay quotes")
struct ImportOverlayTests {
    static let overlay = PackagePaths.root.appendingPathComponent("Models/batch.overlay.yaml").path

    @Test("today's botocore has every quote: --strict imports the committed model")
    func todaysDocumentationHasEveryQuote() async throws {
        let model = try Corpus.installedBotocoreData() + "/batch/2016-08-10/service-2.json.gz"
        try await withTemporaryFolder { folder in
            let result = try await ShapegenExecutable.run(
                ["import", model, "--overlay", Self.overlay, "--output", "batch.yaml", "--strict"], in: folder)
            #expect(result.status == 0)
            #expect(result.standardError == "")
            let imported = try String(contentsOf: folder.appendingPathComponent("batch.yaml"), encoding: .utf8)
            #expect(imported == (try String(contentsOf: PackagePaths.batchModel(), encoding: .utf8)))
        }
    }

    @Test(
        "botocore 1.34.117 lacks the quotes of today's ListJobs limits: warnings, and errors with --strict",
        .enabled(if: BotocoreReleases.isAvailable, Comment(rawValue: BotocoreReleases.skipMessage)))
    func anOlderReleaseNamesTheStaleQuotes() async throws {
        let model = try BotocoreReleases.batchModel("1.34.117")
        try await withTemporaryFolder { folder in
            let arguments = ["import", model, "--overlay", Self.overlay, "--output", "batch.yaml"]
            let lenient = try await ShapegenExecutable.run(arguments, in: folder)
            #expect(lenient.status == 0)
            let warnings = lenient.standardError.split(separator: "\n").map(String.init)
            #expect(
                warnings.map { $0.components(separatedBy: "; today it reads")[0] } == [
                    "\(Self.overlay):20:17: warning: the quoted source of the rule of ListJobsRequest on maxResults is no longer in its documentation: \"When --filters is used, Batch returns up to 100 values.\"",
                    "\(Self.overlay):26:11: warning: the quoted source of ListJobsRequest.maxResults is no longer in its documentation: \"The minimum value is 1.\"",
                    "\(Self.overlay):26:11: warning: the quoted source of ListJobsRequest.maxResults is no longer in its documentation: \"When --job-status is used, Batch returns up to 1000 values.\"",
                    "\(Self.overlay):26:11: warning: the quoted source of ListJobsRequest.maxResults is no longer in its documentation: \"If neither parameter is used, then ListJobs returns up to 1000 results\"",
                    "\(Self.overlay):60:11: warning: the quoted source of ListJobsFilter.name is no longer in its documentation: \"The value for the filter is the fairshare scheduling share identifier.\"",
                ])
            // Today's documentation of the member is shown, the 2021 limits in it.
            #expect(
                warnings[1].contains(
                    "today it reads: \"The maximum number of results returned by `ListJobs` in paginated output."))
            #expect(warnings[1].contains("This value can be between 1 and 100."))

            try FileManager.default.removeItem(at: folder.appendingPathComponent("batch.yaml"))
            let strict = try await ShapegenExecutable.run(arguments + ["--strict"], in: folder)
            #expect(strict.status == 1)
            #expect(strict.standardError.split(separator: "\n").count == 5)
            #expect(
                strict.standardError.split(separator: "\n").allSatisfy { $0.contains(": error: the quoted source of ") }
            )
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("batch.yaml").path))
        }
    }
}
