import Foundation
import Testing

/// `--help` of the command and of every subcommand.
@Suite("help")
struct HelpTests {
    @Test(arguments: [
        (["--help"], "USAGE: shapegen <subcommand>"),
        (["generate", "--help"], "USAGE: shapegen generate "),
        (["check", "--help"], "USAGE: shapegen check "),
        (["lint", "--help"], "USAGE: shapegen lint "),
        (["help", "check"], "USAGE: shapegen check "),
    ])
    func printsUsageAndSucceeds(arguments: [String], usage: String) async throws {
        try await withTemporaryFolder { folder in
            let result = try await ShapegenExecutable.run(arguments, in: folder)
            #expect(result.status == 0)
            #expect(result.standardError == "")
            #expect(result.standardOutput.contains(usage))
            #expect(result.standardOutput.hasPrefix("OVERVIEW: "))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [], "help must not write")
        }
    }
}
