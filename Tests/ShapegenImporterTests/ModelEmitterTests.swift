import ShapegenKit
import ShapegenLoader
import ShapegenModel
import Testing

@testable import ShapegenImporter

@Suite("Writing models as YAML")
struct ModelEmitterTests {
    static let root = #filePath.components(separatedBy: "/Tests/")[0]

    /// Emitting, loading and emitting again gives the same text: nothing is lost or reinterpreted.
    @Test func batchModelRoundTrips() throws {
        let model = try ModelLoader().load(contentsOf: Self.root + "/Models/batch.yaml")
        let first = try ModelEmitter.yaml(for: model)
        let reloaded = try ModelLoader().load(yaml: first, path: "batch.yaml")
        #expect(try ModelEmitter.yaml(for: reloaded) == first)
        #expect(
            try Generator().generate(reloaded).files == Generator().generate(model).files, "the same Swift either way")
    }

    @Test func stringsThatLookLikeOtherScalarsStayStrings() throws {
        let tricky = [
            "true", "no", "1", "1.5", "2016-08-10", "-1", "null", "~", "", " leading", "a: b", "#hash", "'", "\"", "é",
            "line\nbreak",
        ]
        var shape = Shape(name: "S", kind: .enum(tricky.enumerated().map { EnumValue($1, swiftName: "v\($0)") }))
        shape.traits = Dictionary(uniqueKeysWithValues: tricky.enumerated().map { ("t\($0)", TraitValue.string($1)) })
        shape.traits["n"] = .number("9223372036854775807")
        shape.traits["b"] = .boolean(false)
        shape.traits["l"] = .list([.string("yes"), .map(["k": .number("0.5")])])
        let model = ServiceModel(
            formatVersion: 1,
            service: ServiceInfo(name: "T", apiVersion: "2020-01-01", wireProtocol: .json, targetPrefix: "T"),
            operations: [], shapes: [shape], sourcePath: "t.yaml")
        let text = try ModelEmitter.yaml(for: model)
        let reloaded = try ModelLoader().load(yaml: text, path: "t.yaml")
        let back = try #require(reloaded.shape(named: "S"))
        #expect(back.traits == shape.traits)
        guard case .enum(let values) = back.kind else {
            Issue.record("not an enum")
            return
        }
        #expect(values.map(\.value) == tricky)
        #expect(reloaded.service.apiVersion == "2020-01-01")
    }
}
