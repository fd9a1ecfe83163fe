import Foundation
import ShapegenKit
import ShapegenTestSupport
import ShapegenTranslator
import ShapegenWriter
import Testing

/// A representative sample of real AWS services, generated from the installed botocore, compiles in
/// Swift 6 mode without an error or a warning; so do `HostileNames.yaml`, a model whose names
/// collide with everything generated code uses, and `FirstModel.yaml`, written with the prelude's
/// undeclared scalars; and every value of the hostile structures and enums
/// round-trips through encoding and decoding (the fixture's `HostileNamesRoundTrip`).
///
/// The services are written into `Tests/Fixtures/CorpusSample/Generated/` and built as that
/// package's targets with the scratch path `.build-corpus-sample`, so a second run recompiles only
/// what changed. Warnings are errors there, so a service that compiled with warnings is compiled
/// (and fails) again on the next run. The fixture's targets are the folders of its `Generated/`, so
/// neither its manifest nor its build plan is taken from a cache. The whole corpus is compiled by
/// `scripts/compile-corpus`.
@Suite("Corpus sample compiles")
struct CorpusSampleCompileTests {
    /// The sample: small services that together cover every protocol and the constructs that
    /// broke generated code before.
    static let sample: KeyValuePairs<String, String> = [
        "batch": "rest-json; the first service: paginators, deprecated members, large enums",
        "freetier": "json; `Expression.not` holds its own structure directly (@Indirect); unions",
        "sagemaker-runtime": "an event-stream response (`ResponseStream`)",
        "inspector-scan": "a document shape (`sbom`)",
        "sts": "query; a `Tag`, as ECS and S3 have",
        "ecs": "json; a `Task` shape, which must not hide Swift's (the fixture's `Coexistence`)",
        "s3": "rest-xml; an `Error` shape, which must not hide Swift's",
        "bedrock-runtime": "unions as enums: Converse's `ContentBlock`",
        "route53": "rest-xml (the smallest rest-xml service)",
        "marketplace-entitlement": "smithy-rpc-v2-cbor",
        "marketplacecommerceanalytics": "a deprecated operation with deprecated input and output shapes",
    ]

    /// The folder, and so the target, of `HostileNames.yaml`'s code.
    static let hostileNames = "hostile-names"
    /// Hand-written models compiled with the sample, by folder: `HostileNames.yaml`, and a first
    /// model whose members use the prelude's scalars without declaring them.
    static let handWritten: KeyValuePairs<String, String> = [
        hostileNames: "HostileNames.yaml", "first-model": "FirstModel.yaml",
    ]

    static let root = #filePath.components(separatedBy: "/Tests/")[0]
    static let fixture = root + "/Tests/Fixtures/CorpusSample"

    @Test(.timeLimit(.minutes(10)))
    func sampleCompilesWithoutErrorsOrWarnings() async throws {
        let names = Set(Self.sample.map(\.key))
        let generated = Self.fixture + "/Generated"
        let corpus = Corpus(dataDirectory: try Corpus.installedBotocoreData(), outputDirectory: generated)
        let entries = try corpus.entries().filter { names.contains($0.name) }
        try #require(
            Set(entries.map(\.name)) == names, "botocore lacks \(names.subtracting(entries.map(\.name)).sorted())")
        try removeFolders(in: generated, except: names.union(Self.handWritten.map(\.key)))
        let summary = corpus.run(entries)
        try #require(summary.failures.isEmpty, "\(summary.failures)")
        for (folder, model) in Self.handWritten {
            let service = try Generator().generate(modelAt: Self.fixture + "/" + model)
            try OutputWriter(directory: URL(fileURLWithPath: generated + "/" + folder)).write(
                service.files, removingStaleFiles: true)
        }
        // Acronyms as Swift writes them: the model's service name, inner capitals kept in members.
        let s3 = try String(contentsOfFile: generated + "/s3/Client.swift", encoding: .utf8)
        let s3Shapes = try (1...GeneratedFile.shapeParts).map { part in
            try String(contentsOfFile: generated + "/s3/" + GeneratedFile.shapes(part: part).name, encoding: .utf8)
        }.joined()
        #expect(s3.contains("public struct S3Client: S3API {"))
        #expect(
            s3Shapes.contains("public var checksumCRC32: String?")
                && s3Shapes.contains("public var sseCustomerKeyMD5: String?"))
        #expect(
            try String(contentsOfFile: generated + "/sts/Client.swift", encoding: .utf8).contains(
                "public struct STSClient: STSAPI {"))

        let hostile = try Generator().generate(modelAt: Self.fixture + "/HostileNames.yaml")
        // Code in the model's docs (`public var injectedCR = 1` after a carriage return, `*/ func
        // escape() {} /*`) would compile at file scope; it must stay inside a doc comment.
        for file in hostile.files {
            for line in file.contents.split(whereSeparator: \.isNewline)
            where line.contains("injectedCR") || line.contains("escape()") {
                #expect(line.trimmingCharacters(in: .whitespaces).hasPrefix("/// "), "\(file.relativePath): \(line)")
            }
        }
        #expect(hostile.files.contains { $0.contents.contains("/// public var injectedCR = 1") })

        let build = try await swiftBuild([
            "--package-path", Self.fixture, "--scratch-path", Self.root + "/.build-corpus-sample", "--manifest-cache",
            "none",
            "--disable-build-manifest-caching",
            "-Xswiftc", "-warnings-as-errors", "-Xswiftc", "-gnone",
        ])
        let diagnostics = build.output.split(separator: "\n").filter { line in
            line.contains(": error: ") || line.contains(": warning: ")
        }
        #expect(
            build.status == 0 && diagnostics.isEmpty,
            "swift build exited with \(build.status):\n\(diagnostics.isEmpty ? build.output : diagnostics.joined(separator: "\n"))"
        )
        guard build.status == 0 else { return }

        // Every hostile structure and enum survives encoding and decoding unchanged, under the
        // model's names (`RoundTrip/main.swift`, built above).
        let roundTrip = try await ChildProcess.run(
            URL(fileURLWithPath: Self.root + "/.build-corpus-sample/debug/HostileNamesRoundTrip"), [],
            mergeStandardError: true)
        #expect(
            roundTrip.status == 0, "HostileNamesRoundTrip exited with \(roundTrip.status):\n\(roundTrip.standardOutput)"
        )
        #expect(roundTrip.standardOutput == "round trip: every hostile value unchanged\n")

        // Swift's and Foundation's names keep their meaning beside four imported services.
        let coexistence = try await ChildProcess.run(
            URL(fileURLWithPath: Self.root + "/.build-corpus-sample/debug/Coexistence"), [], mergeStandardError: true)
        #expect(
            coexistence.status == 0 && coexistence.standardOutput == "coexistence: every name means what it says\n",
            "\(coexistence.standardOutput)")
    }

    /// Removes the services of an earlier sample, which the fixture would otherwise still build.
    private func removeFolders(in directory: String, except kept: Set<String>) throws {
        let manager = FileManager.default
        for name in (try? manager.contentsOfDirectory(atPath: directory)) ?? [] where !kept.contains(name) {
            try manager.removeItem(atPath: directory + "/" + name)
        }
    }

    /// Runs `swift build` with `arguments`; its exit status and its output and errors, interleaved.
    ///
    /// The build takes minutes; `ChildProcess` waits for it on threads of its own, so the tests that
    /// run meanwhile keep the cooperative pool.
    private func swiftBuild(_ arguments: [String]) async throws -> (status: Int32, output: String) {
        let result = try await ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["swift", "build"] + arguments, mergeStandardError: true)
        return (result.status, result.standardOutput)
    }
}
