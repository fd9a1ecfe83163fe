import ShapegenKit
import Testing

/// Names that broke generated code, found by compiling `Tests/Fixtures/CorpusSample/HostileNames.yaml`.
@Suite("Name collision snippets")
struct NameCollisionSnippetTests {
    /// A mock handler's type `@Sendable (Void) async throws` reads as taking no parameter and warns,
    /// whatever `Void` is; an operation without output returned the model's `Void`.
    @Test func aShapeNamedVoidIsRenamed() throws {
        let files = try generate(
            model(
                operations: """
                      Get:
                        http: {method: GET, uri: /get}
                        input: Void
                    """,
                shapes: "  Void: {type: structure, members: {}}"))
        #expect(files["Shapes.swift"]?.contains("public struct Void_: Sendable, Hashable, ShapeCodable {") == true)
        #expect(files["Mock.swift"]?.contains("public var getHandler: MockHandler<Demo.Void_, Void>?") == true)
    }

    /// A value `ALL_CASES` became a case that redeclared the static `allCases`.
    @Test func enumValuesNamedLikeStaticMembersGetAnUnderscore() throws {
        let files = try generate(model(shapes: "  Scope: {type: enum, values: [ALL_CASES, ONE]}"))
        let shapes = try #require(files["Shapes.swift"])
        #expect(shapes.contains("    case allCases_\n"))
        #expect(shapes.contains("public static let allCases: [Scope] = [Scope.allCases_, Scope.one]\n"))
        #expect(shapes.contains("case .allCases_: return \"ALL_CASES\"\n"))
    }
}
