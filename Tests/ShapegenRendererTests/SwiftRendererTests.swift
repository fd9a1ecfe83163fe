import ShapegenRenderer
import ShapegenSwiftCode
import Testing

@Suite("Rendering declarations")
struct SwiftRendererTests {
    let renderer = SwiftRenderer()

    @Test func structWithDocumentedPropertiesAndInitializer() {
        let declaration = Declaration(
            documentation: "A pair.",
            .type(
                TypeDeclaration(
                    .struct, access: .public, name: "Pair", conformances: ["Sendable", "Hashable"],
                    members: [
                        Declaration(
                            .property(PropertyDeclaration(access: .public, name: "a", type: .optional(.named("Int"))))),
                        Declaration(
                            .property(PropertyDeclaration(access: .public, name: "b", type: .array(.named("String"))))),
                        Declaration(
                            .function(
                                FunctionDeclaration(
                                    access: .public, kind: .initializer,
                                    parameters: [
                                        Parameter(
                                            name: "a", type: .optional(.named("Int")), defaultValue: .literal(.nil)),
                                        Parameter(name: "b", type: .array(.named("String"))),
                                    ],
                                    body: [
                                        .assignment(target: .id("self").dot("a"), value: .id("a")),
                                        .assignment(target: .id("self").dot("b"), value: .id("b")),
                                    ]))),
                    ])))
        #expect(
            renderer.render(declaration) == """
                /// A pair.
                public struct Pair: Sendable, Hashable {
                    public var a: Int?
                    public var b: [String]

                    public init(a: Int? = nil, b: [String]) {
                        self.a = a
                        self.b = b
                    }
                }

                """)
    }

    @Test func switchAndClosures() {
        let function = Declaration(
            .function(
                FunctionDeclaration(
                    access: nil, kind: .function(name: "f"),
                    parameters: [Parameter(label: "_", name: "x", type: .named("String"))],
                    returnType: .named("Int"),
                    body: [
                        .switch(
                            subject: .id("x"),
                            cases: [
                                SwitchCase(patterns: [.string("a"), .string("b")], body: [.return(.int(1))]),
                                SwitchCase(
                                    patterns: [],
                                    body: [
                                        .expression(
                                            .id("g").callAsFunction(
                                                Argument(
                                                    "k",
                                                    .closure(Closure(parameters: ["v"], body: [.expression(.id("v"))])))
                                            ))
                                    ]),
                            ]),
                        .return(.int(0)),
                    ])))
        #expect(
            renderer.render(function) == """
                func f(_ x: String) -> Int {
                    switch x {
                    case "a", "b": return 1
                    default: g(k: { v in v })
                    }
                    return 0
                }

                """)
    }

    @Test func computedPropertyWithGetterAndSetter() {
        let property = Declaration(
            attributes: [.deprecated(message: nil)],
            .property(
                PropertyDeclaration(
                    access: .public, name: "a", type: .optional(.named("Int")),
                    getter: [.expression(.id("_a"))], setter: [.assignment(target: .id("_a"), value: .id("newValue"))]))
        )
        #expect(
            renderer.render(property) == """
                @available(*, deprecated)
                public var a: Int? {
                    get { _a }
                    set { _a = newValue }
                }

                """)
    }

    @Test func multiStatementClosureIsIndented() {
        let statement = Declaration(
            .property(
                PropertyDeclaration(
                    access: nil, name: "p", type: nil,
                    initializer: .id("make").callAsFunction(
                        Argument(
                            .closure(
                                Closure(
                                    parameters: ["a"],
                                    body: [
                                        .binding(isConstant: false, name: "b", type: nil, value: .id("a")),
                                        .return(.id("b")),
                                    ])))))))
        #expect(
            renderer.render(statement) == """
                var p = make(
                    { a in
                        var b = a
                        return b
                    },
                )

                """)
    }

    @Test func fileHeaderImportsAndDeprecation() {
        let file = SwiftFile(
            name: "F.swift", header: ["Generated. Do not edit."], imports: ["Foundation"],
            declarations: [
                Declaration(
                    attributes: [.deprecated(message: "use \"B\"")],
                    .type(
                        TypeDeclaration(
                            .enum, access: .internal, name: "A",
                            members: [
                                Declaration(.enumCase(EnumCaseDeclaration(name: "x"))),
                                Declaration(.enumCase(EnumCaseDeclaration(name: "y", rawValue: .string("Y")))),
                                Declaration(
                                    .enumCase(EnumCaseDeclaration(name: "other", associatedValue: .named("String")))),
                            ])))
            ])
        #expect(
            renderer.render(file) == """
                // Generated. Do not edit.

                import Foundation

                @available(*, deprecated, message: "use \\"B\\"")
                internal enum A {
                    case x
                    case y = "Y"
                    case other(String)
                }

                """)
    }

    @Test func types() {
        let function = Declaration(
            .function(
                FunctionDeclaration(
                    access: nil, kind: .function(name: "f"),
                    parameters: [
                        Parameter(name: "m", type: .dictionary(key: .named("String"), value: .array(.named("Int")))),
                        Parameter(
                            name: "h",
                            type: .optional(
                                .function(
                                    parameters: [.named("A")], isAsync: true, isThrowing: true, result: .named("B")))),
                        Parameter(name: "t", type: .existential("P")),
                    ],
                    body: nil)))
        #expect(
            renderer.render(function) == "func f(m: [String: [Int]], h: (@Sendable (A) async throws -> B)?, t: any P)\n"
        )
    }

    @Test func keyPathsAndReferencesToInitializers() {
        let table = Expression.call(
            .id("ShapeCoding"),
            [
                Argument(.reference(.id("Self"), "init", labels: ["a", "`inout`"])),
                Argument(.call(.member(nil, "optional"), [Argument(.string("A")), Argument(.keyPath("a"))])),
            ])
        let property = Declaration(
            .property(
                PropertyDeclaration(
                    access: nil, isStatic: true, isConstant: true, name: "coding", initializer: table)))
        #expect(
            renderer.render(property) == #"static let coding = ShapeCoding(Self.init(a:`inout`:), .optional("A", \.a))"#
                + "\n")
        let empty = Declaration(
            .property(
                PropertyDeclaration(
                    access: nil, isStatic: true, isConstant: true, name: "coding",
                    initializer: .call(.id("ShapeCoding"), [Argument(.reference(.id("Self"), "init", labels: []))]))))
        #expect(renderer.render(empty) == "static let coding = ShapeCoding(Self.init)\n")
    }
}
