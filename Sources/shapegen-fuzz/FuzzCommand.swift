import ArgumentParser
import Foundation
import ShapegenFuzz

/// `shapegen-fuzz`: runs the real `shapegen generate` on mutated models and fails on any crash,
/// hang, unlocated error or partial output.
@main
struct FuzzCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shapegen-fuzz",
        abstract: "Fuzz 'shapegen generate' with mutated models.",
        discussion: """
            Each case mutates one seed model (Models/*.yaml, the test fixtures and a few botocore models \
            imported with 'shapegen import') and runs 'shapegen generate' on it as a child process, into an \
            output folder that already holds the seed's output, with a time limit. A case passes when it \
            generates a complete service (exit 0) or prints only located 'path:line:column: error:' \
            diagnostics and leaves every file byte-identical (exit 1). Failing models are kept in \
            --failures with a command that reruns the case.
            """)

    @Option(help: "How many cases to run.")
    var cases = 1_000

    @Option(help: "The seed: the same seed runs the same cases.")
    var seed: UInt64 = 1

    @Option(help: "The number of the first case (to rerun one failing case: --first N --cases 1).")
    var first = 0

    @Option(help: "The shapegen executable (default: the one next to this executable).")
    var shapegen: String?

    @Option(name: .customLong("package-root"), help: "The swift-shapegen checkout whose models seed the cases.")
    var packageRoot = "."

    @Option(help: "Botocore services (comma-separated) imported as further seeds; empty for none.")
    var botocore = "sts,freetier,sagemaker-runtime,marketplace-entitlement,inspector-scan"

    @Option(name: .customLong("time-limit"), help: "Seconds one case may take before it counts as a hang.")
    var timeLimit = 30.0

    @Option(help: "Where the models of failing cases are kept.")
    var failures = ".build/fuzz-failures"

    func run() async throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("shapegen-fuzz-\(getpid())")
        defer { try? FileManager.default.removeItem(at: work) }
        let executable = try shapegenExecutable()
        let seeds = try await SeedModels.prepare(
            root: URL(fileURLWithPath: packageRoot), botocoreServices: botocore.split(separator: ",").map(String.init),
            shapegen: executable, work: work)
        print(
            "shapegen-fuzz: seed \(seed), cases \(first)..<\(first + cases), \(seeds.count) seed models: \(seeds.map(\.name).joined(separator: ", "))"
        )
        let runner = CaseRunner(
            shapegen: executable, work: work, failures: URL(fileURLWithPath: failures), timeLimit: timeLimit, seed: seed
        )
        let report = await runner.run(cases: first..<(first + cases), seeds: seeds)
        print(report.summary)
        if report.failures > 0 { throw ExitCode.failure }
    }

    /// `--shapegen`, else `shapegen` beside this executable.
    private func shapegenExecutable() throws -> URL {
        if let shapegen { return URL(fileURLWithPath: shapegen) }
        let own = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        let sibling = own.deletingLastPathComponent().appendingPathComponent("shapegen")
        guard FileManager.default.isExecutableFile(atPath: sibling.path) else {
            throw ValidationError("no shapegen executable at \(sibling.path); build it or pass --shapegen")
        }
        return sibling
    }
}
