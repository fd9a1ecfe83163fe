import ArgumentParser
import Foundation
import ShapegenConformance

/// Runs botocore's protocol tests through generated clients and prints the results.
@main
struct ShapegenConformanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shapegen-conformance",
        abstract: "Run botocore's protocol test suite through generated clients.",
        discussion: """
            Every suite becomes a service model through the importer; the models generate into one
            package of modules, which is built and run. Prints a Markdown table of passed and run
            cases per protocol, then every failure; exits 1 when a case of an implemented protocol
            fails other than as a known deviation.
            """)

    @Argument(
        help:
            "The suite: tests/unit/protocols of botocore's source distribution (scripts/protocol-tests/fetch prints it)."
    )
    var suite: String

    @Option(help: "The swift-shapegen checkout whose runtime the clients use.")
    var repository: String = FileManager.default.currentDirectoryPath

    @Option(help: "Where the runner package is written and built (default: .build-conformance in the checkout).")
    var work: String?

    @Flag(help: "After the table, list every case that is skipped or does not pass, with its reason, as Markdown.")
    var listsCases = false

    func run() async throws {
        let work = work ?? repository + "/.build-conformance"
        let report = try await ConformanceRun(suiteFolder: suite, workFolder: work, repository: repository).run()
        print(report.markdownTable)
        print("")
        print(listsCases ? report.markdownCaseList : report.failureList)
        if !report.regressions.isEmpty { throw ExitCode(1) }
    }
}
