import Foundation
import ShapegenFuzz
import Testing

/// How a run is judged: the harness itself must not pass a crash or an unlocated error.
@Suite("Fuzz verdict")
struct FuzzVerdictTests {
    @Test(
        "located diagnostics pass; anything else on standard error does not",
        arguments: [
            ("m.yaml:3:5: error: unknown key 'x'", true),
            ("/a/b:c.yaml:10:1: error: bad", true),
            ("error: no such file", false),
            ("m.yaml:0:5: error: bad", false),
            (":3:5: error: bad", false),
            ("Fatal error: Unexpectedly found nil", false),
            ("break' in member 'color'", false),
        ])
    func locatedDiagnostics(line: String, located: Bool) {
        #expect(FuzzVerdict.isLocatedDiagnostic(Substring(line)) == located)
    }

    @Test func aSignalIsACrashAndAnUnlocatedErrorIsWrong() throws {
        try withFolder { folder in
            let snapshot = try FolderSnapshot(of: folder)
            let crash = FuzzVerdict.judge(
                status: 11, standardError: "", before: snapshot, after: snapshot, outputName: "out")
            #expect(crash.isFailure)
            let unlocated = FuzzVerdict.judge(
                status: 1, standardError: "error: oops\n", before: snapshot, after: snapshot, outputName: "out")
            #expect(unlocated == .wrong("unlocated error: error: oops"))
            let located = FuzzVerdict.judge(
                status: 1, standardError: "m.yaml:1:1: error: oops\n", before: snapshot, after: snapshot,
                outputName: "out")
            #expect(located == .diagnosed)
        }
    }

    @Test func aFailedRunThatChangedAFileAndPartialOutputAreWrong() throws {
        try withFolder { folder in
            let before = try FolderSnapshot(of: folder)
            try Data("x".utf8).write(to: folder.appendingPathComponent("out/Svc/Shapes.swift"))
            let after = try FolderSnapshot(of: folder)
            #expect(
                FuzzVerdict.judge(
                    status: 1, standardError: "m.yaml:1:1: error: x", before: before, after: after, outputName: "out"
                ).isFailure)
            #expect(
                FuzzVerdict.judge(status: 0, standardError: "", before: before, after: after, outputName: "out")
                    == .wrong("partial output in 'out/Svc/': missing [\"Client.swift\", \"Mock.swift\"]"))
            for file in FuzzVerdict.serviceFiles {
                try Data("y".utf8).write(to: folder.appendingPathComponent("out/Svc/" + file))
            }
            #expect(
                FuzzVerdict.judge(
                    status: 0, standardError: "", before: before, after: try FolderSnapshot(of: folder),
                    outputName: "out") == .generated)
            try Data("z".utf8).write(to: folder.appendingPathComponent("beside.txt"))
            #expect(
                FuzzVerdict.judge(
                    status: 0, standardError: "", before: before, after: try FolderSnapshot(of: folder),
                    outputName: "out"
                ).isFailure)
        }
    }

    private func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-verdict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("out/Svc"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }
}
