import ShapegenKit
import Testing

/// Constructs from real AWS models whose generated code did not compile, or compiled with
/// warnings, until the generator was fixed; each test names the service that showed it.
@Suite("Corpus fix snippets")
struct CorpusFixSnippetTests {
    /// AppSync's `EvaluateCodeRequest.context` was passed where the validator meant its parameter.
    @Test func membersNamedLikeValidatorLocalsAreReadThroughSelf() throws {
        let files = try generate(model(
            operations: """
                  Put:
                    http: {method: PUT, uri: /put}
                    input: PutRequest
                """,
            shapes: """
                  PutRequest:
                    type: structure
                    members:
                      context: {target: Text}
                      selector: {target: Text}
                      kind: {target: Text}
                    rules:
                      - {when: selector, in: [A], then: context, min: 2}
                  Text: {type: string, max: 9}
                """))
        let validation = try #require(files["Validation.swift"])
        #expect(validation.contains("""
                public func validate(in context: inout ValidationContext) {
                    context.string(self.context, "context", maxLength: 9)
                    context.string(self.selector, "selector", maxLength: 9)
                    context.string(kind, "kind", maxLength: 9)
                    if let selector = self.selector, ["A"].contains(selector) {
                        context.string(self.context, "context", minLength: 2)
                    }
                }
            """))
    }

    /// SageMaker's and Config's enums list hundreds of values (EC2's `InstanceType` over a
    /// thousand); `switch` expressions and string patterns took over 100 ms each to type-check.
    @Test func enumsAreShapedForTheTypeChecker() throws {
        let files = try generate(model(shapes: """
              Size: {type: enum, values: [S, M]}
            """))
        let shapes = try #require(files["Shapes.swift"])
        #expect(shapes.contains("public static let allCases: [Size] = [Size.s, Size.m]\n"))
        #expect(shapes.contains("self = Self.allCases.first { $0.rawValue == rawValue } ?? .unknown(rawValue)\n"))
        #expect(shapes.contains("case .s: return \"S\"\n"))
        #expect(!shapes.contains("case \"S\""))
    }

    /// QuickSight's `Capabilities` has 228 members; its synthesized `init(from:)` took 170-260 ms
    /// to type-check.
    @Test func structuresWithManyMembersDecodeExplicitly() throws {
        func shapes(members count: Int) -> String {
            let members = (0..<count).map { "          m\($0): {target: Text\($0 == 0 ? ", required: true" : "")}" }
            return "  Big:\n    type: structure\n    members:\n" + members.joined(separator: "\n") + "\n  Text: {type: string}"
        }
        let large = try #require(try generate(model(shapes: shapes(members: 41)))["Shapes.swift"])
        #expect(large.contains("""
                /// Decodes every member; written out because the synthesized decoder of this many members type-checks slowly.
                public init(from decoder: any Decoder) throws {
                    let container = try decoder.container(keyedBy: CodingKeys.self)
                    self.m0 = try container.decodeRequiredMember(.m0)
                    self.m1 = try container.decodeOptionalMember(.m1)
            """))
        #expect(large.contains("    enum CodingKeys: String, CodingKey {\n        case m0\n"))
        let small = try #require(try generate(model(shapes: shapes(members: 40)))["Shapes.swift"])
        #expect(!small.contains("init(from"))
        #expect(!small.contains("CodingKeys"))
    }
}
