import Foundation
import ShapegenDiff
import ShapegenImporter
import ShapegenModel
import ShapegenTestSupport

/// The files in `Fixtures/`, copied into the test bundle, and the botocore releases compared.
enum Fixtures {
    /// The fixture at `path` below `Fixtures/`.
    static func url(_ path: String) throws -> URL {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw SetupError("the Fixtures resource folder is missing from the test bundle")
        }
        let url = folder.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { throw SetupError("no fixture \(path)") }
        return url
    }

    /// Batch's botocore model as shipped in botocore `version` (see ``BotocoreReleases``).
    static func batchModelPath(botocore version: String) throws -> String {
        try BotocoreReleases.batchModel(version)
    }

    /// Batch's botocore model of `version`, imported with its paginators.
    static func batch(botocore version: String) throws -> ServiceModel {
        try BotocoreImporter().importModel(
            at: batchModelPath(botocore: version), paginators: BotocoreReleases.batchPaginators(version))
    }

    /// The synthetic base model's YAML text.
    static func thingsYAML() throws -> String {
        try String(contentsOf: url("synthetic/things.yaml"), encoding: .utf8)
    }

    /// The seed's update, compared.
    static func seedDiff() throws -> ServiceDiff {
        ModelDiff.compare(try batch(botocore: "1.21.7"), try batch(botocore: "1.21.8"))
    }
}
