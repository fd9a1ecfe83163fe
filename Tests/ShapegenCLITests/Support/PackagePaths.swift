import Foundation
import ShapegenTestSupport

/// Places in the swift-shapegen package that the CLI tests read.
enum PackagePaths {
    /// The package root: the nearest folder above this source file that holds `Package.swift`.
    static let root: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder
            }
            folder.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    }()

    /// `Models/batch.yaml`, the committed, valid model.
    static func batchModel() throws -> URL {
        let url = root.appendingPathComponent("Models/batch.yaml")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw SetupError("the valid model is missing at \(url.path)")
        }
        return url
    }

    /// `Tests/Fixtures/CorpusSample/HostileNames.yaml`, a valid model of names that collide with
    /// everything generated code uses.
    static let hostileNamesModel = root.appendingPathComponent("Tests/Fixtures/CorpusSample/HostileNames.yaml")

    /// The names of Batch's generated files, in file-name order: every file of the fixed set, as
    /// Batch has something to declare in each.
    static let generatedFileNames =
        ["Client.swift", "Mock.swift", "Paginators.swift", "Shapes.swift"] + (2...8).map { "Shapes\($0).swift" } + [
            "Validation.swift"
        ]
}
