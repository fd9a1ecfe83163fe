import Foundation
import ShapegenChecker
import ShapegenImporter
import ShapegenModel
import ShapegenWriter

/// Generates Swift for every botocore model in a data folder, in parallel, and counts the result.
public struct Corpus: Sendable {
    /// One service's model files.
    public struct Entry: Sendable, Hashable {
        /// The service folder's name, e.g. `batch`.
        public var name: String
        /// `service-2.json` or `service-2.json.gz` of the newest API version.
        public var model: String
        /// `paginators-1.json` beside it, if present.
        public var paginators: String?
    }

    /// What a run produced.
    public struct Summary: Sendable {
        /// Services generated.
        public var services = 0
        /// Operations of the generated services.
        public var operations = 0
        /// Shapes of the generated services.
        public var shapes = 0
        /// Swift files generated.
        public var files = 0
        /// Lines of those files.
        public var lines = 0
        /// Bytes of those files.
        public var bytes = 0
        /// Services that failed, with why, sorted by name.
        public var failures: [(service: String, reason: String)] = []
        /// Wall time of the run.
        public var seconds = 0.0
    }

    /// The botocore data folder.
    public var dataDirectory: String
    /// Where to write each service's files, or `nil` to generate in memory only.
    public var outputDirectory: String?

    /// Creates a run over `dataDirectory`.
    public init(dataDirectory: String, outputDirectory: String?) {
        self.dataDirectory = dataDirectory
        self.outputDirectory = outputDirectory
    }

    /// The `data` folder of the botocore package that `python3` imports.
    public static func installedBotocoreData() throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c", "import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), 'data'))",
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let path = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0, !path.isEmpty else {
            throw BotocoreImporter.Failure(
                description: "cannot find botocore: 'python3 -c \"import botocore\"' failed; pass --data")
        }
        return path
    }

    /// Every service folder's newest model, sorted by service name.
    public func entries() throws -> [Entry] {
        let manager = FileManager.default
        return try manager.contentsOfDirectory(atPath: dataDirectory).sorted().compactMap { service in
            let serviceDirectory = dataDirectory + "/" + service
            guard let versions = try? manager.contentsOfDirectory(atPath: serviceDirectory) else { return nil }
            for version in versions.sorted().reversed() {
                let folder = serviceDirectory + "/" + version
                for file in ["service-2.json.gz", "service-2.json"]
                where manager.fileExists(atPath: folder + "/" + file) {
                    let paginators = ["paginators-1.json", "paginators-1.json.gz"].map { folder + "/" + $0 }
                        .first(where: manager.fileExists(atPath:))
                    return Entry(name: service, model: folder + "/" + file, paginators: paginators)
                }
            }
            return nil
        }
    }

    /// Generates every entry on all cores; `progress` is called after each service with the count done.
    public func run(
        _ entries: [Entry], generator: Generator = Generator(), progress: @Sendable (Int, Int) -> Void = { _, _ in }
    ) -> Summary {
        let start = Date()
        let results = ResultBox(count: entries.count)
        DispatchQueue.concurrentPerform(iterations: entries.count) { index in
            results.store(generate(entries[index], generator: generator), at: index)
            progress(results.finished, entries.count)
        }
        var summary = Summary()
        for (entry, result) in zip(entries, results.values) {
            switch result {
            case .success(let counts):
                summary.services += 1
                summary.operations += counts.operations
                summary.shapes += counts.shapes
                summary.files += counts.files
                summary.lines += counts.lines
                summary.bytes += counts.bytes
            case .failure(let reason):
                summary.failures.append((entry.name, reason))
            case nil:
                summary.failures.append((entry.name, "not generated"))
            }
        }
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    /// Counts of one generated service.
    struct Counts: Sendable {
        var operations = 0, shapes = 0, files = 0, lines = 0, bytes = 0
    }

    enum Result: Sendable {
        case success(Counts)
        case failure(String)
    }

    private func generate(_ entry: Entry, generator: Generator) -> Result {
        do {
            let model = try BotocoreImporter().importModel(at: entry.model, paginators: entry.paginators)
            let diagnostics = ModelChecker().diagnose(model)
            if !diagnostics.isEmpty {
                return .failure(diagnostics.prefix(3).map(\.description).joined(separator: "; "))
            }
            let service = try generator.generate(model)
            var counts = Counts(
                operations: model.operations.count, shapes: model.shapes.count, files: service.files.count)
            for file in service.files {
                counts.bytes += file.contents.utf8.count
                counts.lines += file.contents.utf8.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            }
            if let outputDirectory {
                let folder = URL(fileURLWithPath: outputDirectory).appendingPathComponent(entry.name)
                try OutputWriter(directory: folder).write(service.files, removingStaleFiles: true)
            }
            return .success(counts)
        } catch let error as DiagnosticsError {
            return .failure(error.diagnostics.prefix(3).map(\.description).joined(separator: "; "))
        } catch {
            return .failure(String(describing: error))
        }
    }
}

/// Results filled in from several threads, each index once.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Corpus.Result?]
    private var done = 0

    init(count: Int) {
        results = Array(repeating: nil, count: count)
    }

    func store(_ result: Corpus.Result, at index: Int) {
        lock.lock()
        results[index] = result
        done += 1
        lock.unlock()
    }

    var finished: Int {
        lock.lock()
        defer { lock.unlock() }
        return done
    }

    var values: [Corpus.Result?] {
        lock.lock()
        defer { lock.unlock() }
        return results
    }
}
