/// What became of one case.
public struct CaseResult: Sendable {
    /// Passed, failed with a reason, a known deviation, or not run because botocore does not run it either.
    public enum Outcome: Sendable, Hashable {
        case passed
        case failed(String)
        /// Failed as ``ConformanceRun/deviations`` says it must, for the reason given there.
        case deviates(String)
        case ignored(String)
    }

    /// The case.
    public var testCase: ProtocolTestCase
    /// Its outcome.
    public var outcome: Outcome
}

/// The results of a run, by protocol file, with the table README shows.
public struct ConformanceReport: Sendable {
    /// Every case's result, in suite order.
    public var results: [CaseResult]
    /// How many modules the cases were generated into.
    public var modules: Int

    /// The cases that failed although their protocol is implemented.
    public var regressions: [CaseResult] {
        results.filter { result in
            guard case .failed = result.outcome else { return false }
            return ConformanceRun.implementedProtocols.contains(result.testCase.protocolName)
        }
    }

    /// Counts for one protocol file: passed and run cases (ignored ones are not run).
    public struct Row: Sendable, Hashable {
        /// The protocol file, e.g. `rest-json` or `rest-json (legacy)`.
        public var name: String
        /// Passed input cases.
        public var inputPassed = 0
        /// Input cases run.
        public var inputRun = 0
        /// Passed output cases.
        public var outputPassed = 0
        /// Output cases run.
        public var outputRun = 0
        /// Cases botocore's ignore list skips.
        public var ignored = 0
        /// Cases run that fail as a known deviation (counted as run, not passed).
        public var deviations = 0
    }

    /// One row per protocol file, by name.
    public var rows: [Row] {
        var rows: [String: Row] = [:]
        for result in results {
            let testCase = result.testCase
            let name = testCase.protocolName + (testCase.file.hasPrefix("legacy/") ? " (legacy)" : "")
            var row = rows[name] ?? Row(name: name)
            let passed = result.outcome == .passed
            if case .deviates = result.outcome { row.deviations += 1 }
            switch (result.outcome, testCase.direction) {
            case (.ignored, _): row.ignored += 1
            case (_, .input):
                row.inputRun += 1
                if passed { row.inputPassed += 1 }
            case (_, .output):
                row.outputRun += 1
                if passed { row.outputPassed += 1 }
            }
            rows[name] = row
        }
        return rows.values.sorted { $0.name < $1.name }
    }

    /// The table of rows as Markdown; a protocol not implemented yet says so.
    public var markdownTable: String {
        var lines = [
            "| protocol | input passed / run | output passed / run | skipped (botocore's ignore list) | known deviations |",
            "| --- | --- | --- | --- | --- |",
        ]
        for row in rows {
            let protocolName = row.name.components(separatedBy: " ")[0]
            var name = row.name
            if !ConformanceRun.implementedProtocols.contains(protocolName) {
                name =
                    name.hasSuffix(")") ? name.dropLast() + "; not implemented yet)" : name + " (not implemented yet)"
            }
            lines.append(
                "| \(name) | \(row.inputPassed) / \(row.inputRun) | \(row.outputPassed) / \(row.outputRun) | \(row.ignored) | \(row.deviations) |"
            )
        }
        return lines.joined(separator: "\n")
    }

    /// Every case that is not run or does not pass, with its reason, by protocol file: the
    /// ignore list's, the known deviations, and the protocols not implemented yet (counted, as
    /// each of their cases fails the same way).
    public var markdownCaseList: String {
        var lines: [String] = []
        var notImplemented: [String: Int] = [:]
        for result in results {
            let testCase = result.testCase
            switch result.outcome {
            case .ignored(let reason), .deviates(let reason):
                lines.append("| `\(testCase.file)` | \(testCase.title) | \(reason) |")
            case .failed where !ConformanceRun.implementedProtocols.contains(testCase.protocolName):
                notImplemented[testCase.file, default: 0] += 1
            case .failed(let reason):
                lines.append("| `\(testCase.file)` | \(testCase.title) | fails: \(reason) |")
            case .passed:
                continue
            }
        }
        for (file, count) in notImplemented.sorted(by: { $0.key < $1.key }) {
            lines.append("| `\(file)` | \(count) cases | protocol not implemented yet |")
        }
        return (["| file | case | reason |", "| --- | --- | --- |"] + lines).joined(separator: "\n")
    }

    /// Every failed case with its reason, one per line.
    public var failureList: String {
        results.compactMap { result in
            guard case .failed(let reason) = result.outcome else { return nil }
            return "\(result.testCase.key) [\(result.testCase.title)]: \(reason)"
        }.joined(separator: "\n")
    }
}
