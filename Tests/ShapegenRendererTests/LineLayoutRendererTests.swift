import ShapegenRenderer
import ShapegenSwiftCode
import Testing

/// How the renderer keeps lines within 120 columns: what stays on one line, what breaks, and where.
@Suite("Line layout")
struct LineLayoutRendererTests {
    let renderer = SwiftRenderer()

    /// `name` repeated to `length` characters, for lines of an exact width.
    private func identifier(_ length: Int) -> String {
        String(repeating: "x", count: length)
    }

    private func statement(_ expression: Expression) -> String {
        renderer.render(Declaration(.property(PropertyDeclaration(access: nil, name: "v", initializer: expression))))
    }

    @Test func aCallThatFitsStaysOnOneLineAndOneColumnMoreBreaksIt() {
        // `var v = f(a, ` is 13 characters, `)` one: 106 for the second argument fills 120 columns.
        let fits = statement(.id("f")(Argument(.id("a")), Argument(.id(identifier(106)))))
        #expect(fits == "var v = f(a, \(identifier(106)))\n")
        let broken = statement(.id("f")(Argument(.id("a")), Argument(.id(identifier(107)))))
        #expect(broken == "var v = f(\n    a,\n    \(identifier(107)),\n)\n")
    }

    @Test func aCollectionOfSeveralElementsLeavesRoomForTheCommaSwiftFormatWouldAdd() {
        // `var v = [a, ` is 12 characters and `]` one: 107 would fill 120 columns, which swift format
        // refuses for a literal of several elements.
        let broken = statement(.array([.id("a"), .id(identifier(107))]))
        #expect(broken == "var v = [\n    a,\n    \(identifier(107)),\n]\n")
        #expect(statement(.array([.id("a"), .id(identifier(106))])) == "var v = [a, \(identifier(106))]\n")
        // One element gets no trailing comma, broken or not.
        #expect(statement(.array([.id(identifier(112))])) == "var v = [\n    \(identifier(112))\n]\n")
    }

    @Test func aLoneCollectionArgumentKeepsItsBracketsBesideTheParentheses() {
        let call = Expression.id("context").dot("exactlyOne")(
            Argument("of", .dictionary(keys: [.string(identifier(80)), .string("b")], values: [.id("a"), .id("b")])))
        #expect(
            renderer.render(
                Declaration(
                    .function(FunctionDeclaration(access: nil, kind: .function(name: "f"), body: [.expression(call)]))))
                    == """
                    func f() {
                        context.exactlyOne(of: [
                            "\(identifier(80))": a,
                            "b": b,
                        ])
                    }

                    """)
    }

    @Test func aBrokenListLaysOutItsElementsAgainAtTheirNewPlace() {
        let inner = Expression.id("Inner")(Argument("a", .id(identifier(40))), Argument("b", .id(identifier(40))))
        let text = statement(.id("Outer")(Argument("first", inner), Argument("second", .literal(.integer(1)))))
        #expect(
            text == """
                var v = Outer(
                    first: Inner(a: \(identifier(40)), b: \(identifier(40))),
                    second: 1,
                )

                """)
    }

    @Test func aStringThatDoesNotFitAfterItsLabelGoesOnALineOfItsOwn() {
        let message = String(repeating: "word ", count: 30)
        let text = statement(.id("f")(Argument("message", .string(message))))
        #expect(text == "var v = f(\n    message:\n        \"\(message)\",\n)\n")
    }

    @Test func anInitializerReferenceBreaksOneLabelALine() {
        let labels = (0..<20).map { "member\($0)" }
        let text = statement(.reference(.id("Self"), "init", labels: labels))
        #expect(text == "var v = Self.init(\n" + labels.map { "    \($0):\n" }.joined() + ")\n")
    }

    @Test func aLongResultTypeMovesDownAndTheBraceWithIt() {
        let function = FunctionDeclaration(
            access: .public, kind: .function(name: "list"), isAsync: true, isThrowing: true,
            returnType: .named(identifier(90)), body: [.return(.id("x"))])
        #expect(
            renderer.render(Declaration(.function(function))) == """
                public func list() async throws
                    -> \(identifier(90))
                {
                    return x
                }

                """)
        // A generic result breaks its arguments instead.
        let generic = FunctionDeclaration(
            access: .public, kind: .function(name: "items"),
            parameters: [Parameter(label: "_", name: "input", type: .named("I"))],
            returnType: .generic("ItemSequence", [.named(identifier(50)), .named(identifier(50)), .named("Item")]),
            body: [.return(.id("x"))])
        #expect(
            renderer.render(Declaration(.function(generic))) == """
                public func items(
                    _ input: I,
                ) -> ItemSequence<
                    \(identifier(50)),
                    \(identifier(50)),
                    Item,
                > {
                    return x
                }

                """)
    }

    @Test func conformancesThatDoNotFitGoOneALineWithTheBraceBelow() {
        let type = TypeDeclaration(
            .struct, access: .public, name: identifier(60),
            conformances: ["Sendable", "Hashable", "ShapeCodable", "WireStructure"],
            members: [Declaration(.property(PropertyDeclaration(access: .public, name: "a", type: .named("Int"))))])
        #expect(
            renderer.render(Declaration(.type(type))) == """
                public struct \(identifier(60)):
                    Sendable,
                    Hashable,
                    ShapeCodable,
                    WireStructure
                {
                    public var a: Int
                }

                """)
    }

    @Test func aGuardWhoseConditionDoesNotFitPutsElseOnALineOfItsOwn() {
        let condition = Condition.expression(.id("equal")(Argument(.id(identifier(60))), Argument(.id(identifier(60)))))
        let function = FunctionDeclaration(
            access: nil, kind: .function(name: "f"), returnType: .named("Bool"),
            body: [
                .guard(condition: [condition], else: [.return(.literal(.boolean(false)))]),
                .return(.literal(.boolean(true))),
            ])
        #expect(
            renderer.render(Declaration(.function(function))) == """
                func f() -> Bool {
                    guard
                        equal(
                            \(identifier(60)),
                            \(identifier(60)),
                        )
                    else {
                        return false
                    }
                    return true
                }

                """)
    }

    @Test func longIntegersAreGroupedInThrees() {
        #expect(statement(.int(1234)) == "var v = 1234\n")
        #expect(statement(.int(86400)) == "var v = 86_400\n")
        #expect(statement(.int(-2_147_483_648)) == "var v = -2_147_483_648\n")
        #expect(statement(.int(Int64.min)) == "var v = -9_223_372_036_854_775_808\n")
    }

    @Test func anOperatorIsSeparatedFromItsParameters() {
        let function = FunctionDeclaration(
            access: .public, modifiers: [.static], kind: .function(name: "=="),
            parameters: [Parameter(name: "lhs", type: .named("A")), Parameter(name: "rhs", type: .named("A"))],
            returnType: .named("Bool"), body: [.return(.literal(.boolean(true)))])
        #expect(
            renderer.render(Declaration(.function(function))).hasPrefix(
                "public static func == (lhs: A, rhs: A) -> Bool {\n"))
    }
}
