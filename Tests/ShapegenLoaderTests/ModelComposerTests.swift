import Foundation
import ShapegenModel
import Testing
import Yams

@testable import ShapegenLoader

/// Large models are composed in parts on all cores: the tree, marks included, must be the one
/// Yams composes from the whole file, and every error Yams's own.
@Suite("Model composer")
struct ModelComposerTests {
    /// A model large enough to be cut, with `shapes` shapes, `extra` lines written into the middle one.
    static func model(shapes: Int = 2_000, middle extra: String = "") -> String {
        var text =
            "shapegen: 1\nservice: {name: Demo, apiVersion: \"1\", protocol: json, targetPrefix: Demo}\nshapes:\n"
        for index in 0..<shapes {
            text += "  Shape\(index):\n    type: structure\n    documentation: |\n      Shape number \(index).\n"
            text += "    members:\n      Name: {target: String, documentation: \"the name\"}\n"
            if index == shapes / 2 { text += extra }
        }
        return text + "  String: {type: string}\n"
    }

    /// Every node's value, tag and mark, as text, to compare trees whole.
    static func describe(_ node: Node?) -> String {
        guard let node else { return "nil" }
        let mark = node.mark.map { "\($0.line):\($0.column)" } ?? "?"
        switch node {
        case .scalar(let scalar): return "\(mark) \(scalar.tag) \(scalar.style) '\(scalar.string)'"
        case .sequence(let sequence): return "\(mark) [" + sequence.map { describe($0) }.joined(separator: ", ") + "]"
        case .mapping(let mapping):
            return "\(mark) {" + mapping.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ")
                + "}"
        case .alias: return "\(mark) alias"
        }
    }

    /// Composing in parts gives Yams's tree, tags included; composing the model gives its value.
    private func expectSameTreeAsYams(_ yaml: String) throws {
        let yams = try Yams.compose(yaml: yaml, .basic)
        #expect(Self.describe(try ModelComposer.composeWithYams(yaml)) == Self.describe(yams))
        #expect(
            YAMLTreeDescription.of(try ModelComposer.compose(yaml))
                == YAMLTreeDescription.of(yams.map(YAMLValue.composed)))
    }

    @Test func aLargeModelComposesInPartsAsAWhole() throws {
        #expect(ModelComposer.composeInParts(Self.model()) != nil)
        try expectSameTreeAsYams(Self.model())
    }

    @Test func theBatchModelComposesAsAWhole() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../Models/batch.yaml"
        ).path
        let yaml = try String(contentsOfFile: path, encoding: .utf8)
        #expect(ModelComposer.composeInParts(yaml) != nil)
        try expectSameTreeAsYams(yaml)
    }

    @Test func quotedScalarsAcrossLinesLikeEntriesComposeAsAWhole() throws {
        // Every shape has lines that look like entries inside a quoted scalar: the cut lands on one.
        let yaml = Self.model().replacingOccurrences(
            of: "documentation: \"the name\"}", with: "documentation: \"the\n  Looks: like an entry\n  And: another\"}")
        try expectSameTreeAsYams(yaml)
    }

    @Test func anAliasToAnAnchorInAnEarlierPartComposesAsAWhole() throws {
        let yaml = Self.model(shapes: 2_000).replacingOccurrences(
            of: "Shape number 1.\n", with: "Shape number 1.\n    traits: &shared {x: 1}\n"
        )
        .replacingOccurrences(of: "Shape number 1999.\n", with: "Shape number 1999.\n    traits: *shared\n")
        try expectSameTreeAsYams(yaml)
    }

    @Test func carriageReturnsComposeAsAWhole() throws {
        let yaml = Self.model().replacingOccurrences(of: "\n", with: "\r\n")
        #expect(ModelComposer.composeInParts(yaml) == nil)
        try expectSameTreeAsYams(yaml)
    }

    @Test func aShapeWrittenTwiceFarApartIsYamsDuplicateKeyError() {
        expectYamsError(Self.model() + "  Shape3:\n    type: string\n")
    }

    @Test func anErrorInALaterPartIsYamsErrorAtItsLine() {
        expectYamsError(Self.model(middle: "    documentation: [unclosed\n"))
    }

    /// Loading `yaml` fails with the one diagnostic of the error Yams finds in the whole file.
    private func expectYamsError(_ yaml: String) {
        do {
            _ = try Yams.compose(yaml: yaml, .basic)
            Issue.record("Yams composed the file")
        } catch {
            let expected = ModelLoader.diagnostic(forYAMLError: error, file: "m.yaml").description
            do {
                _ = try ModelLoader().load(yaml: yaml, path: "m.yaml")
                Issue.record("the model loaded")
            } catch {
                #expect(error.diagnostics.map(\.description) == [expected])
            }
        }
    }
}
