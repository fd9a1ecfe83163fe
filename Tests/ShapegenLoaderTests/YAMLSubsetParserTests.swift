import Foundation
import ShapegenFuzz
import ShapegenImporter
import ShapegenKit
import ShapegenModel
import ShapegenUtilities
import Testing
import Yams

@testable import ShapegenLoader

/// The subset parser either composes exactly the tree Yams composes (values, styles, positions)
/// or declines, and it declines everything Yams rejects.
@Suite("YAML subset parser")
struct YAMLSubsetParserTests {
    /// The tree Yams composes, or `nil` when Yams fails.
    static func yamsTree(_ yaml: String) -> String? {
        guard let node = try? Yams.compose(yaml: yaml, .basic) else { return nil }
        return YAMLTreeDescription.of(.composed(node))
    }

    static let inSubset: [String] = [
        "a: b\n",
        "a: b",
        "a:\n  b: c\n  d: e\nf: g\n",
        "a:\n- x\n- y\nb: z\n",
        "a:\n  - x\n  -   y\n",
        "- a\n- b: c\n  d: e\n- [x, y]\n-\n  nested: on the next line\n",
        "a: {b: c, d: [e, 'f', \"g\"], h: {}, 'i': {j: k}}\nempty: []\n",
        "a: one two  three   \nb: x # comment\n# full comment\n  # indented comment\nc: y\n",
        "a: first line\n  second line\n\n  after a blank\n\n\n  after two\nb: c\n",
        "- plain\n  continued\n- next\n",
        "a: text\n    # a comment ends it\nb: c\n",
        "a: 'it''s'\nb: 'multi  \n  line\n\n  paragraph'\n",
        "a: \"\\\" \\\\ \\n \\t \\x41 \\u00e9 \\U0001F600 \\N \\_ \\L \\P \\/ \\0 \\e \\a \\b \\v \\f \\r \\ \"\n",
        "a: \"fold  \n   next\\\n   joined  \\\n\n   after\"\n",
        "a: \"trailing spaces   \"\nb: '  leading'\nc: \"\"\nd: ''\n",
        "doc: |\n  line 1\n    indented\n\n  after a blank\nnext: x\n",
        "doc: |-\n  text\n\n\nnext: x\n",
        "doc: |+\n  text\n\n\nnext: x\n",
        "doc: |\n  text\n\n",
        "doc: |-\n  text",
        "doc: | # comment\n  # not a comment\n  key: value\n",
        "doc: |\n  text\n     \n  more\n",
        "- |\n  in a list\n- x\n",
        "ключ: значение\nk: \"é\"\nx: {é: ü, ö: [ä, 'ß']}\n",
        "a:\n  b:\n    c:\n      - d\n      - e: f\n        g: h\n      - 'q': r\n",
        "\n\n# leading comments\n\na: b\n\n\n",
        "  indented: root\n  second: x\n",
        "a: -1\nb: 1.5e3\nc: true\nd: null\ne: ~\n",
        "url: http://example.com/a#b\nt: a:b\n",
        "'quoted key': 1\n\"double quoted\": 2\nspaced key  : 3\n",
        "a: [1, 2]   # trailing comment\nb: 'x' # comment\n",
        "a: [[1, 2], {b: [c]}]\n",
        "errors: [A, B,\n  C]\n",
        "a: {b: c,\n  d: long text\n    continued\n\n    after a blank, e: \"quoted\n    folded\"}\n",
        "a: [\n  x,\n  y\n  ]\n",
        "a: ???\nb: ?x\nc: :y\n?z: 1\n",
        "? long key\n: value\nb: c\n",
        "a:\n  b: 1\n  ? k\n  : x: 1\n    y: [2]\n  ?   'quoted'\n  :\n    - z\n",
    ]

    /// The parser's own part size, and one that cuts every second-level mapping at each entry.
    static let partSizes = [YAMLSubsetParser.defaultPartSize, 1]

    @Test(arguments: inSubset, partSizes)
    func composesWhatYamsComposes(_ yaml: String, partSize: Int) throws {
        let tree = YAMLSubsetParser.parse(yaml, partSize: partSize)
        #expect(tree != nil, "declined: \(yaml.debugDescription)")
        #expect(YAMLTreeDescription.of(tree) == Self.yamsTree(yaml))
    }

    static let outsideSubset: [String] = [
        "",
        "# only a comment\n",
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "a: >\n  folded\n",
        "a:\tb\n",
        "a: b\r\n",
        "a:\nb: c\n",
        "a: b\na: c\n",
        "a:\n  b: 1\n  c: 2\n  b: 3\n",
        "{a: b}\n",
        "- - a\n",
        "a: 'unterminated\n",
        "a: b\n  c: d\n",
        "a: b: c\n",
        "---\na: b\n",
        "a: b\n...\n",
        "%YAML 1.1\n---\na: b\n",
        "a: |2\n  x\n",
        "a: |\n\n  a blank line first\n",
        "a: \"\\q\"\n",
        "a: \"\\uD800\"\n",
        "a: {b: c}#x\n",
        "a:\n  just a scalar\n",
        "a: [b, ]\n",
        "a: [b,\nc]\n",
        "a: {b}\n",
        "a: {b: c, b: d}\n",
        "a: @x\n",
        "a:\n  - b\n - c\n",
        "\u{FEFF}a: b\n",
        "a: b # c\n  d\n",
        "a: b\n  - c\n  d: e\n",
        "a: \"x\"y\n",
        "a: \u{85}\n",
        "a: x\u{2028}y\n",
        String(repeating: "k", count: 1_100) + ": v\n",
        (0..<120).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined() + String(repeating: " ", count: 120)
            + "end: x\n",
    ]

    @Test(arguments: outsideSubset, partSizes)
    func declinesWhatItDoesNotRead(_ yaml: String, partSize: Int) throws {
        #expect(YAMLSubsetParser.parse(yaml, partSize: partSize) == nil, "composed: \(yaml.debugDescription)")
        // The loader composes it with Yams instead, to the same tree or Yams's error.
        let expected = Self.yamsTree(yaml)
        let composed = try? ModelComposer.compose(yaml)
        #expect(composed.map { YAMLTreeDescription.of($0) } == expected)
    }

    @Test func composesTheBatchModel() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../Models/batch.yaml"
        ).path
        let yaml = try String(contentsOfFile: path, encoding: .utf8)
        let tree = YAMLSubsetParser.parse(yaml)
        #expect(tree != nil)
        #expect(YAMLTreeDescription.of(tree) == Self.yamsTree(yaml))
    }

    /// Thousands of small edits to a document that uses the whole subset: whatever the parser
    /// composes, Yams composes alike; whatever Yams rejects, the parser declines. With parts of
    /// one byte, every case's mapping is cut into parts at each of its entries.
    @Test(arguments: partSizes)
    func editedDocumentsComposeLikeYamsOrAreDeclined(partSize: Int) {
        let seed =
            Self.inSubset.enumerated().map { index, yaml in
                "case\(index):\n"
                    + yaml.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(
                        separator: "\n")
            }.joined(separator: "\n") + "\n"
        #expect(YAMLSubsetParser.parse(seed, partSize: partSize) != nil)
        let fragments = [
            " ", "  ", "\n", ":", ": ", "- ", "#", " #", "'", "\"", "|", "|-", "[", "]", "{", "}", ",", "\\", "é", "\t",
        ]
        var random = FuzzRandom(seed: 7)
        var composed = 0
        for _ in 0..<3_000 {
            var characters = Array(seed)
            for _ in 0...Int.random(in: 0..<3, using: &random) {
                let index = Int.random(in: 0..<characters.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: characters.remove(at: index)
                case 1: characters.insert(contentsOf: random.pick(fragments), at: index)
                default:
                    characters.removeSubrange(
                        index..<min(index + Int.random(in: 1..<8, using: &random), characters.count))
                }
            }
            let yaml = String(characters)
            guard let tree = YAMLSubsetParser.parse(yaml, partSize: partSize) else { continue }
            composed += 1
            let expected = Self.yamsTree(yaml)
            #expect(YAMLTreeDescription.of(tree) == expected, "differs from Yams: \(yaml.debugDescription)")
            if YAMLTreeDescription.of(tree) != expected { return }
        }
        // The edits must leave many documents in the subset, or the comparison proves little.
        #expect(composed > 500)
    }

    /// Botocore models as `shapegen import` writes them are in the subset and compose as Yams
    /// composes them: every sixth service (the whole corpus takes three minutes in a debug build),
    /// and the two that use the rarest constructs, `???` as a plain scalar (DataZone) and keys
    /// over 128 characters, which the emitter writes as `? key` (MediaConvert).
    @Test func composesImportedBotocoreModels() async throws {
        guard let data = try? Corpus.installedBotocoreData() else {
            print("YAMLSubsetParser: botocore not importable, skipping the corpus test")
            return
        }
        let corpus = try Corpus(dataDirectory: data, outputDirectory: nil).entries()
        #expect(corpus.count > 400)
        let entries = corpus.enumerated().filter { index, entry in
            index % 6 == 0 || ["datazone", "mediaconvert"].contains(entry.name)
        }.map(\.element)
        let failures = entries.concurrentMap { entry -> String? in
            do {
                let model = try BotocoreImporter().importModel(at: entry.model, paginators: entry.paginators)
                let yaml = try ModelEmitter.yaml(for: model)
                let tree: YAMLValue
                switch YAMLSubsetParser.compose(yaml) {
                case .success(let composed): tree = composed
                case .failure(let declined): return "\(entry.name): declined at line \(declined.line)"
                }
                return YAMLTreeDescription.of(tree) == Self.yamsTree(yaml) ? nil : "\(entry.name): differs from Yams"
            } catch {
                return "\(entry.name): \(error)"
            }
        }.compactMap { $0 }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }
}
