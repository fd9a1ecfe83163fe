import Testing

@testable import ShapegenPatterns

/// AWS writes patterns for Java and ECMA-262 engines; they must mean the same under ICU.
@Suite("Pattern dialect")
struct PatternDialectTests {
    @Test(arguments: [
        ("^[0-9]+$", "^[0-9]+\\z"),
        ("(a|b)+", "(?:a|b)+"),
        ("(?:a)(?=b)", "(?:a)(?=b)"),
        ("\\{config\\-name}", "\\{config\\-name\\}"),
        ("^\\{[\\w\\s:\\{\\}\\[\\]\"]*}$", "^\\{[\\w\\s:\\{\\}\\[\\]\"]*\\}\\z"),
        ("a{2,3}", "a{2,3}"),
        ("[0-9a-zA-Z]{11}{0,1011}", "(?:[0-9a-zA-Z]{11}){0,1011}"),
        ("^(\\p{LD}|\\p{Punct}| )+$", "^(?:[\\p{L}\\p{Nd}]|[!-/:-@\\[-`{-~]| )+\\z"),
        ("(\\/(?!\\.)+[^$#]+)", "(?:\\/(?!\\.)[^$#]+)"),
        ("x(?!y)*z", "xz"),
        ("[$]", "[$]"),
        ("\\$", "\\$"),
        ("[^\\p{Alpha}]", "[^a-zA-Z]"),
        ("[]a]", "[\\]a]"),
        ("\\P{Digit}", "[^0-9]"),
        ("a+?b", "a+?b"),
        ("^(?!.*?(.)\\1{3})[a-z]*$", "^(?!.*?(.)\\1{3})[a-z]*\\z"),
    ])
    func translatesToICU(_ source: String, _ expected: String) {
        #expect(PatternDialect.icu(source) == expected)
    }

    @Test func upstreamPatternsThatICURejectsAsWrittenCompile() {
        let upstream = [
            "(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model/([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.]?[a-z0-9-]{1,63})([:][a-z0-9-]{1,63}){0,2})/[a-z0-9]{12})|(:foundation-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2})))|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.]?[a-z0-9-]{1,63})([:][a-z0-9-]{1,63}){0,2})|(([0-9a-zA-Z][_-]?)+)",
            "^(\\p{LD}|\\p{Punct}| )+$",
            "^(\\/|(\\/(?!\\.)+[^$#<>;`|&?{}^*/\\n]+){1,4})$",
            "([a-zA-Z0-9_\\-=/]|\\{satellite_id\\}|\\{config\\-name}|\\{s3\\-config-id}|\\{year\\}|\\{month\\}|\\{day\\}){1,900}",
            "(^\\$\\{Parameters\\.[a-zA-z]+([a-zA-z_0-9]*)}$)",
            "\\P{C}*$}",
            "^arn:\\S+:rbin:[a-z\\-0-9]{0,63}:[0-9]{12}:rule/[0-9a-zA-Z]{11}{0,1011}$",
            "^\\{[\\w\\s:\\{\\}\\[\\]\"]*}$",
            "^(?!.*?(.)\\1{3})[-_!@#$a-zA-Z0-9]*$",
        ]
        for pattern in upstream {
            #expect(RegexPattern(pattern).isValid, "\(pattern)")
        }
    }

    @Test func meaningIsKept() {
        let path = RegexPattern("^(\\/|(\\/(?!\\.)+[^$#<>;`|&?{}^*/\\n]+){1,4})$")
        #expect(path.matches("/a/b"))
        #expect(!path.matches("/.hidden"))
        let rule = RegexPattern("^arn:\\S+:rbin:[a-z\\-0-9]{0,63}:[0-9]{12}:rule/[0-9a-zA-Z]{11}{0,1011}$")
        #expect(rule.matches("arn:aws:rbin:us-east-1:123456789012:rule/abcdefghijk"))
        #expect(!rule.matches("arn:aws:rbin:us-east-1:123456789012:rule/abc"))
        let secret = RegexPattern("^(\\p{LD}|\\p{Punct}| )+$")
        #expect(secret.matches("pa ss!word9é"))
        #expect(!secret.matches("tab\there"))
        #expect(RegexPattern("^\\{[\\w\\s:\\{\\}\\[\\]\"]*}$").matches("{\"a\": [x]}"))
    }

    /// A megabyte pattern (the fuzzer's `longString` mutation) translates in linear time: the
    /// translation once counted its output by walking it for every atom, and this took minutes.
    @Test(.timeLimit(.minutes(1)))
    func aMegabytePatternTranslates() {
        let atoms = String(repeating: "a b{", count: 250_000)
        let expected = String(repeating: "a b\\{", count: 250_000)
        #expect(PatternDialect.icu(atoms + "+$") == expected + "+\\z")
    }

    /// Unclosed `\p{` are copied as written, each looking for its brace only a name's length ahead.
    @Test(.timeLimit(.minutes(1)))
    func unclosedPropertyEscapesTranslate() {
        #expect(
            PatternDialect.icu(String(repeating: "\\p{", count: 300_000)) == String(repeating: "\\p\\{", count: 300_000)
        )
        #expect(
            PatternDialect.icu("\\p{" + String(repeating: "L", count: 300) + "}") == "\\p\\{"
                + String(repeating: "L", count: 300) + "\\}")
    }
}
