/// Text that has broken, or could break, a generator: names, scalars and documentation.
enum HostileText {
    /// Names for shapes, members, operations, services and enum values.
    static let names: [String] = [
        "", " ", "/", "//", "..", ".", "../..", "../../escape", "/tmp/shapegen-fuzz-absolute", "a/b", "a\\b", "C:\\x",
        "self", "Self", "init", "Type", "Protocol", "default", "func", "class", "let", "var", "in", "_", "`",
        "String", "Array", "Result", "Error", "Task", "Codable", "Sendable", "Void", "Never", "Any",
        "0abc", "123", "1", "t2.micro", "*", "us-east-1", "\"", "\\(", "\\(x)", "*/", "/*", "///", "#if", "$0",
        "é", "Ünïcödé", "日本語", "🙂", "a\u{0}b", "\u{202E}rtl", "\t", "line\nbreak", "carriage\rreturn", "A", "a",
        "nextToken", "NEXTTOKEN", "validate", "unknown", "rawValue", "allCases", "description", "hashValue",
        String(repeating: "N", count: 300), String(repeating: "é", count: 1000),
    ]

    /// Scalars of the wrong kind, or numbers at and past every limit.
    static let scalars: [String] = [
        "true", "false", "null", "~", "-1", "0", "1.5", "1e309", "-1e309", "1e-400", "99999999999999999999999999999",
        "-9223372036854775809", "9223372036854775807", "-9223372036854775808", "18446744073709551616", ".nan",
        ".inf", "-.inf", "0x7fffffff", "0o17", "+1", "1_000", "2016-08-10", "", "yes", "structure", "list", "map",
        "string", "enum", "integer", "rest-json", "json", "query",
    ]

    /// Documentation that must stay inside a comment.
    static let documentation: [String] = [
        "ends a comment */ and starts code", "/// a doc comment inside", "```swift\nfatalError()\n```", "`",
        "<p>unbalanced <b>HTML", "</p></ul></li>", "<a href=\"javascript:x\">link</a>", "&amp;&lt;&#x0;",
        "line one\r\nline two\u{2028}three", "\u{0}", "\\(injected)", "\"\"\"", "#\"raw\"#", "/* nested /* comment",
    ]
}
