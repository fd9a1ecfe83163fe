import Foundation
import ShapegenConformance
import Testing

/// botocore's protocol test suite, run through clients generated from it (see ShapegenConformance).
///
/// `scripts/test` fetches the suite and names it in `SHAPEGEN_PROTOCOL_TESTS`; without it the
/// test is skipped.
@Suite(
    "botocore protocol tests",
    .enabled(
        if: ProtocolTests.folder != nil,
        "needs botocore's protocol tests: run ./scripts/test, or set SHAPEGEN_PROTOCOL_TESTS to the folder scripts/protocol-tests/fetch prints"
    ))
struct BotocoreProtocolTests {
    @Test("every case of every protocol passes, but for the known deviations", .timeLimit(.minutes(20)))
    func implementedProtocolsPass() async throws {
        let folder = try #require(ProtocolTests.folder)
        let run = ConformanceRun(
            suiteFolder: folder, workFolder: ProtocolTests.workFolder, repository: ProtocolTests.repository)
        let report = try await run.run()
        print(report.markdownTable)
        #expect(
            report.results.count > 1_000,
            "the suite has \(report.results.count) cases; botocore 1.43.11's has over 1,000")
        let regressions = report.regressions.map { "\($0.testCase.key) [\($0.testCase.title)]: \($0.outcome)" }
        #expect(regressions.isEmpty, "\(regressions.count) cases fail:\n\(regressions.joined(separator: "\n"))")
    }
}

/// Where the suite and the runner package are.
enum ProtocolTests {
    /// The suite's folder, from `SHAPEGEN_PROTOCOL_TESTS`.
    static let folder = ProcessInfo.processInfo.environment["SHAPEGEN_PROTOCOL_TESTS"].flatMap { $0.isEmpty ? nil : $0 }
    /// The root of this checkout.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    /// The runner package, kept between runs (and ignored by git) so that a second run builds incrementally.
    static let workFolder = repository + "/.build-conformance"
}
