import Foundation
import ShapegenImporter
import ShapegenKit
import ShapegenModel
import ShapegenNames
import ShapegenTestSupport

/// Runs botocore's protocol tests through generated clients: every suite becomes a service model
/// through the importer, the models generate with the normal pipeline into one package of
/// modules, and a runner built from them calls each case's operation over a transport that
/// records the request or answers with the case's response.
public struct ConformanceRun: Sendable {
    /// The protocols whose every case must pass; the others are reported only.
    public static let implementedProtocols: Set<String> = [
        "json", "json_1_0", "json_1_0-query-compatible", "rest-json", "query", "ec2", "rest-xml", "smithy-rpc-v2-cbor",
        "smithy-rpc-v2-cbor-query-compatible", "smithy-rpc-v2-cbor-non-query-compatible",
    ]

    /// Why a map's entries come out in another order than botocore's.
    static let mapOrder =
        "expects a map's entries in the order the parameters were written; a Swift dictionary has none, so the client writes them sorted by key"

    /// Cases that botocore passes only because it is untyped, by key, with the reason: a generated
    /// client cannot represent what they expect. Each must still fail: one that passes is reported
    /// as a failure until it is taken off this list.
    public static let deviations: [String: String] = [
        "legacy/output/json.json 3:1":
            "expects nulls kept in lists and objects parsed through a string shape, which a typed [String] holds neither of",
        "legacy/input/query.json 11:5": mapOrder,
        "input/rest-xml.json 8:0": mapOrder,
        "input/rest-xml.json 26:0": mapOrder,
        "input/rest-xml.json 47:0": mapOrder,
        "input/rest-xml.json 48:0": mapOrder,
        "legacy/input/rest-xml.json 22:5": mapOrder,
        "output/rest-xml.json 18:1":
            "expects an empty map for a header map without headers, which botocore's rest-json parser (and this client, for both) leaves out",
    ]

    /// The suite's folder, `tests/unit/protocols` of botocore's source distribution.
    public var suiteFolder: String
    /// Where the runner package is written and built; kept between runs so that a rebuild is incremental.
    public var workFolder: String
    /// The root of the swift-shapegen checkout whose runtime the runner uses.
    public var repository: String

    /// Describes a run.
    public init(suiteFolder: String, workFolder: String, repository: String) {
        self.suiteFolder = suiteFolder
        self.workFolder = workFolder
        self.repository = repository
    }

    /// Reads the suite, writes and builds the runner, runs it and compares every case.
    public func run() async throws -> ConformanceReport {
        let suite = try ProtocolTestSuite(folder: suiteFolder)
        let runnable = suite.cases.filter { $0.body["params"] != nil || $0.body["response"] != nil }
        let prepared = try prepare(runnable.filter { $0.ignoredBecause == nil })
        let lines = try await buildAndExecute()
        var results: [CaseResult] = []
        for testCase in runnable {
            let outcome: CaseResult.Outcome
            if let reason = testCase.ignoredBecause {
                outcome = .ignored(reason)
            } else if let reason = prepared.failures[testCase.key] {
                outcome = .failed(reason)
            } else if let line = lines[testCase.key] {
                outcome = RequestComparison.outcome(of: testCase, line: line)
            } else {
                outcome = .failed("the runner did not report the case")
            }
            results.append(CaseResult(testCase: testCase, outcome: Self.accountingForDeviations(outcome, of: testCase)))
        }
        return ConformanceReport(results: results, modules: prepared.modules)
    }

    private static func accountingForDeviations(_ outcome: CaseResult.Outcome, of testCase: ProtocolTestCase)
        -> CaseResult.Outcome
    {
        guard let reason = deviations[testCase.key] else { return outcome }
        switch outcome {
        case .failed: return .deviates(reason)
        case .passed: return .failed("passes now: take it off ConformanceRun.deviations")
        case .ignored, .deviates: return outcome
        }
    }

    /// What preparing the runner package found: how many modules, and the cases that already failed.
    struct Preparation {
        var modules: Int
        var failures: [String: String]
    }

    /// Writes the runner package: a model and a generated module per group of cases, the cases
    /// as Swift, the manifest. Files that did not change are left alone, so rebuilds stay incremental.
    func prepare(_ cases: [ProtocolTestCase]) throws -> Preparation {
        var failures: [String: String] = [:]
        var package = GeneratedPackage(folder: workFolder)
        var modules: [String] = []
        let generator = Generator()
        for module in ConformanceModule.plan(cases) {
            let modelPath = "\(workFolder)/Models/\(module.serviceName).json"
            let yamlPath = "\(workFolder)/Models/\(module.serviceName).yaml"
            do {
                try package.write(module.serviceJSON.text, to: "Models/\(module.serviceName).json")
                let yaml = try ModelImport(model: modelPath, paginators: nil, overlay: nil, output: yamlPath).yaml()
                try package.write(yaml, to: "Models/\(module.serviceName).yaml")
                let model = try generator.loadModel(at: yamlPath)
                let service = try generator.generate(model)
                for file in service.files {
                    try package.write(file.contents, to: "Sources/\(service.folder)/\(file.relativePath)")
                }
                let source = CaseSource(module: service.folder, model: model).file(for: module.cases)
                try package.write(source, to: "Sources/\(RunnerSource.target)/\(service.folder).swift")
                modules.append(service.folder)
            } catch {
                for testCase in module.cases {
                    failures[testCase.key] = "\(module.serviceName) does not generate: \(error)"
                }
            }
        }
        let runtimeFiles = GeneratedPackage.sourceFiles(of: ["ShapegenRuntime", "ShapegenPatterns"], in: repository)
        try package.write(
            RunnerSource.manifest(repository: repository, modules: modules, runtimeFiles: runtimeFiles),
            to: "Package.swift")
        try package.write(RunnerSource.main(modules: modules), to: "Sources/\(RunnerSource.target)/main.swift")
        try package.write(RunnerSource.support, to: "Sources/\(RunnerSource.target)/Support.swift")
        try package.removeUnwritten(under: "Sources")
        return Preparation(modules: modules.count, failures: failures)
    }

    /// Builds the runner and runs it: one JSON object per case, by case key.
    func buildAndExecute() async throws -> [String: [String: Any]] {
        let binary = try await GeneratedPackage(folder: workFolder).build(product: RunnerSource.target)
        let run = try await ChildProcess.run(binary, [], in: URL(fileURLWithPath: workFolder))
        guard run.status == 0 else {
            throw ConformanceFailure(
                description: "the runner exited with \(run.status):\n\(run.standardError.suffix(20_000))")
        }
        var lines: [String: [String: Any]] = [:]
        for line in run.standardOutput.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let key = object["case"] as? String
            else { continue }
            lines[key] = object
        }
        return lines
    }
}

/// A run that could not get as far as comparing cases.
public struct ConformanceFailure: Error, CustomStringConvertible {
    /// What went wrong.
    public var description: String
}
