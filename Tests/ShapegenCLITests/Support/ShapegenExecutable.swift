import Foundation

/// What one run of the `shapegen` executable did.
struct CommandResult: Sendable {
    /// The exit status.
    var status: Int32
    /// Everything written to standard output, decoded as UTF-8.
    var standardOutput: String
    /// Everything written to standard error, decoded as UTF-8.
    var standardError: String
}

/// A problem preparing a test: a missing executable, resource or package file.
struct SetupError: Error, CustomStringConvertible {
    var description: String
}

/// The built `shapegen` executable, run as a user runs it.
enum ShapegenExecutable {
    /// Where the executable is: next to the test bundle's resources in the products folder, or
    /// `<package root>/.build/debug/shapegen`.
    static func url() throws -> URL {
        let candidates = [
            Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("shapegen"),
            PackagePaths.root.appendingPathComponent(".build/debug/shapegen"),
        ]
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) {
            return found
        }
        throw SetupError(description: """
            the shapegen executable is not built; looked at \(candidates.map(\.path).joined(separator: ", ")). \
            Run 'swift build --build-tests' first.
            """)
    }

    /// Runs `shapegen arguments…` in `directory` and waits for it to exit.
    ///
    /// Standard error is drained on another thread while standard output is read here, so that a
    /// child that fills one pipe cannot deadlock the test.
    static func run(_ arguments: [String], in directory: URL) throws -> CommandResult {
        let process = Process()
        process.executableURL = try url()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()

        let errorData = DataBox()
        let errorReader = DispatchGroup()
        let errorHandle = error.fileHandleForReading
        DispatchQueue.global().async(group: errorReader) {
            errorData.set(errorHandle.readDataToEndOfFile())
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        errorReader.wait()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData.get(), as: UTF8.self))
    }
}

/// Bytes handed from the thread that reads a pipe to the one that waits for it.
private final class DataBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ newData: Data) { lock.withLock { data = newData } }
    func get() -> Data { lock.withLock { data } }
}
