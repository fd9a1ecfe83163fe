import Foundation
import ShapegenFuzz
import ShapegenTestSupport

/// A valid model that cases mutate, and the output it generates, which every case's output
/// folder starts with.
struct SeedModel: Sendable {
    /// A short name for reports: the file name.
    var name: String
    var mutator: ModelMutator
    /// A folder holding the seed's generated output (and a file of the user's), copied into each case.
    var baseline: URL
}

/// Finding, importing and generating the seed models.
enum SeedModels {
    /// The seeds: `Models/*.yaml` (without overlays), the hostile-names and minimal fixtures, and
    /// the botocore `services` imported with `shapegen import` (skipped when botocore is not installed).
    static func prepare(root: URL, botocoreServices: [String], shapegen: URL, work: URL) async throws -> [SeedModel] {
        let manager = FileManager.default
        let models = root.appendingPathComponent("Models")
        var paths = try manager.contentsOfDirectory(atPath: models.path)
            .filter { $0.hasSuffix(".yaml") && !$0.hasSuffix(".overlay.yaml") }.sorted()
            .map { models.appendingPathComponent($0) }
        paths += [
            "Tests/Fixtures/CorpusSample/HostileNames.yaml", "Tests/Fixtures/Things/things.yaml",
            "Tests/ShapegenCLITests/MalformedModels/minimal-valid.yaml",
        ].map { root.appendingPathComponent($0) }
        let imported = work.appendingPathComponent("imported")
        try manager.createDirectory(at: imported, withIntermediateDirectories: true)
        if let data = await botocoreData() {
            for service in botocoreServices {
                guard let version = try? manager.contentsOfDirectory(atPath: data + "/" + service).sorted().last else {
                    throw SeedError("botocore has no service '\(service)'")
                }
                let output = imported.appendingPathComponent(service + ".yaml")
                let result = try await ChildProcess.run(
                    shapegen, ["import", "\(data)/\(service)/\(version)/service-2.json.gz", "--output", output.path])
                guard result.status == 0 else { throw SeedError("cannot import \(service): \(result.standardError)") }
                paths.append(output)
            }
        } else if !botocoreServices.isEmpty {
            print("shapegen-fuzz: botocore is not installed; fuzzing without imported models")
        }
        var seeds: [SeedModel] = []
        for (index, path) in paths.enumerated() {
            let baseline = work.appendingPathComponent("baseline/\(index)")
            try manager.createDirectory(
                at: baseline.appendingPathComponent("out/Notes"), withIntermediateDirectories: true)
            try Data("the user's own file\n".utf8).write(to: baseline.appendingPathComponent("out/Notes/notes.txt"))
            let result = try await ChildProcess.run(shapegen, ["generate", path.path, "--output", "out"], in: baseline)
            guard result.status == 0 else {
                throw SeedError("the seed \(path.path) does not generate: \(result.standardError)")
            }
            let text = try String(contentsOf: path, encoding: .utf8)
            seeds.append(
                SeedModel(
                    name: path.lastPathComponent, mutator: try ModelMutator(name: path.lastPathComponent, yaml: text),
                    baseline: baseline))
        }
        return seeds
    }

    /// botocore's `data` folder, if `python3` can import botocore.
    private static func botocoreData() async -> String? {
        let result = try? await ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", "-c", "import botocore,os;print(os.path.dirname(botocore.__file__))"])
        guard let result, result.status == 0 else { return nil }
        let folder = result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        return folder.isEmpty ? nil : folder + "/data"
    }
}

/// A seed that cannot be used.
struct SeedError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
