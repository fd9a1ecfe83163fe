import ArgumentParser
import Foundation
import ShapegenKit

/// `shapegen corpus`: generates every botocore model, to prove the generator handles all of AWS.
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Generate Swift for every botocore model and print a summary.",
        discussion: "Exits 1 if any service fails. Uses every core.")

    @Option(help: "The botocore data folder. Default: that of the botocore package python3 imports.")
    var data: String?

    @Option(
        name: .shortAndLong,
        help: "Write each service's Swift to <output>/<service>/. Default: generate in memory only.")
    var output: String?

    @Option(help: "Only services whose folder name is listed (comma-separated).")
    var only: String?

    func run() throws {
        let corpus = Corpus(dataDirectory: try data ?? Corpus.installedBotocoreData(), outputDirectory: output)
        var entries = try corpus.entries()
        if let only {
            let names = Set(only.split(separator: ",").map(String.init))
            entries = entries.filter { names.contains($0.name) }
        }
        let summary = corpus.run(entries) { done, total in
            if done % 50 == 0 || done == total {
                printError("shapegen corpus: \(done)/\(total) services")
            }
        }
        for failure in summary.failures {
            printError("error: \(failure.service): \(failure.reason)")
        }
        print(
            "shapegen corpus: \(summary.services) services, \(summary.operations) operations, \(summary.shapes) shapes, "
                + "\(summary.files) files, \(summary.lines) lines, \(summary.failures.count) failures, "
                + String(format: "%.1f s", summary.seconds))
        if !summary.failures.isEmpty { throw ExitCode.failure }
    }
}
