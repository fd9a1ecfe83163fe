import ShapegenRenderer
import ShapegenSwiftCode
import Testing

@Suite("Escaping model text")
struct SourceTextTests {
    @Test func stringLiteralsEscapeEverythingThatCouldEndThem() {
        #expect(SourceText.stringLiteral(#"a"b"#) == #""a\"b""#)
        #expect(SourceText.stringLiteral(#"\(evil)"#) == #""\\(evil)""#)
        #expect(SourceText.stringLiteral("line\nbreak") == #""line\nbreak""#)
        #expect(SourceText.stringLiteral("tab\there") == #""tab\there""#)
        #expect(SourceText.stringLiteral("\u{2028}") == #""\u{2028}""#)
        #expect(SourceText.stringLiteral("\u{0}") == #""\u{0}""#)
        #expect(SourceText.stringLiteral("é*/") == #""é*/""#)
    }

    @Test func docCommentsCannotBeLeft() {
        let lines = SourceText.docComment("first */\nsecond\r\nthird\u{2028}fourth\u{85}fifth")
        #expect(lines == ["/// first */", "/// second", "///", "/// third", "/// fourth", "/// fifth"])
        #expect(lines.allSatisfy { $0.hasPrefix("///") && !$0.contains("\n") && !$0.contains("\r") })
    }

    @Test func docCommentsDropControlCharactersAndTrim() {
        #expect(SourceText.docComment("  \n\nbell\u{7} and tab\t  \n\n") == ["/// bell and tab"])
        #expect(SourceText.docComment("a\n\nb") == ["/// a", "///", "/// b"])
    }

    @Test func literals() {
        #expect(SourceText.literal(.integer(-3)) == "-3")
        #expect(SourceText.literal(.double(1.5)) == "1.5")
        #expect(SourceText.literal(.boolean(true)) == "true")
        #expect(SourceText.literal(.nil) == "nil")
    }
}
