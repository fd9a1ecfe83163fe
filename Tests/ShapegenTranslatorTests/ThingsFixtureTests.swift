import Foundation
import Testing

/// `Tests/ShapegenRuntimeTests/Things/`, which `ThingsClientTests` compiles and runs, is exactly
/// what `Tests/Fixtures/Things/things.yaml` generates (with internal access).
@Suite("Things fixture")
struct ThingsFixtureTests {
    static let root = #filePath.components(separatedBy: "/Tests/")[0]

    @Test func committedCodeIsCurrent() throws {
        let yaml = try String(contentsOfFile: Self.root + "/Tests/Fixtures/Things/things.yaml", encoding: .utf8)
        let files = try generate(yaml, access: .internal)
        #expect(!files.isEmpty)
        for (name, contents) in files {
            let path = Self.root + "/Tests/ShapegenRuntimeTests/Things/" + name
            let committed = try? String(contentsOfFile: path, encoding: .utf8)
            #expect(
                committed == contents.replacingOccurrences(of: " from snippet.yaml.", with: " from things.yaml."),
                """
                \(path) is stale; run `swift run shapegen generate Tests/Fixtures/Things/things.yaml \
                --output Tests/ShapegenRuntimeTests --access internal`
                """)
        }
    }
}
