import Foundation
import ShapegenTestSupport

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
        throw SetupError(
            """
            the shapegen executable is not built; looked at \(candidates.map(\.path).joined(separator: ", ")). \
            Run 'swift build --build-tests' first.
            """)
    }

    /// Runs `shapegen arguments…` in `directory` and returns once it has exited, without blocking a
    /// thread of the cooperative pool (see `ChildProcess`).
    ///
    /// - Parameter environment: The child's whole environment; `nil` for this process's.
    static func run(
        _ arguments: [String], in directory: URL, environment: [String: String]? = nil
    ) async throws -> CommandResult {
        try await ChildProcess.run(url(), arguments, in: directory, environment: environment)
    }
}
