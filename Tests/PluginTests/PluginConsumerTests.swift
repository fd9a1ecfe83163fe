import Foundation
import ShapegenTestSupport
import Testing

/// Builds Tests/Fixtures/PluginConsumer for real, as a package that depends on swift-shapegen does.
///
/// The steps share one copy of the fixture and one scratch folder (in `.build-plugin-consumer/`,
/// kept between runs so that a second run does not rebuild the dependencies), so they run in order.
@Suite("Plugin consumer", .serialized)
struct PluginConsumerTests {
    /// The build-tool plugin generates, regenerates only when needed, reports model errors, and honours the configuration.
    @Test("build, no-op rebuild, model edit, broken model, configuration", .timeLimit(.minutes(30)))
    func buildToolPlugin() async throws {
        let consumer = try ConsumerPackage.fresh()
        // Resolved first, as a checked-out package is: resolving writes Package.resolved, which a
        // build that resolves on its own would see as a change on the next build.
        let resolve = try await consumer.swift(["package", "resolve"])
        #expect(resolve.status == 0, "resolving failed:\n\(resolve.standardOutput)")

        // 1. A cold build succeeds (the consumer's own tests, run below, use the generated types).
        let cold = try await consumer.swift(["build", "--build-tests"])
        #expect(cold.status == 0, "cold build failed:\n\(cold.standardOutput)")
        #expect(
            consumer.warnings(in: cold).isEmpty, "warnings:\n\(consumer.warnings(in: cold).joined(separator: "\n"))")
        let outputs = try consumer.generatedFiles()
        #expect(outputs.map(\.lastPathComponent) == ConsumerPackage.generatedNames)

        // 2. With nothing changed, nothing generated is rewritten or recompiled, and from the
        //    third build on the generator does not even run. (SwiftPM 6.3 builds a plugin's tool
        //    once more on the build after a cold one, with the settings of its separate tools
        //    phase, and a rebuilt tool reruns its commands; the unchanged bytes stop it there.)
        let before = try outputs.map(ConsumerPackage.modificationDate)
        let settling = try await consumer.swift(["build", "--build-tests"])
        #expect(settling.status == 0, "second build failed:\n\(settling.standardOutput)")
        #expect(
            !settling.standardOutput.contains("Compiling BatchJobs"),
            "generated code was recompiled:\n\(settling.standardOutput)")
        #expect(try outputs.map(ConsumerPackage.modificationDate) == before)
        let noOp = try await consumer.swift(["build", "--build-tests"])
        #expect(noOp.status == 0, "no-op build failed:\n\(noOp.standardOutput)")
        #expect(
            !noOp.standardOutput.contains(ConsumerPackage.generatorMessage),
            "the generator ran again:\n\(noOp.standardOutput)")
        #expect(!noOp.standardOutput.contains("Compiling BatchJobs"), "a no-op build compiled:\n\(noOp.standardOutput)")
        #expect(try outputs.map(ConsumerPackage.modificationDate) == before)
        // (After the no-op build: `swift test` plans with other settings, so the next build relinks the plugin's tool.)
        let tests = try await consumer.swift(["test", "--skip-build"])
        #expect(tests.status == 0, "the consumer's tests failed:\n\(tests.standardOutput)")

        // 3. A new enum value in the model regenerates, and code using it compiles.
        try consumer.editModel {
            $0.replacingOccurrences(
                of: "    - FAILED\n  JobSummary:", with: "    - FAILED\n    - ARCHIVED\n  JobSummary:")
        }
        try consumer.write(
            "Sources/BatchJobs/Archived.swift",
            "/// Uses the enum case the edited model adds.\npublic let archivedStatusName = Batch.JobStatus.archived.rawValue\n"
        )
        let edited = try await consumer.swift(["build", "--build-tests"])
        #expect(edited.status == 0, "build after the model edit failed:\n\(edited.standardOutput)")
        #expect(edited.standardOutput.contains(ConsumerPackage.generatorMessage))
        #expect(try ConsumerPackage.shapes(in: outputs).contains("case archived"))

        // 4. A broken model fails the build with a located diagnostic on the model file.
        let correct = try consumer.model()
        try consumer.editModel {
            $0.replacingOccurrences(of: "  JobSummary:\n    type: structure", with: "  JobSummary:\n    type: structur")
        }
        let broken = try await consumer.swift(["build"])
        #expect(broken.status != 0)
        let line = try #require(correct.components(separatedBy: "\n").firstIndex(of: "  JobSummary:")) + 2
        #expect(
            broken.standardOutput.contains(
                "\(consumer.modelPath):\(line):11: error: unknown shape type 'structur' (did you mean 'structure'?)"),
            "no located diagnostic in:\n\(broken.standardOutput)")
        try consumer.editModel { _ in correct }

        // 6. The configuration: only the chosen operations and the shapes they reach, all internal.
        let repaired = try await consumer.swift(["build"])
        #expect(repaired.status == 0, "build after repairing the model failed:\n\(repaired.standardOutput)")
        let shapes = try ConsumerPackage.shapes(in: outputs)
        let client = try String(
            contentsOf: try #require(outputs.first { $0.lastPathComponent == "batch.Client.swift" }), encoding: .utf8)
        #expect(shapes.contains("struct ListJobsRequest") && shapes.contains("struct DescribeJobsRequest"))
        #expect(!shapes.contains("SubmitJobRequest") && !client.contains("submitJob"))
        #expect(shapes.contains("internal struct ListJobsRequest"))
        for file in outputs {
            let declarations = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
                .filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("public ") }
            #expect(
                declarations.isEmpty, "\(file.lastPathComponent) has public declarations: \(declarations.prefix(3))")
        }
    }

    /// The command plugin writes committed output that `shapegen check` then finds up to date.
    @Test("generate-shapes rewrites committed output; shapegen check passes", .timeLimit(.minutes(30)))
    func commandPlugin() async throws {
        let consumer = try ConsumerPackage.fresh()
        let generated = consumer.root.appendingPathComponent("Sources/CommittedBatch/Generated")
        let checkArguments = [
            "run", "shapegen", "check", "Sources/CommittedBatch/batch.shapes.yaml", "--output",
            "Sources/CommittedBatch/Generated",
            "--layout", "flat", "--config", "Sources/CommittedBatch/shapegen-config.yaml",
        ]
        let stale = try await consumer.swift(checkArguments)
        #expect(stale.status != 0, "check passed before anything was generated")

        let command = try await consumer.swift([
            "package", "--allow-writing-to-package-directory", "generate-shapes", "--target", "CommittedBatch",
        ])
        #expect(command.status == 0, "generate-shapes failed:\n\(command.standardOutput)")
        let names = try FileManager.default.contentsOfDirectory(atPath: generated.path).sorted()
        #expect(names == ConsumerPackage.generatedNames.sorted())

        let check = try await consumer.swift(checkArguments)
        #expect(check.status == 0, "shapegen check failed after generate-shapes:\n\(check.standardOutput)")
        let build = try await consumer.swift(["build", "--target", "CommittedBatch"])
        #expect(build.status == 0, "the committed output does not build:\n\(build.standardOutput)")
        let client = try String(contentsOf: generated.appendingPathComponent("batch.Client.swift"), encoding: .utf8)
        #expect(client.contains("public struct CommittedBatchClient"), "the configured service name is not used")
    }
}
