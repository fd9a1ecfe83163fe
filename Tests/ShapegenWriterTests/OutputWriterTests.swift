import Foundation
import ShapegenWriter
import Testing

@Suite("Writing output")
struct OutputWriterTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
        "shapegen-writer-\(UUID().uuidString)")

    private func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: directory.appendingPathComponent(path)), as: UTF8.self)
    }

    @Test func writesOnlyChangedFiles() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let writer = OutputWriter(directory: directory)
        let first = try writer.write([
            OutputFile(relativePath: "A/One.swift", contents: "1\n"),
            OutputFile(relativePath: "A/Two.swift", contents: "2\n"),
        ])
        #expect(first.written == ["A/One.swift", "A/Two.swift"])
        let oneURL = directory.appendingPathComponent("A/One.swift")
        let before = try FileManager.default.attributesOfItem(atPath: oneURL.path)[.modificationDate] as? Date
        let second = try writer.write([
            OutputFile(relativePath: "A/One.swift", contents: "1\n"),
            OutputFile(relativePath: "A/Two.swift", contents: "two\n"),
        ])
        #expect(second.written == ["A/Two.swift"])
        #expect(second.unchanged == ["A/One.swift"])
        let after = try FileManager.default.attributesOfItem(atPath: oneURL.path)[.modificationDate] as? Date
        #expect(before == after)
        #expect(try read("A/Two.swift") == "two\n")
    }

    @Test func replacesFilesLeavingNoTemporaryFilesBehind() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let writer = OutputWriter(directory: directory)
        try writer.write([OutputFile(relativePath: "A/One.swift", contents: "1\n")])
        try writer.write([OutputFile(relativePath: "A/One.swift", contents: "one\n")])
        #expect(try read("A/One.swift") == "one\n")
        let listing = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("A").path)
        #expect(listing == ["One.swift"])
    }

    @Test func reportsWhyAFileCannotBeReplaced() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let blocker = directory.appendingPathComponent("A/One.swift/Inside.swift")
        try FileManager.default.createDirectory(
            at: blocker.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: blocker)
        let writer = OutputWriter(directory: directory)
        #expect {
            try writer.write([OutputFile(relativePath: "A/One.swift", contents: "1\n")])
        } throws: { error in
            guard case .io(let path, let reason)? = error as? OutputError else { return false }
            return path.hasSuffix("A/One.swift") && reason.lowercased().contains("directory")
        }
        let listing = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("A").path)
        #expect(listing == ["One.swift"], "the temporary file is removed")
    }

    @Test func createsNestedFoldersAndRemovesStaleFilesAtAnyDepth() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let writer = OutputWriter(directory: directory)
        let deep = OutputFile(relativePath: "A/B/C/Deep.swift", contents: "d\n")
        try writer.write([
            deep, OutputFile(relativePath: "A/Old.swift", contents: "o\n"),
            OutputFile(relativePath: "Z/Old.swift", contents: "z\n"),
        ])
        #expect(try read("A/B/C/Deep.swift") == "d\n")
        try Data("notes\n".utf8).write(to: directory.appendingPathComponent("A/notes.txt"))
        let report = try writer.write(
            [deep, OutputFile(relativePath: "New.swift", contents: "n\n")], removingStaleFiles: true)
        #expect(report.written == ["New.swift"])
        #expect(report.unchanged == ["A/B/C/Deep.swift"])
        #expect(report.removed == ["A/Old.swift", "Z/Old.swift"], "sorted, at every depth; other files stay")
        #expect(try read("A/notes.txt") == "notes\n")
    }

    @Test func reportsAFileWhereAFolderIsNeeded() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: directory.appendingPathComponent("A"))
        let writer = OutputWriter(directory: directory)
        #expect {
            try writer.write([
                OutputFile(relativePath: "A/B/One.swift", contents: "1\n"),
                OutputFile(relativePath: "Two.swift", contents: "2\n"),
            ])
        } throws: { error in
            guard case .io(let path, _)? = error as? OutputError else { return false }
            return path.hasSuffix("A/B/One.swift")
        }
        #expect(try read("Two.swift") == "2\n", "the other files are still written")
    }

    @Test(arguments: ["../escape.swift", "/etc/passwd", "A/../../b.swift", "", "A//B.swift", "./a.swift", "a\\b.swift"])
    func refusesPathsOutsideTheFolder(_ path: String) throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let writer = OutputWriter(directory: directory)
        try writer.write([OutputFile(relativePath: "Keep.swift", contents: "keep\n")])
        #expect(throws: OutputError.unsafePath(path)) {
            try writer.write([
                OutputFile(relativePath: "Keep.swift", contents: "changed\n"),
                OutputFile(relativePath: path, contents: "x"),
            ])
        }
        #expect(try read("Keep.swift") == "keep\n", "nothing is written when any path is unsafe")
    }

    @Test func differencesReportChangedMissingAndStrayFiles() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let writer = OutputWriter(directory: directory)
        try writer.write([
            OutputFile(relativePath: "Same.swift", contents: "s\n"),
            OutputFile(relativePath: "Changed.swift", contents: "a\nb\nc\n"),
            OutputFile(relativePath: "Stray.swift", contents: "x\n"),
        ])
        let differences = try writer.differences(from: [
            OutputFile(relativePath: "Same.swift", contents: "s\n"),
            OutputFile(relativePath: "Changed.swift", contents: "a\nB\nc\n"),
            OutputFile(relativePath: "Missing.swift", contents: "m\n"),
        ])
        #expect(differences.map(\.relativePath) == ["Changed.swift", "Missing.swift", "Stray.swift"])
        #expect(
            differences[0].unifiedDiff(under: "Out") == """
                --- a/Out/Changed.swift
                +++ b/Out/Changed.swift
                @@ -1,3 +1,3 @@
                 a
                -b
                +B
                 c

                """)
        #expect(
            differences[1].unifiedDiff(under: "Out").hasPrefix(
                "--- /dev/null\n+++ b/Out/Missing.swift\n@@ -0,0 +1,1 @@\n+m"))
        #expect(
            differences[2].unifiedDiff(under: "Out").hasPrefix(
                "--- a/Out/Stray.swift\n+++ /dev/null\n@@ -1,1 +0,0 @@\n-x"))
    }

    @Test func diffHunksKeepThreeLinesOfContext() {
        let old = (1...20).map(String.init).joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "\n10\n", with: "\nten\n")
        let diff = FileDifference(relativePath: "F.swift", old: old, new: new).unifiedDiff(under: "G")
        #expect(diff == "--- a/G/F.swift\n+++ b/G/F.swift\n@@ -7,7 +7,7 @@\n 7\n 8\n 9\n-10\n+ten\n 11\n 12\n 13\n")
    }
}
