import ArgumentParser
import ShapegenDiff
import ShapegenModel

/// `shapegen diff`: what changed for users between two versions of a model, as a changelog, with
/// severities for CI.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Describe what changed between two versions of a model, with breaking-change detection.",
        discussion: """
            OLD and NEW are YAML models or botocore service-2.json[.gz] files (paginators-1.json beside a \
            botocore model is read too). With --since, every model in Models/ (except *.overlay.yaml) at a \
            git revision is compared with the working tree. Exits 1 when a change at least as serious as \
            --fail-on is found, and on model errors.
            """)

    @Argument(help: ArgumentHelp("The old and the new model: YAML, or botocore .json / .json.gz.", valueName: "model"))
    var models: [String] = []

    @Option(help: ArgumentHelp("Compare the models at this git revision with the working tree.", valueName: "git-rev"))
    var since: String?

    @Option(name: .customLong("models-dir"), help: "The models folder --since compares.")
    var modelsDirectory = "Models"

    @Option(help: "The output format: text, markdown or json.")
    var format: DiffFormat = .text

    @Option(name: .customLong("fail-on"), help: "Exit 1 on changes at least this serious: breaking, dangerous or none.")
    var failOn: FailOn = .breaking

    func validate() throws {
        if since != nil, !models.isEmpty {
            throw ValidationError("give either OLD and NEW models or --since, not both")
        }
        if since == nil, models.count != 2 {
            throw ValidationError("give the OLD and NEW models (or --since GIT-REV); got \(models.count) model(s)")
        }
    }

    func run() throws {
        let report: DiffReport
        do {
            if let since {
                report = try RevisionModels(revision: since, directory: modelsDirectory).report()
            } else {
                let old = try DiffModelLoader.load(at: models[0])
                let new = try DiffModelLoader.load(at: models[1])
                report = DiffReport(services: [ModelDiff.compare(old, new)])
            }
        } catch {
            throw fail(with: error)
        }
        print(report.rendered(as: format), terminator: "")
        if let threshold = failOn.severity, let found = report.severity, found >= threshold {
            printError("shapegen diff: \(found.rawValue) changes found (--fail-on \(failOn.rawValue))")
            throw ExitCode.failure
        }
    }
}

/// The `--fail-on` choices.
enum FailOn: String, CaseIterable, ExpressibleByArgument {
    case breaking
    case dangerous
    case none

    /// The least severity that fails the command; `nil` for `none`.
    var severity: DiffSeverity? {
        switch self {
        case .breaking: .breaking
        case .dangerous: .dangerous
        case .none: nil
        }
    }
}

extension DiffFormat: ExpressibleByArgument {}
