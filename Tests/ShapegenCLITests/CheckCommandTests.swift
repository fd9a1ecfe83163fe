import Foundation
import Testing

/// `shapegen check`: passes on fresh output; otherwise exits 1 with a unified diff of every stale file.
@Suite("check")
struct CheckCommandTests {
    /// The first line of standard error when `count` files are stale.
    private func staleSummary(_ count: Int) -> String {
        "error: \(count) generated file(s) are stale"
    }

    @Test func passesOnFreshOutput() async throws {
        try await withTemporaryFolder { folder in
            let output = GeneratedOutput(workingFolder: folder)
            try #require(try await output.run("generate").status == 0)
            let before = try FolderSnapshot(of: output.outputFolder)
            let result = try await output.run("check")
            #expect(result.status == 0)
            #expect(result.standardError == "")
            #expect(result.standardOutput == "shapegen: 1 service(s) up to date\n")
            #expect(try FolderSnapshot(of: output.outputFolder).changes(since: before) == [])
        }
    }

    @Test func printsAUnifiedDiffOfAnEditedFile() async throws {
        try await withTemporaryFolder { folder in
            let output = GeneratedOutput(workingFolder: folder)
            try #require(try await output.run("generate").status == 0)
            let file = output.batchFile("Client.swift")
            var lines = try String(contentsOf: file, encoding: .utf8).split(
                separator: "\n", omittingEmptySubsequences: false
            )
            .map(String.init)
            try #require(lines.count > 20)
            // Replace one line in the middle, well away from both ends, so the hunk has full context.
            let edited = lines.count / 2
            let original = lines[edited]
            lines[edited] = "// edited by hand"
            try Data(lines.joined(separator: "\n").utf8).write(to: file)
            let before = try FolderSnapshot(of: output.outputFolder)

            let result = try await output.run("check")
            let start = edited - 2  // 1-based number of the first context line
            let expected =
                [
                    "--- a/out/Batch/Client.swift",
                    "+++ b/out/Batch/Client.swift",
                    "@@ -\(start),7 +\(start),7 @@",
                ] + lines[(edited - 3)..<edited].map { " " + $0 }
                + ["-// edited by hand", "+" + original]
                + lines[(edited + 1)...(edited + 3)].map { " " + $0 }
            #expect(result.standardOutput == expected.joined(separator: "\n") + "\n")
            #expect(result.status == 1)
            #expect(result.standardError.hasPrefix(staleSummary(1)))
            #expect(try FolderSnapshot(of: output.outputFolder).changes(since: before) == [], "check must not write")
        }
    }

    @Test func reportsAMissingFile() async throws {
        try await withTemporaryFolder { folder in
            let output = GeneratedOutput(workingFolder: folder)
            try #require(try await output.run("generate").status == 0)
            let mock = try String(contentsOf: output.batchFile("Mock.swift"), encoding: .utf8)
            try FileManager.default.removeItem(at: output.batchFile("Mock.swift"))

            let result = try await output.run("check")
            try #require(mock.hasSuffix("\n"))
            let lines = mock.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map { "+" + $0 }
            let expected = ["--- /dev/null", "+++ b/out/Batch/Mock.swift", "@@ -0,0 +1,\(lines.count) @@"] + lines
            #expect(result.standardOutput == expected.joined(separator: "\n") + "\n")
            #expect(result.status == 1)
            #expect(result.standardError.hasPrefix(staleSummary(1)))
            #expect(
                !FileManager.default.fileExists(atPath: output.batchFile("Mock.swift").path), "check must not write")
        }
    }

    @Test func reportsAStraySwiftFile() async throws {
        try await withTemporaryFolder { folder in
            let output = GeneratedOutput(workingFolder: folder)
            try #require(try await output.run("generate").status == 0)
            try Data("// left over\n".utf8).write(to: output.batchFile("Stray.swift"))

            let result = try await output.run("check")
            #expect(
                result.standardOutput == """
                    --- a/out/Batch/Stray.swift
                    +++ /dev/null
                    @@ -1,1 +0,0 @@
                    -// left over

                    """)
            #expect(result.status == 1)
            #expect(result.standardError.hasPrefix(staleSummary(1)))
            #expect(
                FileManager.default.fileExists(atPath: output.batchFile("Stray.swift").path), "check must not delete")
        }
    }

    @Test func reportsEveryFileOfAnEmptyOutputFolder() async throws {
        try await withTemporaryFolder { folder in
            let output = GeneratedOutput(workingFolder: folder)
            let result = try await output.run("check")
            #expect(result.status == 1)
            #expect(result.standardError.hasPrefix(staleSummary(PackagePaths.generatedFileNames.count)))
            for name in PackagePaths.generatedFileNames {
                #expect(
                    result.standardOutput.contains("--- /dev/null\n+++ b/out/Batch/\(name)\n@@ -0,0 +1,"), "\(name)")
            }
            #expect(!FileManager.default.fileExists(atPath: output.outputFolder.path), "check must not write")
        }
    }

    @Test
    func generatingAfterAStrayFileReportMakesCheckPass() async throws {
        try await withTemporaryFolder { folder in
            let output = GeneratedOutput(workingFolder: folder)
            try #require(try await output.run("generate").status == 0)
            try Data("// left over\n".utf8).write(to: output.batchFile("Stray.swift"))
            try #require(try await output.run("check").status == 1)

            // check says: "run 'swift run shapegen' and commit the result".
            #expect(try await output.run("generate").status == 0)
            let result = try await output.run("check")
            #expect(result.status == 0)
            #expect(result.standardOutput == "shapegen: 1 service(s) up to date\n")
        }
    }
}
