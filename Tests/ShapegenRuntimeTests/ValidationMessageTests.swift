import Foundation
import ShapegenRuntime
import Testing

/// The wording of each `ValidationContext` check, singular and plural.
@Suite("ValidationContext messages")
struct ValidationMessageTests {
    @Test("number bounds are inclusive and quote the value")
    func numberBounds() {
        #expect(violations { $0.value(5, "n", min: 5, max: 5) } == [])
        #expect(violations { $0.value(4, "n", min: 5) } == [violation("n", "must be at least 5, got 4")])
        #expect(
            violations { $0.value(Int64(9_000_000_000), "n", max: Int64(1)) } == [
                violation("n", "must be at most 1, got 9000000000")
            ])
        #expect(
            violations { $0.value(2.25, "ratio", max: 1.5) } == [violation("ratio", "must be at most 1.5, got 2.25")])
    }

    @Test("a rule's condition is named before the value")
    func ruleConditions() {
        #expect(
            violations { $0.value(101, "maxResults", max: 100, when: "filters is set") } == [
                violation("maxResults", "must be at most 100 when filters is set, got 101")
            ])
        #expect(
            violations { $0.string("abcd", "s", maxLength: 3, allowedValues: ["a"], when: "kind is A or B") } == [
                violation("s", "must be at most 3 characters long when kind is A or B, got 4"),
                violation("s", "must be one of a when kind is A or B, got \"abcd\""),
            ])
        #expect(
            violations { $0.blob(Data([1, 2]), "b", maxLength: 1, when: "mode is not set") } == [
                violation("b", "must be at most 1 byte long when mode is not set, got 2")
            ])
    }

    @Test("nil values are not checked")
    func nilIsNotChecked() {
        #expect(
            violations { context in
                context.value(Int?.none, "n", min: 1)
                context.string(nil, "s", minLength: 1, pattern: RegexPattern("^a$"), allowedValues: ["a"])
                context.blob(nil, "b", minLength: 1)
                context.list([Int]?.none, "l", minCount: 1)
                context.map([String: Int]?.none, "m", minCount: 1)
                context.known(Color?.none, "c")
            } == [])
    }

    @Test("string lengths say character or characters")
    func stringLength() {
        #expect(
            violations { $0.string("", "s", minLength: 1) } == [
                violation("s", "must be at least 1 character long, got 0")
            ])
        #expect(
            violations { $0.string("a", "s", minLength: 2) } == [
                violation("s", "must be at least 2 characters long, got 1")
            ])
        #expect(
            violations { $0.string("ab", "s", maxLength: 1) } == [
                violation("s", "must be at most 1 character long, got 2")
            ])
        #expect(
            violations { $0.string("abcd", "s", maxLength: 3) } == [
                violation("s", "must be at most 3 characters long, got 4")
            ])
        #expect(violations { $0.string("abc", "s", minLength: 3, maxLength: 3) } == [])
    }

    @Test("blob lengths say byte or bytes")
    func blobLength() {
        #expect(
            violations { $0.blob(Data(), "b", minLength: 1) } == [violation("b", "must be at least 1 byte long, got 0")]
        )
        #expect(
            violations { $0.blob(Data([1, 2, 3]), "b", maxLength: 2) } == [
                violation("b", "must be at most 2 bytes long, got 3")
            ])
        #expect(violations { $0.blob(Data([1, 2]), "b", minLength: 2, maxLength: 2) } == [])
    }

    @Test("list and map counts say element or elements")
    func counts() {
        #expect(
            violations { $0.list([Int](), "l", minCount: 1) } == [violation("l", "must have at least 1 element, got 0")]
        )
        #expect(
            violations { $0.list([1, 2], "l", maxCount: 1) } == [violation("l", "must have at most 1 element, got 2")])
        #expect(
            violations { $0.list([1], "l", minCount: 2) } == [violation("l", "must have at least 2 elements, got 1")])
        #expect(
            violations { $0.map(["a": 1, "b": 2, "c": 3], "m", maxCount: 2) } == [
                violation("m", "must have at most 2 elements, got 3")
            ])
    }

    @Test("a pattern mismatch names the pattern, or uses the model's message, and quotes the value")
    func pattern() {
        let lowercase = RegexPattern("^[a-z]+$")
        #expect(violations { $0.string("abc", "s", pattern: lowercase) } == [])
        #expect(
            violations { $0.string("A1", "s", pattern: lowercase) } == [
                violation("s", #"must match the pattern ^[a-z]+$, got "A1""#)
            ])
        #expect(
            violations { $0.string("A1", "s", pattern: lowercase, message: "must be lower case") } == [
                violation("s", #"must be lower case, got "A1""#)
            ])
    }

    @Test("allowed values are listed and the value quoted")
    func allowedValues() {
        #expect(violations { $0.string("b", "s", allowedValues: ["a", "b"]) } == [])
        #expect(
            violations { $0.string("c", "s", allowedValues: ["a", "b"]) } == [
                violation("s", #"must be one of a, b, got "c""#)
            ])
    }

    @Test("every failed check of one string is reported, in order")
    func severalChecksOfOneString() {
        let found = violations { $0.string("", "s", minLength: 1, pattern: RegexPattern("^x$"), allowedValues: ["x"]) }
        #expect(
            found == [
                violation("s", "must be at least 1 character long, got 0"),
                violation("s", #"must match the pattern ^x$, got """#),
                violation("s", #"must be one of x, got """#),
            ])
    }

    @Test("long values are cut to 64 Unicode scalars and an ellipsis")
    func longValuesAreCut() {
        let exact = String(repeating: "a", count: 64)
        #expect(
            violations { $0.string(exact, "s", allowedValues: []) } == [
                violation("s", "must be one of , got \"\(exact)\"")
            ])
        let long = String(repeating: "b", count: 70)
        #expect(
            violations { $0.string(long, "s", allowedValues: ["x"]) } == [
                violation("s", "must be one of x, got \"\(String(repeating: "b", count: 64))…\"")
            ])
    }

    @Test("an unknown enum value lists the known ones")
    func knownEnum() {
        #expect(violations { $0.known(Color.green, "color") } == [])
        #expect(
            violations { $0.known(Color(rawValue: "BLUE"), "color") } == [
                violation("color", #"must be one of RED, GREEN, got "BLUE""#)
            ])
    }

    @Test("exactly one: none, two and three set")
    func exactlyOne() {
        #expect(violations { $0.exactlyOne(of: ["a": false, "b": true, "c": false]) } == [])
        #expect(
            violations { $0.exactlyOne(of: ["a": false, "b": false]) } == [
                violation("", "exactly one of a, b must be set, but none is")
            ])
        #expect(
            violations { $0.exactlyOne(of: ["a": true, "b": false, "c": true]) } == [
                violation("", "exactly one of a, b, c must be set, but a and c are")
            ])
        #expect(
            violations { $0.exactlyOne(of: ["a": true, "b": true, "c": true, "d": false]) } == [
                violation("", "exactly one of a, b, c, d must be set, but a, b and c are")
            ])
    }

    @Test("at most one: none and one are fine, two are not")
    func atMostOne() {
        #expect(violations { $0.atMostOne(of: ["a": false, "b": false]) } == [])
        #expect(violations { $0.atMostOne(of: ["a": false, "b": true]) } == [])
        #expect(
            violations { $0.atMostOne(of: ["a": true, "b": true, "c": false]) } == [
                violation("", "at most one of a, b, c may be set, but a and b are")
            ])
    }

    @Test("ValidationError's description counts violations, singular and plural")
    func errorDescription() {
        #expect(
            ValidationError(violations: [violation("a", "is wrong")]).description == "1 validation error: a: is wrong")
        #expect(
            ValidationError(violations: [violation("a", "is wrong"), violation("", "is bad")]).description
                == "2 validation errors: a: is wrong; is bad")
    }

    @Test("validate() throws for an invalid value and returns for a valid one")
    func validateThrows() throws {
        #expect(violations(of: PingInput(count: 0)) == [violation("count", "must be at least 1, got 0")])
        try PingInput(count: 1).validate()
    }
}
