import ShapegenRuntime
import Testing

/// String lengths count Unicode scalars, as AWS models do: not characters, not UTF-16 units.
@Suite("String length in Unicode scalars")
struct StringLengthTests {
    static let samples: [(String, Int)] = [
        ("\u{E9}", 1),  // é composed
        ("e\u{301}", 2),  // é decomposed: e + combining acute accent
        ("😀", 1),  // one scalar, two UTF-16 units
        ("👍🏽", 2),  // thumbs up + skin tone modifier
        ("👨‍👩‍👧", 5),  // three people joined by two zero-width joiners
        ("🇫🇷", 2),  // two regional indicators
        ("日本語", 3),
        ("a\r\nb", 4),  // CR LF is one Character but two scalars
    ]

    @Test("the length reported and checked is the number of scalars", arguments: samples)
    func lengthIsScalarCount(value: String, scalars: Int) {
        #expect(violations { $0.string(value, "s", minLength: scalars, maxLength: scalars) } == [])
        #expect(
            violations { $0.string(value, "s", maxLength: scalars - 1) } == [
                violation(
                    "s", "must be at most \(scalars - 1) character\(scalars - 1 == 1 ? "" : "s") long, got \(scalars)")
            ])
        #expect(
            violations { $0.string(value, "s", minLength: scalars + 1) } == [
                violation("s", "must be at least \(scalars + 1) characters long, got \(scalars)")
            ])
    }

    @Test("composed and decomposed é are equal strings but of different lengths")
    func composedVersusDecomposed() {
        let composed = "\u{E9}"
        let decomposed = "e\u{301}"
        #expect(composed == decomposed)
        #expect(violations { $0.string(composed, "s", maxLength: 1) } == [])
        #expect(
            violations { $0.string(decomposed, "s", maxLength: 1) } == [
                violation("s", "must be at most 1 character long, got 2")
            ])
    }

    @Test("quoted values are cut by scalars, never inside one")
    func cutByScalars() {
        let value = String(repeating: "😀", count: 65)
        let found = violations { $0.string(value, "s", allowedValues: ["x"]) }
        #expect(found == [violation("s", "must be one of x, got \"\(String(repeating: "😀", count: 64))…\"")])
    }
}
