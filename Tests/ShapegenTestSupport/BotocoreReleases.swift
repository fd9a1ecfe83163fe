import Foundation

/// AWS Batch's models as older botocore releases shipped them, fetched from PyPI by
/// `scripts/botocore/releases` into a cache outside the repository (third-party data is never
/// committed). `scripts/test` exports the cache as `SHAPEGEN_BOTOCORE_RELEASES`; without it, the
/// tests that need a release skip with the message ``skipMessage``.
public enum BotocoreReleases {
    /// The environment variable that names the cache folder.
    public static let variable = "SHAPEGEN_BOTOCORE_RELEASES"

    /// Why a test that needs a release was skipped, and how to get the releases; `scripts/test`
    /// fails if any test skips with it.
    public static let skipMessage =
        "needs historical botocore releases: ./scripts/test fetches them (scripts/botocore/releases)"

    /// Whether the releases are there to be read.
    public static var isAvailable: Bool { ProcessInfo.processInfo.environment[variable] != nil }

    /// The folder of Batch's model files in botocore `version`, e.g. `1.34.117`.
    public static func batchFolder(_ version: String) throws -> String {
        guard let cache = ProcessInfo.processInfo.environment[variable] else {
            throw SetupError("\(variable) is not set; \(skipMessage)")
        }
        let folder = "\(cache)/botocore-\(version)/botocore-\(version)/botocore/data/batch/2016-08-10"
        guard FileManager.default.fileExists(atPath: folder + "/service-2.json") else {
            throw SetupError("\(folder) has no service-2.json; run scripts/botocore/releases")
        }
        return folder
    }

    /// Batch's `service-2.json` in botocore `version`.
    public static func batchModel(_ version: String) throws -> String {
        try batchFolder(version) + "/service-2.json"
    }

    /// Batch's `paginators-1.json` in botocore `version`.
    public static func batchPaginators(_ version: String) throws -> String {
        try batchFolder(version) + "/paginators-1.json"
    }
}
