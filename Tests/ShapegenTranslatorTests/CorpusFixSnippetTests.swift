import ShapegenKit
import Testing

/// Constructs from real AWS models whose generated code did not compile, or compiled with
/// warnings, until the generator was fixed; each test names the service that showed it.
@Suite("Corpus fix snippets")
struct CorpusFixSnippetTests {
    /// AppSync's `EvaluateCodeRequest.context` was passed where the validator meant its parameter.
    @Test func membersNamedLikeValidatorLocalsAreReadThroughSelf() throws {
        let files = try generate(
            model(
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
        #expect(
            validation.contains(
                """
                    public func validate(in context: inout ValidationContext) {
                        context.string(self.context, "context", maxLength: 9)
                        context.string(self.selector, "selector", maxLength: 9)
                        context.string(kind, "kind", maxLength: 9)
                        if let selector = self.selector, ["A"].contains(selector) {
                            context.string(self.context, "context", minLength: 2, when: "selector is A")
                        }
                    }
                """))
    }

    /// SageMaker's and Config's enums list hundreds of values (EC2's `InstanceType` over a
    /// thousand); `switch` expressions and string patterns took over 100 ms each to type-check.
    @Test func enumsAreShapedForTheTypeChecker() throws {
        let files = try generate(
            model(
                shapes: """
                      Size: {type: enum, values: [S, M]}
                    """))
        let shapes = try #require(files["Shapes.swift"])
        #expect(shapes.contains("public static let allCases: [Size] = [Size.s, Size.m]\n"))
        #expect(shapes.contains("case .s: return \"S\"\n"))
        #expect(shapes.contains("case \"S\": self = .s\n"))
    }

    /// `init(rawValue:)` switches over 100 string patterns at most (about 50 ms to type-check);
    /// each further 100 go to a private helper that the previous `default` calls.
    @Test func largeEnumsSwitchInPartsOfAHundredValues() throws {
        let values = (0..<250).map { "V\($0)" }
        let shapes = try #require(
            try generate(model(shapes: "  Big: {type: enum, values: [\(values.joined(separator: ", "))]}"))[
                "Shapes.swift"])
        let initializer = try #require(shapes.components(separatedBy: "public init(rawValue: String) {").last)
        let switches = initializer.components(separatedBy: "switch rawValue {").dropFirst().map {
            $0.components(separatedBy: "default:")[0]
        }
        #expect(switches.map { $0.components(separatedBy: "\n            case \"").count - 1 } == [100, 100, 50])
        #expect(shapes.contains("default: self = Self.rawValueMatching2(rawValue)\n"))
        #expect(shapes.contains("private static func rawValueMatching2(_ rawValue: String) -> Self {"))
        #expect(shapes.contains("case \"V100\": return .v100\n"))
        #expect(shapes.contains("default: return Self.rawValueMatching3(rawValue)\n"))
        #expect(shapes.contains("case \"V249\": return .v249\n            default: return .unknown(rawValue)\n"))
    }

    /// QuickSight's `Capabilities` (228 members), SWF's `HistoryEvent` (57) and others: their
    /// synthesized `init(from:)`, `==`, `encode(to:)` and `CodingKeys` took 100-490 ms each to
    /// type-check, and a coding table of 228 members seconds.
    @Test func structuresWithManyMembersWriteOutTheirConformances() throws {
        let large = try #require(try generate(model(shapes: bigStructure(members: 31)))["Shapes.swift"])
        #expect(
            large.contains(
                """
                        /// Whether every member is equal.
                        public static func == (lhs: Big, rhs: Big) -> Bool {
                            guard ShapegenRuntime.membersEqual(lhs.m0, rhs.m0) else { return false }
                            guard ShapegenRuntime.membersEqual(lhs.m1, rhs.m1) else { return false }
                """))
        #expect(
            large.contains(
                """
                            guard ShapegenRuntime.membersEqual(lhs.m30, rhs.m30) else { return false }
                            return true
                        }

                        /// Decodes every member.
                        public init(from decoder: any Decoder) throws {
                            let container = try MemberKey.container(of: decoder)
                            self.m0 = try container.decodeRequiredMember("M0")
                            self.m1 = try container.decodeOptionalMember("M1")
                """))
        #expect(
            large.contains(
                """
                        /// Encodes every member.
                        public func encode(to encoder: any Encoder) throws {
                            var container = MemberKey.container(of: encoder)
                            try container.encodeRequiredMember(self.m0, "M0")
                            try container.encodeOptionalMember(self.m1, "M1")
                """))
        #expect(!large.contains("CodingKeys"))
        #expect(!large.contains("static let coding"))
        #expect(large.contains("public struct Big: Sendable, Hashable, Codable {"))
        let small = try #require(try generate(model(shapes: bigStructure(members: 30)))["Shapes.swift"])
        #expect(!small.contains("init(from"))
        #expect(
            small.contains("public static func == (lhs: Big, rhs: Big) -> Bool {"), "over 24 members, == is written out"
        )
        #expect(!small.contains("CodingKeys"))
        let labels = (0..<30).map { "                m\($0):\n" }.joined()
        let members = (1..<30).map { #"            .optionalString("M\#($0)", \.m\#($0)),\#n"# }.joined()
        #expect(small.contains("public struct Big: Sendable, Hashable, ShapeCodable {"))
        let coding =
            "        public static let coding: ShapeCoding<Big> = ShapeCoding(\n            Self.init(\n" + labels
            + "            ),\n" + #"            .requiredString("M0", \.m0),"# + "\n" + members + "        )\n"
        #expect(small.contains(coding))
    }

    /// Batch's `JobDetail` (30 members) took 51–62 ms to type-check, five structures of 25–30
    /// members in glue and securityhub 101–113 ms: over 24 members, the rest of the conformances
    /// stay synthesized or table-driven but `==` is written out.
    @Test func equalityIsWrittenOutOverTwentyFourMembers() throws {
        func equality(members: Int) throws -> Bool {
            let file = try #require(try generate(model(shapes: bigStructure(members: members)))["Shapes.swift"])
            return file.contains("public static func == (lhs: Big, rhs: Big) -> Bool {")
        }
        #expect(try equality(members: 24) == false)
        #expect(try equality(members: 25))
    }

    /// No written-out function handles more than 50 members; helpers take the rest.
    @Test func writtenOutConformancesOfHugeStructuresAreSplit() throws {
        let shapes = try #require(try generate(model(shapes: bigStructure(members: 101)))["Shapes.swift"])
        #expect(
            shapes.contains(
                """
                            guard ShapegenRuntime.membersEqual(lhs.m49, rhs.m49) else { return false }
                            guard Self.equalMembers2(lhs, rhs) else { return false }
                            guard Self.equalMembers3(lhs, rhs) else { return false }
                            return true
                        }

                        private static func equalMembers2(_ lhs: Big, _ rhs: Big) -> Bool {
                            guard ShapegenRuntime.membersEqual(lhs.m50, rhs.m50) else { return false }
                """))
        // The required member `m0` is decoded in the initializer, before helpers may be called.
        #expect(
            shapes.contains(
                """
                            self.m49 = try container.decodeOptionalMember("M49")
                            try self.decodeMembers2(container)
                            try self.decodeMembers3(container)
                        }

                        private mutating func decodeMembers2(_ container: KeyedDecodingContainer<MemberKey>) throws {
                            self.m50 = try container.decodeOptionalMember("M50")
                """))
        #expect(
            shapes.contains(
                """
                            try self.encodeMembers2(&container)
                            try self.encodeMembers3(&container)
                        }

                        private func encodeMembers2(_ container: inout KeyedEncodingContainer<MemberKey>) throws {
                            try container.encodeOptionalMember(self.m50, "M50")
                """))
        #expect(
            shapes.contains(
                "        private func encodeMembers3(_ container: inout KeyedEncodingContainer<MemberKey>) throws {\n            try container.encodeOptionalMember(self.m100, \"M100\")\n        }\n"
            ))
    }

    /// QuickSight's `Capabilities` validator made 228 checks in one function.
    @Test func validatorsOfHugeStructuresAreSplit() throws {
        let files = try generate(
            model(
                operations: "  Put: {http: {method: PUT, uri: /put}, input: Big}",
                shapes: bigStructure(members: 51, target: "Short")))
        #expect(
            files["Validation.swift"]?.contains(
                """
                        context.string(m49, "m49", maxLength: 2)
                        self.validateMembers2(in: &context)
                    }

                    private func validateMembers2(in context: inout ValidationContext) {
                        context.string(m50, "m50", maxLength: 2)
                    }
                """) == true)
    }

    /// A structure `Big` of `members` string members `M0`…, the first required.
    private func bigStructure(members count: Int, target: String = "Text") -> String {
        let members = (0..<count).map { "          M\($0): {target: \(target)\($0 == 0 ? ", required: true" : "")}" }
        return "  Big:\n    type: structure\n    members:\n" + members.joined(separator: "\n")
            + "\n  Text: {type: string}\n  Short: {type: string, max: 2}"
    }
}
