/// Rewrites AWS model patterns (written for Java and ECMA-262 engines) into ICU syntax with the
/// same meaning, for `NSRegularExpression`.
///
/// - `$` outside a class becomes `\z`: ICU's `$` also matches before a final line break.
/// - Groups become non-capturing (unless the pattern has backreferences): validators never read
///   captures, and ICU refuses large patterns with many capturing groups inside counted loops.
/// - A `{` or `}` that is not part of a quantifier is literal, as in Java.
/// - Java's POSIX classes (`\p{Punct}`, `\p{Alnum}`, `\p{LD}`…) become explicit sets.
/// - A quantified lookaround (`(?!\.)+`) is applied once, or dropped when it may match zero times.
/// - A stacked quantifier (`x{11}{0,1011}`) applies to the quantified atom, as in Java.
enum PatternDialect {
    static func icu(_ source: String) -> String {
        var translator = Translator(Array(source.unicodeScalars))
        return translator.run()
    }

    /// Whether `scalars` refer back to a group (`\1`…`\9`), which needs groups to stay capturing.
    static func hasBackreference(_ scalars: [Unicode.Scalar]) -> Bool {
        var escaped = false
        for scalar in scalars {
            if escaped, ("1"..."9").contains(scalar) { return true }
            escaped = !escaped && scalar == "\\"
        }
        return false
    }

    /// The longest name between the braces of `\p{…}`, `\x{…}` or `\N{…}` that is looked for
    /// (Unicode's character names are shorter than 100 letters); a longer one is left as written, and
    /// ICU rejects it.
    static let longestBracedName = 256

    /// Java's POSIX-style property names and the ICU set content they stand for.
    static let posixClasses: [String: String] = [
        "Lower": "a-z", "Upper": "A-Z", "ASCII": "\\x{00}-\\x{7F}", "Alpha": "a-zA-Z", "Digit": "0-9",
        "Alnum": "a-zA-Z0-9", "Punct": "!-/:-@\\[-`{-~", "Graph": "!-~", "Print": " -~", "Blank": " \\t",
        "Cntrl": "\\x{00}-\\x{1F}\\x{7F}", "XDigit": "0-9a-fA-F", "Space": " \\t\\n\\x{0B}\\f\\r",
        "LD": "\\p{L}\\p{Nd}", "L&": "\\p{Lu}\\p{Ll}\\p{Lt}",
    ]

    private struct Translator {
        let input: [Unicode.Scalar]
        var index = 0
        /// The translation so far: an array, whose `count` is constant-time (a `String`'s unicode
        /// scalar view counts by walking, which made a megabyte pattern take minutes).
        var output: [Unicode.Scalar] = []
        /// Where the last quantifiable atom starts in `output`, and whether it is a lookaround.
        var lastAtom: (start: Int, isLookaround: Bool)?
        var lastWasQuantified = false
        /// Output positions of open groups, with whether each is a lookaround.
        var groups: [(start: Int, isLookaround: Bool)] = []

        /// Whether groups may become non-capturing.
        let dropsCaptures: Bool

        init(_ input: [Unicode.Scalar]) {
            self.input = input
            self.dropsCaptures = !PatternDialect.hasBackreference(input)
        }

        mutating func run() -> String {
            while index < input.count {
                let scalar = input[index]
                switch scalar {
                case "\\": atom { $0.escape(inClass: false) }
                case "[": atom { $0.characterClass() }
                case "(": openGroup()
                case ")": closeGroup()
                case "*", "+", "?": quantifier(String(scalar), length: 1, minimum: scalar == "+" ? 1 : 0)
                case "{":
                    if let (text, minimum) = countedQuantifier(), lastAtom != nil {
                        quantifier(text, length: text.unicodeScalars.count, minimum: minimum)
                    } else {
                        atom {
                            $0.append("\\{")
                            $0.index += 1
                        }
                    }
                case "}":
                    atom {
                        $0.append("\\}")
                        $0.index += 1
                    }
                case "$":
                    append("\\z")
                    index += 1
                    lastAtom = nil
                case "^", "|":
                    output.append(scalar)
                    index += 1
                    lastAtom = nil
                default:
                    atom {
                        $0.output.append(scalar)
                        $0.index += 1
                    }
                }
            }
            return String(String.UnicodeScalarView(output))
        }

        private mutating func append(_ text: String) {
            output.append(contentsOf: text.unicodeScalars)
        }

        /// Copies one atom, remembering where it starts.
        private mutating func atom(_ copy: (inout Translator) -> Void) {
            let start = output.count
            copy(&self)
            lastAtom = (start, false)
            lastWasQuantified = false
        }

        private mutating func openGroup() {
            let isLookaround =
                index + 2 < input.count && input[index + 1] == "?"
                && (input[index + 2] == "=" || input[index + 2] == "!"
                    || (input[index + 2] == "<" && index + 3 < input.count
                        && (input[index + 3] == "=" || input[index + 3] == "!")))
            groups.append((output.count, isLookaround))
            output.append("(")
            index += 1
            if dropsCaptures, index < input.count, input[index] != "?" { append("?:") }
            lastAtom = nil
        }

        private mutating func closeGroup() {
            output.append(")")
            index += 1
            if let group = groups.popLast() {
                lastAtom = (group.start, group.isLookaround)
            } else {
                lastAtom = nil
            }
            lastWasQuantified = false
        }

        /// `{n}`, `{n,}` or `{n,m}` at `index`, with its minimum, if it is one.
        private func countedQuantifier() -> (String, Int)? {
            var end = index + 1
            var text = "{"
            while end < input.count, input[end] != "}" {
                guard ("0"..."9").contains(input[end]) || input[end] == "," else { return nil }
                text.unicodeScalars.append(input[end])
                end += 1
            }
            guard end < input.count else { return nil }
            text += "}"
            let body = text.dropFirst().dropLast()
            let parts = body.split(separator: ",", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), let minimum = Int(parts[0]),
                parts.count == 1 || parts[1].isEmpty || Int(parts[1]) != nil
            else { return nil }
            return (text, minimum)
        }

        private mutating func quantifier(_ text: String, length: Int, minimum: Int) {
            index += length
            guard let atom = lastAtom else {
                // Nothing to repeat: ICU would reject it; Java treats a lone quantifier as an error too,
                // but upstream models only have lazy or possessive modifiers here, which ICU accepts.
                append(text)
                return
            }
            if atom.isLookaround {
                // A lookaround matches no text: once is the same as many; zero times is no condition.
                if minimum == 0 { output.removeSubrange(atom.start...) }
                lastWasQuantified = true
                return
            }
            if lastWasQuantified, text.hasPrefix("{") {
                let body = output[atom.start...]
                output.removeSubrange(atom.start...)
                append("(?:")
                output.append(contentsOf: body)
                append(")")
            }
            append(text)
            lastWasQuantified = true
        }

        /// Copies an escape sequence, translating Java's POSIX property classes.
        private mutating func escape(inClass: Bool) {
            guard index + 1 < input.count else {
                append("\\\\")
                index += 1
                return
            }
            let letter = input[index + 1]
            let close = ["p", "P", "x", "N"].contains(letter) ? closingBrace(ofEscapeAt: index) : nil
            if letter == "p" || letter == "P", let close {
                let name = String(String.UnicodeScalarView(input[(index + 3)..<close]))
                let plainName =
                    name.hasPrefix("Is") && PatternDialect.posixClasses[String(name.dropFirst(2))] != nil
                    ? String(name.dropFirst(2)) : name
                if let content = PatternDialect.posixClasses[plainName] {
                    append(letter == "P" ? "[^\(content)]" : (inClass ? content : "[\(content)]"))
                    index = close + 1
                    return
                }
            }
            // `\p{…}`, `\x{…}` and `\N{…}` carry their braces: copy them whole.
            if let close {
                output.append(contentsOf: input[index...close])
                index = close + 1
                return
            }
            output.append("\\")
            output.append(letter)
            index += 2
        }

        /// Where the `}` of `\p{…}`, `\x{…}` or `\N{…}` at `start` is, if there is one within
        /// ``longestBracedName`` scalars.
        ///
        /// The bound keeps a pattern of many unclosed `\p{` linear: each would otherwise look for
        /// its brace to the end of the pattern.
        private func closingBrace(ofEscapeAt start: Int) -> Int? {
            guard start + 2 < input.count, input[start + 2] == "{" else { return nil }
            let end = min(input.count, start + 3 + PatternDialect.longestBracedName)
            return input[(start + 3)..<end].firstIndex(of: "}")
        }

        /// Copies a character class, nested sets included.
        private mutating func characterClass() {
            var depth = 0
            repeat {
                let scalar = input[index]
                switch scalar {
                case "\\":
                    escape(inClass: true)
                    continue
                case "[":
                    depth += 1
                    output.append(scalar)
                    index += 1
                    // A `]` right after `[` or `[^` is literal.
                    if index < input.count, input[index] == "^" {
                        output.append("^")
                        index += 1
                    }
                    if index < input.count, input[index] == "]" {
                        append("\\]")
                        index += 1
                    }
                    continue
                case "]": depth -= 1
                default: break
                }
                output.append(scalar)
                index += 1
            } while depth > 0 && index < input.count
        }
    }
}
