import Testing

@testable import ShapegenImporter

@Suite("Parsing botocore JSON")
struct JSONParserTests {
    func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    @Test func objectsKeepTheirKeyOrder() throws {
        let object = try #require(JSONObject(try parse(#"{"zeta": 1, "alpha": 2, "mid": 3}"#)))
        #expect(object.keys == ["zeta", "alpha", "mid"])
    }

    @Test func scalarsKeepTheirMeaningAndText() throws {
        let object = try #require(
            JSONObject(
                try parse(#"{"t": true, "one": 1, "big": 9223372036854775807, "small": 1e-3, "s": "x", "n": null}"#)))
        #expect(object.bool("t"))
        #expect(!object.bool("one"))
        #expect(object.number("t") == nil)
        #expect(object.number("one") == "1")
        #expect(object.number("big") == "9223372036854775807")
        #expect(object.number("small") == "1e-3")
        #expect(object.string("s") == "x")
        #expect(object.string("n") == nil)
    }

    @Test func escapesAreDecoded() throws {
        let object = try #require(JSONObject(try parse(#"{"e": "a\"b\\c\/d\n\u00e9\ud83d\ude00"}"#)))
        #expect(object.string("e") == "a\"b\\c/d\né😀")
    }

    @Test(arguments: [
        #"{"a": }"#, #"{"a" 1}"#, #"[1, 2"#, #""unterminated"#, "tru", #"{"a": 1} x"#, #""\u12""#, "01x", "",
    ])
    func malformedInputIsAnError(_ text: String) {
        #expect(throws: JSONParser.Failure.self) { try parse(text) }
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParser.Failure.self) { try parse(deep) }
    }
}
