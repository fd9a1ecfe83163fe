import ShapegenRuntime
import Testing

/// `RegexPattern`: AWS patterns, unanchored unless they anchor themselves.
@Suite("RegexPattern")
struct RegexPatternTests {
    @Test("an unanchored pattern matches anywhere in the string")
    func unanchored() {
        let digit = RegexPattern("[0-9]")
        #expect(digit.matches("a1b"))
        #expect(!digit.matches("abc"))
        #expect(digit.source == "[0-9]")
    }

    @Test("an anchored pattern must match the whole string")
    func anchored() {
        let digits = RegexPattern("^[0-9]+$")
        #expect(digits.matches("1627776000"))
        #expect(!digits.matches("12a"))
        #expect(!digits.matches("a12"))
        #expect(!digits.matches(""))
    }

    @Test(
        "$ does not match before a trailing newline")
    func dollarBeforeNewline() {
        #expect(!RegexPattern("^[0-9]+$").matches("123\n"))
        #expect(!RegexPattern("^[a-z]+$").matches("abc\r\n"))
    }

    @Test("the whole string is searched, whatever scalars come before")
    func searchesWholeString() {
        let pattern = RegexPattern("[0-9]$")
        #expect(pattern.matches("👨‍👩‍👧 é 1"))
        #expect(!pattern.matches("1 👨‍👩‍👧"))
    }

    @Test(". matches one Unicode scalar, even outside the BMP")
    func dotIsOneScalar() {
        let one = RegexPattern("^.$")
        #expect(one.matches("😀"))
        #expect(one.matches("\u{E9}"))
        #expect(!one.matches("e\u{301}"))
    }

    @Test("an expression that does not compile matches nothing")
    func invalidPattern() {
        let broken = RegexPattern("([0-9]")
        #expect(broken.source == "([0-9]")
        #expect(!broken.matches("1"))
        #expect(!broken.matches(""))
    }

    @Test("one pattern can be used from many tasks at once")
    func concurrentUse() async {
        let pattern = RegexPattern("^[0-9]+$")
        let results = await withTaskGroup(of: Bool.self, returning: [Bool].self) { group in
            for index in 0..<64 {
                group.addTask { pattern.matches(index.isMultiple(of: 2) ? "\(index)" : "x\(index)") }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.filter { $0 }.count == 32)
    }
}
