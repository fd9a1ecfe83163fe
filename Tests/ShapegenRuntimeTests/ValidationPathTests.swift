import ShapegenRuntime
import Testing

/// A structure nested in `Outer`: `code` must be at least 2 characters long.
private struct Inner: Validatable {
    var code: String?

    func validate(in context: inout ValidationContext) {
        context.string(code, "code", minLength: 2)
    }
}

/// A structure holding `Inner` directly, in a list and in a map, then a scalar after them.
private struct Outer: Validatable {
    var inner: Inner?
    var items: [Inner]?
    var byKey: [String: Inner]?
    var after: Int?

    func validate(in context: inout ValidationContext) {
        context.nested(inner, "inner")
        context.list(items, "items", element: { context, element in context.nested(element, nil) })
        context.map(byKey, "byKey", value: { context, value in context.nested(value, nil) })
        context.value(after, "after", max: 0)
    }
}

/// How `ValidationContext` names the place of a violation.
@Suite("ValidationContext paths")
struct ValidationPathTests {
    @Test("a nested member's path joins the names with dots")
    func nested() {
        #expect(
            violations(of: Outer(inner: Inner(code: "x"))) == [
                violation("inner.code", "must be at least 2 characters long, got 1")
            ])
    }

    @Test("a list element's path has its index")
    func listIndex() {
        let outer = Outer(items: [Inner(code: "ok"), Inner(code: "x"), Inner(code: "ok"), Inner(code: "")])
        #expect(violations(of: outer).map(\.path) == ["items[1].code", "items[3].code"])
    }

    @Test("a map value's path has its quoted key, keys in sorted order")
    func mapKey() {
        let outer = Outer(byKey: ["k": Inner(code: "x"), "b": Inner(code: "ok"), "a": Inner(code: "")])
        #expect(violations(of: outer).map(\.path) == [#"byKey["a"].code"#, #"byKey["k"].code"#])
    }

    @Test("the path is restored after a nested value, list and map")
    func pathIsRestored() {
        let outer = Outer(inner: Inner(code: "x"), items: [Inner(code: "x")], byKey: ["k": Inner(code: "x")], after: 1)
        #expect(violations(of: outer).map(\.path) == ["inner.code", "items[0].code", #"byKey["k"].code"#, "after"])
    }

    @Test("a list of lists nests the indexes")
    func nestedLists() {
        let found = violations { context in
            context.list(
                [["a"], ["b", "cc"]], "rows",
                element: { context, row in
                    context.list(row, nil, element: { context, cell in context.string(cell, nil, maxLength: 1) })
                })
        }
        #expect(found.map(\.path) == ["rows[1][1]"])
    }

    @Test("a violation of the value itself has an empty path and its description is just the message")
    func rootPath() {
        let found = violations { $0.report(nil, "is wrong") }
        #expect(found == [violation("", "is wrong")])
        #expect(found.first?.description == "is wrong")
    }

    @Test("a list without a member name starts its path at the index")
    func unnamedList() {
        let found = violations { context in
            context.list([Inner(code: "x")], nil, element: { context, element in context.nested(element, nil) })
        }
        #expect(found.map(\.path) == ["[0].code"])
    }

    @Test("a map key check is reported at the key's path")
    func mapKeyCheck() {
        let found = violations { context in
            context.map(["": 1, "ok": 2], "tags", key: { context, key in context.string(key, nil, minLength: 1) })
        }
        #expect(found == [violation(#"tags[""]"#, "must be at least 1 character long, got 0")])
    }

    @Test("a violation's description is path: message")
    func violationDescription() {
        #expect(violation("a[0].b", "is wrong").description == "a[0].b: is wrong")
    }
}
