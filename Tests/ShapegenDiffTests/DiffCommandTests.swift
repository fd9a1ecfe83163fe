import Foundation
import ShapegenTestSupport
import Testing

/// `shapegen diff` run as a user runs it: formats, exit codes, model errors.
@Suite("shapegen diff")
struct DiffCommandTests {
    @Test(.enabled(if: BotocoreReleases.isAvailable, Comment(rawValue: BotocoreReleases.skipMessage)))
    func comparesBotocoreModels() async throws {
        try await withTemporaryFolder { folder in
            let old = try Fixtures.batchModelPath(botocore: "1.21.7")
            let new = try Fixtures.batchModelPath(botocore: "1.21.8")
            let result = try await Command.shapegen(["diff", old, new], in: folder)
            #expect(result.status == 0)
            #expect(result.standardError == "")
            #expect(result.standardOutput.hasPrefix(SeedUpdateTests.changelog))

            let strict = try await Command.shapegen(["diff", old, new, "--fail-on", "dangerous"], in: folder)
            #expect(strict.status == 0, "a compatible update passes --fail-on dangerous")
        }
    }

    @Test(.enabled(if: BotocoreReleases.isAvailable, Comment(rawValue: BotocoreReleases.skipMessage)))
    func formats() async throws {
        try await withTemporaryFolder { folder in
            let old = try Fixtures.batchModelPath(botocore: "1.21.7")
            let new = try Fixtures.batchModelPath(botocore: "1.21.8")
            let markdown = try await Command.shapegen(["diff", old, new, "--format", "markdown"], in: folder)
            #expect(markdown.status == 0)
            #expect(
                markdown.standardOutput.hasPrefix(
                    """
                    ## Batch: 1 updated api methods — **compatible**

                    ### `ListJobs` (updated) — compatible

                    Changes (request, response)

                    Request

                    ```python
                    {'filters': [{'name': 'string', 'values': ['string']}]}
                    ```

                    """))

            let json = try await Command.shapegen(["diff", old, new, "--format", "json"], in: folder)
            #expect(json.status == 0)
            let root = try #require(
                try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
            #expect(root["severity"] as? String == "compatible")

            let text = try await Command.shapegen(["diff", old, new, "--format", "text"], in: folder)
            #expect(text.standardOutput.hasPrefix(SeedUpdateTests.changelog))

            let unknown = try await Command.shapegen(["diff", old, new, "--format", "xml"], in: folder)
            #expect(unknown.status == 64)
            #expect(unknown.standardOutput == "")
            #expect(unknown.standardError.contains("The value 'xml' is invalid for '--format <format>'"))
        }
    }

    /// A change of each severity and the exit status each `--fail-on` gives it.
    static let exitCases: [(name: String, edits: [Edit], statuses: [String: Int32])] = [
        (
            "breaking", [Edit("      size: {target: Integer}\n", "")],
            ["default": 1, "breaking": 1, "dangerous": 1, "none": 0]
        ),
        ("dangerous", [SyntheticCases.getThingErrors], ["default": 0, "breaking": 0, "dangerous": 1, "none": 0]),
        ("compatible", [SyntheticCases.weight], ["default": 0, "breaking": 0, "dangerous": 0, "none": 0]),
        (
            "documentation", [Edit("documentation: A thing.", "documentation: One thing.")],
            ["default": 0, "dangerous": 0]
        ),
        ("none", [], ["default": 0, "dangerous": 0]),
    ]

    @Test(arguments: exitCases.map(\.name))
    func exitStatusFollowsFailOn(_ name: String) async throws {
        let exitCase = try #require(Self.exitCases.first { $0.name == name })
        try await withTemporaryFolder { folder in
            try folder.write(ThingsPair.yaml([]), to: "old.yaml")
            try folder.write(ThingsPair.yaml(exitCase.edits), to: "new.yaml")
            for (failOn, status) in exitCase.statuses.sorted(by: { $0.key < $1.key }) {
                let options = failOn == "default" ? [] : ["--fail-on", failOn]
                let result = try await Command.shapegen(["diff", "old.yaml", "new.yaml"] + options, in: folder)
                #expect(result.status == status, "--fail-on \(failOn)")
                #expect(result.standardOutput.hasPrefix("Things - "), "the report is printed whatever the status")
                let threshold = failOn == "default" ? "breaking" : failOn
                let expectedError = status == 0 ? "" : "shapegen diff: \(name) changes found (--fail-on \(threshold))\n"
                #expect(result.standardError == expectedError, "--fail-on \(failOn)")
            }
        }
    }

    @Test func modelErrorsAreLocatedAndPrintNoReport() async throws {
        try await withTemporaryFolder { folder in
            try folder.write(ThingsPair.yaml([]), to: "old.yaml")
            try folder.write(
                ThingsPair.yaml([Edit("      size: {target: Integer}\n", "      size: {target: Integr}\n")]),
                to: "new.yaml")
            let result = try await Command.shapegen(["diff", "old.yaml", "new.yaml"], in: folder)
            #expect(result.status == 1)
            #expect(result.standardOutput == "")
            #expect(
                result.standardError
                    == "new.yaml:67:22: error: member 'size' of 'Thing' refers to unknown shape 'Integr' (did you mean 'Integer'?)\n"
            )

            let missing = try await Command.shapegen(["diff", "old.yaml", "missing.json"], in: folder)
            #expect(missing.status == 1)
            #expect(missing.standardOutput == "")
            #expect(missing.standardError.hasPrefix("error: missing.json: cannot read"))
        }
    }

    @Test func help() async throws {
        try await withTemporaryFolder { folder in
            let result = try await Command.shapegen(["diff", "--help"], in: folder)
            #expect(result.status == 0)
            #expect(result.standardOutput.hasPrefix("OVERVIEW: Describe what changed between two versions of a model"))
            #expect(
                result.standardOutput.contains(
                    "USAGE: shapegen diff [<model> ...] [--since <git-rev>] [--models-dir <models-dir>] [--format <format>] [--fail-on <fail-on>]"
                ))
            let overview = try await Command.shapegen(["--help"], in: folder)
            #expect(overview.standardOutput.contains("  diff  "), "diff is listed among the subcommands")
        }
    }

    @Test func needsTwoModelsOrSince() async throws {
        try await withTemporaryFolder { folder in
            let one = try await Command.shapegen(["diff", "old.yaml"], in: folder)
            #expect(one.status == 64)
            #expect(
                one.standardError.hasPrefix("Error: give the OLD and NEW models (or --since GIT-REV); got 1 model(s)\n")
            )
            let both = try await Command.shapegen(["diff", "a.yaml", "b.yaml", "--since", "HEAD"], in: folder)
            #expect(both.status == 64)
            #expect(both.standardError.hasPrefix("Error: give either OLD and NEW models or --since, not both\n"))
        }
    }
}
