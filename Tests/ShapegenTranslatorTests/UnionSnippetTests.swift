import Testing

/// Unions become enums: a case per member holding its value, `indirect` where the union holds
/// itself, and `sdkUnknown` for a member a later API version adds; validation checks the case's value.
@Suite("Union snippets")
struct UnionSnippetTests {
    static let files = Result {
        try generate(
            model(
                operations: """
                      Send:
                        http: {method: POST, uri: /send}
                        input: SendRequest
                    """,
                shapes: """
                      SendRequest:
                        type: structure
                        members:
                          content: {target: Content, required: true}
                      Content:
                        type: union
                        documentation: One piece of content.
                        members:
                          text: {target: Text, documentation: Plain text.}
                          secret: {target: Secret}
                          not: {target: Content}
                      Text: {type: string, max: 10}
                      Secret: {type: string, sensitive: true}
                    """))
    }

    @Test func aUnionIsAnEnumWithACasePerMember() throws {
        let shapes = try #require(try Self.files.get()["Shapes.swift"])
        #expect(
            shapes.contains(
                #"""
                    /// One piece of content.
                    public enum Content: Sendable, Hashable, Codable, CustomReflectable {
                        /// Plain text.
                        case text(String)
                        case secret(String)
                        indirect case not(Content)

                        /// A member this version of the model does not know, by its name on the wire; it cannot be sent.
                        case sdkUnknown(String)

                        /// Decodes the one member the value sets.
                        public init(from decoder: any Decoder) throws {
                            let container = try MemberKey.container(of: decoder)
                            let member = try container.unionMember(of: "Content")
                            switch member {
                            case "text": self = .text(try container.decodeRequiredMember(member))
                            case "secret": self = .secret(try container.decodeRequiredMember(member))
                            case "not": self = .not(try container.decodeRequiredMember(member))
                            default: self = .sdkUnknown(member)
                            }
                        }

                        /// Encodes the case's member.
                        public func encode(to encoder: any Encoder) throws {
                            var container = MemberKey.container(of: encoder)
                            switch self {
                            case .text(let value): try container.encodeRequiredMember(value, "text")
                            case .secret(let value): try container.encodeRequiredMember(value, "secret")
                            case .not(let value): try container.encodeRequiredMember(value, "not")
                            case .sdkUnknown(let member): throw container.unknownUnionMember(member, of: "Content")
                            }
                        }

                        /// The case as `print`, `dump` and `String(describing:)` show it, a sensitive value redacted.
                        public var customMirror: Mirror {
                            switch self {
                            case .text(let value): return Mirror(self, children: ["text": value], displayStyle: .enum)
                            case .secret(let value):
                                return Mirror(self, children: ["secret": Redacted.mirrorValue(of: value)], displayStyle: .enum)
                            case .not(let value): return Mirror(self, children: ["not": value], displayStyle: .enum)
                            case .sdkUnknown(let member): return Mirror(self, children: ["sdkUnknown": member], displayStyle: .enum)
                            }
                        }
                    }
                """#))
    }

    @Test func validationChecksTheCasesValueAndRefusesAnUnknownMember() throws {
        let validation = try #require(try Self.files.get()["Validation.swift"])
        #expect(
            validation.contains(
                """
                extension Demo.Content: Validatable {
                    /// Records every constraint the case's value breaks, with the path to it.
                    public func validate(in context: inout ValidationContext) {
                        switch self {
                        case .text(let value): context.string(value, "text", maxLength: 10)
                        case .secret: break
                        case .not(let value): context.nested(value, "not")
                        case .sdkUnknown(let member): context.unknownMember(member)
                        }
                    }
                }
                """))
    }

    @Test func aMemberRenamedFromTheUnknownCaseKeepsItsWireName() throws {
        let shapes = try #require(
            try generate(
                model(
                    shapes: """
                          U: {type: union, members: {sdkUnknown: {target: T, swiftName: other}}}
                          T: {type: string}
                        """))["Shapes.swift"])
        #expect(shapes.contains("        case other(String)\n"))
        #expect(shapes.contains(#"case "sdkUnknown": self = .other(try container.decodeRequiredMember(member))"#))
        #expect(shapes.contains("default: self = .sdkUnknown(member)"))
    }
}
