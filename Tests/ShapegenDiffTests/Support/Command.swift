import Foundation
import ShapegenTestSupport

/// Runs the built `shapegen` executable and `git`, as a user does.
enum Command {
    /// The package root: the nearest folder above this file that holds `Package.swift`.
    static let packageRoot: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder
            }
            folder.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    }()

    /// The `shapegen` executable: in the products folder next to the test bundle, or `.build/debug`.
    static func shapegen() throws -> URL {
        let candidates = [
            Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("shapegen"),
            packageRoot.appendingPathComponent(".build/debug/shapegen"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw SetupError("the shapegen executable is not built; run 'swift build --build-tests' first")
        }
        return found
    }

    /// Runs `shapegen arguments…` in `folder`, off the cooperative pool (see `ChildProcess`).
    static func shapegen(_ arguments: [String], in folder: URL) async throws -> CommandResult {
        try await ChildProcess.run(shapegen(), arguments, in: folder)
    }

    /// Runs `git arguments…` in `folder`, requiring success; returns standard output.
    @discardableResult
    static func git(_ arguments: [String], in folder: URL) async throws -> String {
        let result = try await ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com"] + arguments, in: folder)
        guard result.status == 0 else { throw SetupError("git \(arguments) failed: \(result.standardError)") }
        return result.standardOutput
    }
}

/// Runs `body` with a new, empty folder that is deleted afterwards.
func withTemporaryFolder<Result>(_ body: (URL) async throws -> Result) async throws -> Result {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("ShapegenDiffTests-\(UUID().uuidString)", isDirectory: true).resolvingSymlinksInPath()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try await body(folder)
}

extension URL {
    /// Writes `text` to the file `name` in this folder (creating folders on the way).
    func write(_ text: String, to name: String) throws {
        let file = appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }
}
