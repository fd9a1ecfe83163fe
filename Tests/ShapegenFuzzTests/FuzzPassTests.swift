import Foundation
import ShapegenTestSupport
import Testing

/// The quick fuzz pass of the default test run: `shapegen-fuzz` on a few hundred mutated models,
/// each run through the real `shapegen generate`. The long pass is documented in CONTRIBUTING.md.
@Suite("Fuzz pass")
struct FuzzPassTests {
    /// Cases in the default run; about 20 s of two cores for a debug build.
    static let cases = 200

    static let root = #filePath.components(separatedBy: "/Tests/")[0]

    @Test(.timeLimit(.minutes(10)))
    func everyCaseGeneratesOrGivesALocatedDiagnostic() async throws {
        let folder = try Self.productsFolder()
        // A new seed every day finds new cases over time; a failure prints its seed and case.
        let day = UInt64(Date().timeIntervalSince1970 / 86_400)
        let seed = ProcessInfo.processInfo.environment["SHAPEGEN_FUZZ_SEED"].flatMap(UInt64.init) ?? day
        let result = try await ChildProcess.run(
            folder.appendingPathComponent("shapegen-fuzz"),
            [
                "--cases", "\(Self.cases)", "--seed", "\(seed)", "--shapegen",
                folder.appendingPathComponent("shapegen").path,
                "--package-root", Self.root, "--failures", Self.root + "/.build/fuzz-failures",
            ],
            mergeStandardError: true)
        #expect(result.status == 0, "\(result.standardOutput)")
        #expect(result.standardOutput.contains("shapegen-fuzz: \(Self.cases) cases"), "\(result.standardOutput)")
        #expect(result.standardOutput.contains("0 crashes, 0 hangs, 0 wrong"), "\(result.standardOutput)")
    }

    /// The folder with the built executables: this test's own, or `.build/debug`.
    static func productsFolder() throws -> URL {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent(), Bundle.main.bundleURL,
            URL(fileURLWithPath: root + "/.build/debug"),
        ]
        guard
            let folder = candidates.first(where: { candidate in
                ["shapegen", "shapegen-fuzz"].allSatisfy {
                    FileManager.default.isExecutableFile(atPath: candidate.appendingPathComponent($0).path)
                }
            })
        else {
            throw SetupError("shapegen and shapegen-fuzz are not built; looked in \(candidates.map(\.path))")
        }
        return folder
    }
}
