import ShapegenRuntime
import Testing

/// Values of sensitive members never appear in messages.
@Suite("Sensitive values")
struct SensitiveValueTests {
    static let secret = "hunter2-SECRET"

    @Test("a pattern mismatch says 'a sensitive value' instead of quoting it")
    func pattern() {
        let found = violations {
            $0.string(Self.secret, "password", pattern: RegexPattern("^[0-9]{4}$"), sensitive: true)
        }
        #expect(found == [violation("password", "must match the pattern ^[0-9]{4}$, got a sensitive value")])
    }

    @Test("a model message is used but the value is still hidden")
    func patternWithMessage() {
        let found = violations {
            $0.string(
                Self.secret, "pin", pattern: RegexPattern("^[0-9]{4}$"), sensitive: true, message: "must be four digits"
            )
        }
        #expect(found == [violation("pin", "must be four digits, got a sensitive value")])
    }

    @Test("an allowed-values mismatch hides the value")
    func allowedValues() {
        let found = violations { $0.string(Self.secret, "token", allowedValues: ["a", "b"], sensitive: true) }
        #expect(found == [violation("token", "must be one of a, b, got a sensitive value")])
    }

    @Test("no message of any failed check contains the value, nor does the error's description")
    func nowhere() {
        let found = violations {
            $0.string(
                Self.secret, "s", minLength: 100, maxLength: 1, pattern: RegexPattern("^x$"), allowedValues: ["x"],
                sensitive: true)
        }
        #expect(found.count == 4)
        #expect(found.allSatisfy { !$0.message.contains("hunter2") })
        #expect(!ValidationError(violations: found).description.contains("hunter2"))
    }

    @Test("the same checks without `sensitive` do quote the value")
    func notSensitive() {
        let found = violations { $0.string(Self.secret, "s", pattern: RegexPattern("^x$")) }
        #expect(found == [violation("s", "must match the pattern ^x$, got \"\(Self.secret)\"")])
    }
}
