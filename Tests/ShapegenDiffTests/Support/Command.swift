import Foundation

/// What one run of a command did.
struct CommandResult: Sendable {
    var status: Int32
    var standardOutput: String
    var standardError: String
}

/// Runs the built `shapegen` executable and `git`, as a user does.
enum Command {
    /// The package root: the nearest folder above this file that holds `Package.swift`.
    static let packageRoot: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) { return folder }
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
            throw SetupError(description: "the shapegen executable is not built; run 'swift build --build-tests' first")
        }
        return found
    }

    /// Runs `shapegen arguments…` in `folder`.
    static func shapegen(_ arguments: [String], in folder: URL) throws -> CommandResult {
        try run(shapegen(), arguments, in: folder)
    }

    /// Runs `git arguments…` in `folder`, requiring success; returns standard output.
    @discardableResult
    static func git(_ arguments: [String], in folder: URL) throws -> String {
        let result = try run(URL(fileURLWithPath: "/usr/bin/env"), ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com"] + arguments, in: folder)
        guard result.status == 0 else { throw SetupError(description: "git \(arguments) failed: \(result.standardError)") }
        return result.standardOutput
    }

    private static func run(_ executable: URL, _ arguments: [String], in folder: URL) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errorData = Buffer()
        let reader = DispatchGroup()
        let errorHandle = error.fileHandleForReading
        DispatchQueue.global().async(group: reader) { errorData.set(errorHandle.readDataToEndOfFile()) }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        reader.wait()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData.get(), as: UTF8.self))
    }
}

/// Bytes handed from the thread that reads a pipe to the one that waits for it.
private final class Buffer: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ newData: Data) { lock.withLock { data = newData } }
    func get() -> Data { lock.withLock { data } }
}

/// Runs `body` with a new, empty folder that is deleted afterwards.
func withTemporaryFolder<Result>(_ body: (URL) throws -> Result) throws -> Result {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("ShapegenDiffTests-\(UUID().uuidString)", isDirectory: true).resolvingSymlinksInPath()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
}

extension URL {
    /// Writes `text` to the file `name` in this folder (creating folders on the way).
    func write(_ text: String, to name: String) throws {
        let file = appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }
}
