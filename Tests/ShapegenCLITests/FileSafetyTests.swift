import Foundation
import ShapegenFuzz
import ShapegenKit
import Testing

/// Issue 8's file safety and determinism, through the built `shapegen` as a user runs it.
///
/// Covered elsewhere: a failed run leaves earlier output byte-identical (`MalformedModelTests`, for
/// `generate`, `check` and `lint` on every malformed model), only changed files are touched
/// (`GenerateCommandTests`), the writer refuses unsafe relative paths (`OutputWriterTests`), and two
/// runs from different folders with a relative and an absolute model path agree (`DeterminismTests`).
@Suite("file safety and determinism")
struct FileSafetyTests {
    // MARK: Names that look like paths

    /// A name in the model (or on the command line) that looks like a path out of the output folder.
    struct HostileName: Sendable, CustomTestStringConvertible {
        var testDescription: String
        /// Replaced in `minimal-valid.yaml`, each by its replacement, in which `FOLDER` stands for the
        /// test's temporary folder.
        var replacements: [(String, String)] = []
        /// Further arguments of `generate`, with `FOLDER` as above.
        var arguments: [String] = []
        /// The model's file name.
        var modelFileName = "model.yaml"
    }

    static let hostileNames: [HostileName] = [
        service("a/b"), service("../../escaped"), service(".."), service("/tmp/x"), service("FOLDER/escaped"),
        HostileName(
            testDescription: "shape ../../../Thing",
            replacements: [
                ("  Thing:\n", "  \"../../../Thing\":\n"), ("member: Thing\n", "member: \"../../../Thing\"\n"),
            ]),
        HostileName(
            testDescription: "shape /tmp/x",
            replacements: [("  Thing:\n", "  \"/tmp/x\":\n"), ("member: Thing\n", "member: \"/tmp/x\"\n")]),
        HostileName(
            testDescription: "shape FOLDER/Thing",
            replacements: [("  Thing:\n", "  \"FOLDER/Thing\":\n"), ("member: Thing\n", "member: \"FOLDER/Thing\"\n")]),
        HostileName(
            testDescription: "error shape ../BadRequest",
            replacements: [
                ("  BadRequest:\n", "  \"../BadRequest\":\n"), ("errors: [BadRequest]", "errors: [\"../BadRequest\"]"),
            ]),
        HostileName(
            testDescription: "operation ../../ListThings",
            replacements: [("  ListThings:\n", "  \"../../ListThings\":\n")]),
        HostileName(
            testDescription: "member ../../color", replacements: [("      color:\n", "      \"../../color\":\n")]),
        HostileName(testDescription: "--service-name ../../escaped", arguments: ["--service-name", "../../escaped"]),
        HostileName(testDescription: "--service-name FOLDER/escaped", arguments: ["--service-name", "FOLDER/escaped"]),
        HostileName(
            testDescription: "flat layout, model ..yaml", arguments: ["--layout", "flat"], modelFileName: "..yaml"),
        HostileName(
            testDescription: "flat layout, model .yaml", arguments: ["--layout", "flat"], modelFileName: ".yaml"),
        HostileName(
            testDescription: "flat layout, model ...shapes.yaml", arguments: ["--layout", "flat"],
            modelFileName: "...shapes.yaml"),
    ]

    private static func service(_ name: String) -> HostileName {
        HostileName(
            testDescription: "service \(name)",
            replacements: [("service:\n  name: Mini\n", "service:\n  name: \"\(name)\"\n")])
    }

    /// `generate` runs in `FOLDER/a/b/work` with output `out`, which an earlier run of the valid model
    /// filled; `FOLDER`, `FOLDER/a` and `FOLDER/a/b` hold sentinel files, so every `..` up to four
    /// levels above the output folder lands somewhere watched. The run either fails with located
    /// errors and changes nothing at all, or succeeds and changes nothing outside `out/`; `/tmp/x`
    /// is as it was.
    @Test(arguments: hostileNames)
    func pathLikeNamesNeverWriteOutsideTheOutputFolder(_ hostile: HostileName) async throws {
        try await withTemporaryFolder { folder in
            let manager = FileManager.default
            let work = folder.appendingPathComponent("a/b/work")
            try manager.createDirectory(at: work, withIntermediateDirectories: true)
            for sentinel in ["sentinel", "a/sentinel", "a/b/sentinel", "escaped", "Thing.swift"] {
                try Data("sentinel \(sentinel)\n".utf8).write(to: folder.appendingPathComponent(sentinel))
            }
            let valid = try MalformedModelCase.minimalValidModel()
            let populate = try await ShapegenExecutable.run(["generate", valid.path, "--output", "out"], in: work)
            try #require(populate.status == 0, "\(populate.standardError)")

            var model = try String(contentsOf: valid, encoding: .utf8)
            for (original, replacement) in hostile.replacements {
                try #require(model.contains(original), "minimal-valid.yaml lacks \(original.debugDescription)")
                model = model.replacingOccurrences(
                    of: original, with: replacement.replacingOccurrences(of: "FOLDER", with: folder.path))
            }
            try Data(model.utf8).write(to: work.appendingPathComponent(hostile.modelFileName))

            let tmpX = "/tmp/x"
            let tmpXBefore = Self.state(of: tmpX)
            let before = try FolderSnapshot(of: folder)
            let arguments = hostile.arguments.map { $0.replacingOccurrences(of: "FOLDER", with: folder.path) }
            let result = try await ShapegenExecutable.run(
                ["generate", hostile.modelFileName, "--output", "out"] + arguments, in: work)
            let changes = try FolderSnapshot(of: folder).changes(since: before)

            #expect(Self.state(of: tmpX) == tmpXBefore, "/tmp/x changed")
            #expect(result.status == 0 || result.status == 1, "exit status \(result.status): \(result.standardError)")
            if result.status == 0 {
                let outside = changes.filter {
                    !$0.hasPrefix("added a/b/work/out/") && !$0.hasPrefix("changed a/b/work/out/")
                }
                #expect(outside == [], "a successful run wrote outside out/")
                #expect(result.standardError == "")
            } else {
                #expect(changes == [], "a failed run changed files")
                let lines = result.standardError.split(separator: "\n")
                #expect(!lines.isEmpty)
                // A name from the model is reported where the model says it; one from the command
                // line has no place in a file and is reported as the command line's.
                let expected = hostile.arguments.contains("--service-name") ? #"^error: "# : #"^[^:]+:\d+:\d+: error: "#
                for line in lines {
                    #expect(line.contains(try Regex(expected)), "not an error of the expected form: \(line)")
                }
            }
        }
    }

    /// Whether `path` exists, and its bytes if it is a readable file.
    private static func state(of path: String) -> String {
        guard FileManager.default.fileExists(atPath: path) else { return "absent" }
        return (try? Data(contentsOf: URL(fileURLWithPath: path))).map { "file \($0.base64EncodedString())" }
            ?? "present"
    }

    // MARK: Key order

    /// The order of `shapes:` and `operations:` entries carries no meaning, so reversing or shuffling
    /// it changes no byte of the output. (Members, enum values and lists keep their order: theirs is
    /// meaningful.)
    @Test func shufflingShapesAndOperationsChangesNoOutputByte() async throws {
        try await withTemporaryFolder { folder in
            for model in [try PackagePaths.batchModel(), PackagePaths.hostileNamesModel] {
                let text = try String(contentsOf: model, encoding: .utf8)
                let name = model.lastPathComponent
                var outputs: [String: FolderSnapshot] = [:]
                for (variant, seed) in [("original", nil), ("reversed", 0), ("shuffled-1", 1), ("shuffled-2", 2)]
                    as [(String, UInt64?)]
                {
                    let variantText =
                        variant == "original" ? text : Self.reorderingTopLevelEntries(of: text, seed: seed)
                    if variant != "original" {
                        try #require(variantText != text, "\(variant) \(name) is the original")
                        #expect(variantText.split(separator: "\n").sorted() == text.split(separator: "\n").sorted())
                    }
                    let directory = folder.appendingPathComponent(name + "-" + variant)
                    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                    try Data(variantText.utf8).write(to: directory.appendingPathComponent(name))
                    let result = try await ShapegenExecutable.run(["generate", name, "--output", "out"], in: directory)
                    try #require(result.status == 0, "\(variant) \(name): \(result.standardError)")
                    outputs[variant] = try FolderSnapshot(of: directory.appendingPathComponent("out"))
                }
                let original = try #require(outputs["original"])
                #expect(original.filePaths.count == (try Generator().generate(modelAt: model.path).files.count))
                for (variant, snapshot) in outputs.sorted(by: { $0.key < $1.key }) {
                    #expect(snapshot.changes(since: original) == [], "\(variant) \(name)")
                }
            }
        }
    }

    /// `text` with the entries of its top-level `shapes:` and `operations:` mappings reversed (`seed`
    /// nil or 0) or shuffled with `seed`. An entry is a line indented by two spaces (not a comment)
    /// and every line below it up to the next; what precedes the first entry stays.
    static func reorderingTopLevelEntries(of text: String, seed: UInt64?) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var result: [String] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            result.append(line)
            index += 1
            guard line == "shapes:" || line == "operations:" else { continue }
            var entries: [[String]] = []
            while index < lines.count, lines[index].isEmpty || lines[index].hasPrefix(" ") {
                let current = lines[index]
                let startsEntry = current.hasPrefix("  ") && !current.hasPrefix("   ") && !current.hasPrefix("  #")
                if startsEntry || entries.isEmpty {
                    if entries.isEmpty && !startsEntry { result.append(current) } else { entries.append([current]) }
                } else {
                    entries[entries.count - 1].append(current)
                }
                index += 1
            }
            if let seed, seed != 0 {
                var generator = FuzzRandom(seed: seed)
                entries.shuffle(using: &generator)
            } else {
                entries.reverse()
            }
            result += entries.flatMap { $0 }
        }
        return result.joined(separator: "\n")
    }

    // MARK: Locale, environment, working directory

    /// The same models give the same bytes under a Turkish locale (where `I` lower-cases to `ı` and
    /// `i` upper-cases to `İ`), a time zone fourteen hours ahead, an almost empty environment, another
    /// working directory, other spellings of the model and output paths, and the models named in the
    /// other order.
    ///
    /// The machine need not have the Turkish locale installed: Foundation takes `Locale.current`
    /// from `LANG`/`LC_ALL` through ICU, whatever the C library has.
    @Test func outputDoesNotDependOnLocaleEnvironmentOrPathSpelling() async throws {
        try await withTemporaryFolder { folder in
            let root = PackagePaths.root
            let hostile = "Tests/Fixtures/CorpusSample/HostileNames.yaml"
            let baseline = try await ShapegenExecutable.run(
                ["generate", "Models/batch.yaml", hostile, "--output", folder.appendingPathComponent("baseline").path],
                in: root)
            try #require(baseline.status == 0, "\(baseline.standardError)")

            var turkish = ProcessInfo.processInfo.environment
            turkish["LANG"] = "tr_TR.UTF-8"
            turkish["LC_ALL"] = "tr_TR.UTF-8"
            turkish["LC_CTYPE"] = "tr_TR.UTF-8"
            turkish["TZ"] = "Pacific/Kiritimati"
            let runs: [(name: String, arguments: [String], directory: URL, environment: [String: String]?)] = [
                (
                    "turkish",
                    [
                        "generate", root.path + "//Models/./batch.yaml", root.path + "/Tests/../" + hostile, "--output",
                        "turkish/",
                    ],
                    folder, turkish
                ),
                (
                    "bare-environment",
                    ["generate", "../" + hostile, "batch.yaml", "--output", folder.path + "/./bare-environment"],
                    root.appendingPathComponent("Models"), ["PATH": "/usr/bin:/bin", "TZ": "America/Adak", "LANG": "C"]
                ),
            ]
            let expected = try FolderSnapshot(of: folder.appendingPathComponent("baseline"))
            let fileCount = try [PackagePaths.batchModel(), PackagePaths.hostileNamesModel].reduce(0) {
                $0 + (try Generator().generate(modelAt: $1.path).files.count)
            }
            #expect(expected.filePaths.count == fileCount)
            for run in runs {
                let result = try await ShapegenExecutable.run(
                    run.arguments, in: run.directory, environment: run.environment)
                try #require(result.status == 0, "\(run.name): \(result.standardError)")
                let snapshot = try FolderSnapshot(of: folder.appendingPathComponent(run.name))
                #expect(snapshot.changes(since: expected) == [], "\(run.name)")
            }
        }
    }
}
