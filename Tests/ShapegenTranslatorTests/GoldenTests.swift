import Foundation
import ShapegenKit
import ShapegenWriter
import Testing

/// The committed `Generated/` folder is exactly what the committed `Models/` generate.
@Suite("Golden files")
struct GoldenTests {
    static let root = #filePath.components(separatedBy: "/Tests/")[0]

    @Test func generatedFolderMatchesModelsByteForByte() throws {
        let models = try Generator.modelFiles(in: Self.root + "/Models")
        #expect(!models.isEmpty)
        let services = try Generator().generate(modelsAt: models)
        for service in services {
            let folder = URL(fileURLWithPath: Self.root + "/Generated/" + service.folder)
            let differences = try OutputWriter(directory: folder).differences(from: service.files)
            let diff = differences.map { $0.unifiedDiff(under: "Generated/" + service.folder) }.joined()
            #expect(differences.isEmpty, "Generated/\(service.folder) is stale; run `swift run shapegen`:\n\(diff)")
        }
    }

    @Test func generationIsDeterministic() throws {
        let models = try Generator.modelFiles(in: Self.root + "/Models")
        let first = try Generator().generate(modelsAt: models)
        let second = try Generator().generate(modelsAt: models)
        #expect(first == second)
    }
}
