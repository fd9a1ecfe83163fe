import Foundation
import ShapegenFuzz
import ShapegenTestSupport

/// Runs fuzz cases, as many at once as `ChildProcess` runs children, and judges each.
struct CaseRunner {
    var shapegen: URL
    var work: URL
    var failures: URL
    var timeLimit: Double
    var seed: UInt64

    /// The largest address space a case may use (KiB): a runaway model fails the case instead of the machine.
    static let memoryLimit = 4 * 1024 * 1024

    /// Runs `cases` and reports what they did; prints every failure as it happens.
    func run(cases: Range<Int>, seeds: [SeedModel]) async -> FuzzReport {
        var report = FuzzReport(seed: seed, cases: cases)
        let start = ContinuousClock.now
        await withTaskGroup(of: (Int, String, MutatedModel, FuzzVerdict, Duration).self) { group in
            var next = cases.lowerBound
            func startNext() {
                guard next < cases.upperBound else { return }
                let index = next
                next += 1
                group.addTask {
                    var random = FuzzRandom(seed: seed, case: index)
                    let chosen = random.pick(seeds)
                    let start = ContinuousClock.now
                    let model = chosen.mutator.mutate(using: &random)
                    let mutating = ContinuousClock.now - start
                    return (
                        index, chosen.name, model, await runCase(index, model: model, baseline: chosen.baseline),
                        mutating
                    )
                }
            }
            for _ in 0..<ChildProcess.concurrencyLimit { startNext() }
            while let (index, name, model, verdict, mutating) = await group.next() {
                report.record(verdict)
                report.mutating += mutating
                if verdict.isFailure { keepFailure(index, seedName: name, model: model, verdict: verdict) }
                if report.run % 1_000 == 0 {
                    print("  \(report.run) cases, \(report.failures) failures, \(ContinuousClock.now - start)")
                }
                startNext()
            }
        }
        report.duration = ContinuousClock.now - start
        return report
    }

    /// Runs one case in a folder of its own and judges it; the folder is removed afterwards.
    private func runCase(_ index: Int, model: MutatedModel, baseline: URL) async -> FuzzVerdict {
        let folder = work.appendingPathComponent("cases/\(index)")
        let manager = FileManager.default
        defer { try? manager.removeItem(at: folder) }
        do {
            // Deep enough that a path climbing out of the output folder still lands in the case folder.
            let place = folder.appendingPathComponent("a/b/c")
            try manager.createDirectory(at: place.deletingLastPathComponent(), withIntermediateDirectories: true)
            try manager.copyItem(at: baseline, to: place)
            try Data("beside the output\n".utf8).write(to: folder.appendingPathComponent("a/beside.txt"))
            try model.data.write(to: place.appendingPathComponent("model.yaml"))
            let before = try FolderSnapshot(of: folder)
            let script = "ulimit -v \(Self.memoryLimit) && exec \"$0\" \"$@\""
            let arguments = ["-c", script, shapegen.path, "generate", "model.yaml", "--output", "out"]
            guard
                let result = try await withTimeLimit({
                    try await ChildProcess.run(URL(fileURLWithPath: "/bin/sh"), arguments, in: place)
                })
            else { return .hang }
            let after = try FolderSnapshot(of: folder)
            return FuzzVerdict.judge(
                status: result.status, standardError: result.standardError,
                before: before, after: after, outputName: "a/b/c/out")
        } catch {
            return .wrong("the harness failed: \(error)")
        }
    }

    /// `body`'s result, or `nil` once ``timeLimit`` has passed (`body` is then cancelled).
    private func withTimeLimit<Value: Sendable>(_ body: @escaping @Sendable () async throws -> Value) async throws
        -> Value?
    {
        try await withThrowingTaskGroup(of: Value?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(for: .seconds(timeLimit))
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
    }

    /// Keeps the model of a failing case and prints how to rerun it.
    private func keepFailure(_ index: Int, seedName: String, model: MutatedModel, verdict: FuzzVerdict) {
        let path = failures.appendingPathComponent("seed-\(seed)-case-\(index).yaml")
        try? FileManager.default.createDirectory(at: failures, withIntermediateDirectories: true)
        try? model.data.write(to: path)
        print(
            """
            FAIL case \(index) (seed \(seed), from \(seedName)): \(verdict)
              mutations: \(model.mutations.joined(separator: "; "))
              model: \(path.path)
              rerun: swift run shapegen-fuzz --seed \(seed) --first \(index) --cases 1
            """)
    }
}
