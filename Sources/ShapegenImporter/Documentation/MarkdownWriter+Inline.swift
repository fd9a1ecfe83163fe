/// Inline formatting: emphasis, links, code spans and escaping.
extension MarkdownWriter {
    enum MarkKind { case bold, italic, link }

    /// An open inline element. Its opening delimiter is written lazily, just before its first content, and it is
    /// closed and reopened around block breaks (Markdown emphasis cannot span paragraphs).
    struct Mark {
        var kind: MarkKind
        /// A link's destination.
        var destination: [UInt8] = []
        /// False for an element that writes nothing: `<b>` inside `<b>`, `<a>` without a usable `href`.
        var active: Bool
        /// Whether the opening delimiter is in the output and the closing one is not.
        var written = false
        /// Opened by `<dt>`, closed by `</dt>` or the following `<dd>`.
        var isTerm = false
    }

    mutating func openMark(_ kind: MarkKind, destination: [UInt8]? = nil, isTerm: Bool = false) {
        guard marks.count < Self.maximumMarkDepth else {
            ignoredMarks += 1
            return
        }
        let active: Bool
        if kind == .link {
            active = destination != nil && !marks.contains { $0.kind == .link && $0.active }
        } else {
            active = !marks.contains { $0.kind == kind && $0.active }
        }
        marks.append(Mark(kind: kind, destination: destination ?? [], active: active, isTerm: isTerm))
        if active { pendingOpeners += 1 }
    }

    /// Closes the innermost mark matching `matches`; marks opened inside it are closed and reopened after it, so
    /// misnested HTML (`<b><i>x</b>y</i>`) still yields balanced Markdown.
    mutating func closeMark(where matches: (Mark) -> Bool) {
        guard let index = marks.lastIndex(where: matches) else {
            if ignoredMarks > 0 { ignoredMarks -= 1 }
            return
        }
        for inner in marks.indices.reversed() where inner > index && marks[inner].written {
            writeCloser(marks[inner])
            marks[inner].written = false
            pendingOpeners += 1
        }
        let mark = marks.remove(at: index)
        if mark.written {
            writeCloser(mark)
        } else if mark.active {
            pendingOpeners -= 1
        }
    }

    mutating func closeMark(_ kind: MarkKind) {
        closeMark { $0.kind == kind }
    }

    mutating func writeOpeners() {
        for index in marks.indices where marks[index].active && !marks[index].written {
            switch marks[index].kind {
            case .bold: emit("**")
            case .italic: emit("*")
            case .link: emit(UInt8(ascii: "["))
            }
            marks[index].written = true
        }
        pendingOpeners = 0
        atLineStart = false
        lineDigits = -1
    }

    mutating func writeCloser(_ mark: Mark) {
        switch mark.kind {
        case .bold: emit("**")
        case .italic: emit("*")
        case .link:
            emit("](")
            mark.destination.withUnsafeBufferPointer { emit($0) }
            emit(UInt8(ascii: ")"))
        }
    }

    /// Closes every written mark, to be reopened before the next content.
    mutating func closeWrittenMarks() {
        for index in marks.indices.reversed() where marks[index].written {
            writeCloser(marks[index])
            marks[index].written = false
            pendingOpeners += 1
        }
    }

    var insideLink: Bool {
        marks.contains { $0.kind == .link && $0.written }
    }

    // MARK: Code spans

    /// Writes the collected `<code>` text as a code span; its outer whitespace becomes spaces around it.
    mutating func flushCode() {
        var end = codeBuffer.count
        let trailingSpace = end > 0 && codeBuffer[end - 1] == ASCII.space
        if trailingSpace { end -= 1 }
        if end > 0 {
            if codeLeadingSpace { pendingSpace = true }
            prepareForContent()
            // The delimiter must be longer than any backtick run inside. Exactly two backticks would make a DocC
            // symbol link, so the shortest after one is three.
            var longestRun = 0
            var run = 0
            for byte in codeBuffer[..<end] {
                run = byte == ASCII.backtick ? run + 1 : 0
                longestRun = max(longestRun, run)
            }
            let fence = longestRun == 0 ? 1 : max(3, longestRun + 1)
            // Content starting or ending with a backtick needs a space on both sides, which Markdown strips.
            let padded = codeBuffer[0] == ASCII.backtick || codeBuffer[end - 1] == ASCII.backtick
            emitRepeated(ASCII.backtick, count: fence)
            if padded { emit(ASCII.space) }
            codeBuffer.withUnsafeBufferPointer { emit(UnsafeBufferPointer(rebasing: $0[..<end])) }
            if padded { emit(ASCII.space) }
            emitRepeated(ASCII.backtick, count: fence)
            atLineStart = false
            lineDigits = -1
        }
        if (trailingSpace || (end == 0 && codeLeadingSpace)) && !pendingSpace {
            pendingSpace = true
            pendingSpaceIsWeak = true
        }
        codeBuffer.removeAll(keepingCapacity: true)
        codeLeadingSpace = false
    }

    // MARK: Preformatted blocks

    /// Writes the collected `<pre>` text as a fenced code block: lines keep their relative indentation, lose
    /// trailing whitespace, and leading and trailing blank lines are dropped.
    mutating func finishPreformatted() {
        mode = .normal
        let lines = preformattedLines()
        guard !lines.isEmpty else { return }
        var indent = Int.max
        for line in lines where !line.isEmpty {
            var spaces = 0
            while preBuffer[line.lowerBound + spaces] == ASCII.space { spaces += 1 }
            indent = min(indent, spaces)
        }
        var longestRun = 0
        var run = 0
        for byte in preBuffer {
            run = byte == ASCII.backtick ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let fence = max(3, longestRun + 1)

        flushPendingQuoteLabel()
        if !suppressBreaks { pendingBreak = max(pendingBreak, .paragraph) }
        if lineOpen && !atLineStart && pendingBreak == .none { pendingBreak = .line }
        startLineIfNeeded()
        emitRepeated(ASCII.backtick, count: fence)
        for line in lines {
            emit(ASCII.newline)
            if line.isEmpty {
                writeBlankLinePrefix()
            } else {
                writeLinePrefix()
                preBuffer.withUnsafeBufferPointer {
                    emit(UnsafeBufferPointer(rebasing: $0[(line.lowerBound + indent)..<line.upperBound]))
                }
            }
        }
        emit(ASCII.newline)
        writeLinePrefix()
        emitRepeated(ASCII.backtick, count: fence)
        atLineStart = false
        lineDigits = -1
        pendingSpace = false
        suppressBreaks = false
        pendingBreak = .paragraph
    }

    /// The lines of `preBuffer` (split at LF, CR LF or CR) without trailing whitespace, minus leading and trailing
    /// blank ones. Tabs are kept.
    private func preformattedLines() -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        var index = 0
        let count = preBuffer.count
        func addLine(_ end: Int) {
            var end = end
            while end > start, preBuffer[end - 1] == ASCII.space || preBuffer[end - 1] == UInt8(ascii: "\t") {
                end -= 1
            }
            if !(lines.isEmpty && end == start) { lines.append(start..<end) }
        }
        while index < count {
            let byte = preBuffer[index]
            if byte == ASCII.newline || byte == UInt8(ascii: "\r") {
                addLine(index)
                if byte == UInt8(ascii: "\r"), index + 1 < count, preBuffer[index + 1] == ASCII.newline { index += 1 }
                start = index + 1
            }
            index += 1
        }
        addLine(count)
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    // MARK: Escaping

    /// When a character of plain text gets a backslash so that Markdown shows it literally.
    ///
    /// Escaping is minimal: a character is escaped only where Markdown could read it as syntax. Many cases depend
    /// on the next character, which is not known yet; the decision is then kept in `pendingEscape` and taken when
    /// the next byte is written (the backslash is inserted before the last byte).
    enum EscapeRule: Equatable {
        case never, always
        /// `*`, `_` or `~`: escaped if it could open emphasis (or strikethrough), following CommonMark's flanking
        /// rules. We never write `_` or `~` delimiters ourselves and escape every text delimiter that could open,
        /// so one that can only close is harmless, except a `*` inside our own `*`/`**`.
        case delimiter(UInt8, previous: CharacterClass, insideEmphasis: Bool)
        /// Line-start list markers (`+`), ordered list `1.`.
        case ifNextIsSpace
        /// Line-start `-`, `#`, `=`: a list, heading or thematic break/setext underline.
        case ifNextIsSpaceOr(UInt8)
        /// `\` escapes the punctuation after it (or makes a hard break at the end of a line).
        case ifNextIsPunctuation
        /// `<` could start an HTML tag or autolink.
        case ifNextStartsTag
        /// `&` at output index `at`, followed so far by `length` characters that could make it a character
        /// reference (`&lt;`, `&#60;`); escaped only once the `;` arrives.
        case entityCandidate(at: Int, length: Int)
        /// A line-start `@` could start a DocC directive.
        case ifNextIsLetter
        /// A line-start `[` could start a task list checkbox (`[ ]`, `[x]`).
        case ifNextIsTaskMark
        /// `]` before `(` completes a link; before `:` on a line that starts with `[`, a link definition.
        case ifNextCompletesLink(definition: Bool)
        /// `!` before `[` makes an image.
        case ifNextIs(UInt8)

        func escapes(before next: UInt8) -> Bool {
            let nextIsSpace = next == ASCII.space || next == ASCII.newline
            switch self {
            case .never: return false
            case .always: return true
            case .delimiter(let delimiter, let previous, let insideEmphasis):
                return MarkdownWriter.delimiterEscapes(delimiter, previous: previous, next: CharacterClass(next),
                                             insideEmphasis: insideEmphasis)
            case .ifNextIsSpace: return nextIsSpace
            case .ifNextIsSpaceOr(let other): return nextIsSpace || next == other
            case .ifNextIsPunctuation: return next == ASCII.newline || ASCII.isPunctuation(next)
            case .ifNextStartsTag:
                return ASCII.isLetter(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!")
                    || next == UInt8(ascii: "?")
            case .entityCandidate: return false
            case .ifNextIsLetter: return ASCII.isLetter(next)
            case .ifNextIsTaskMark: return nextIsSpace || next | 0x20 == UInt8(ascii: "x")
            case .ifNextCompletesLink(let definition):
                return next == UInt8(ascii: "(") || (definition && next == UInt8(ascii: ":"))
            case .ifNextIs(let other): return next == other
            }
        }
    }

    /// Whether an emphasis delimiter character between `previous` and `next` must be escaped. Non-ASCII
    /// neighbours (`.other`) might be Unicode punctuation or letters; each test takes the riskier reading.
    private static func delimiterEscapes(
        _ delimiter: UInt8, previous: CharacterClass, next: CharacterClass, insideEmphasis: Bool
    ) -> Bool {
        let leftFlanking = next != .space && (next != .punctuation || previous != .alphanumeric)
        let rightFlanking = previous != .space && (previous != .punctuation || next != .alphanumeric)
        switch delimiter {
        case UInt8(ascii: "_"):
            // `_` between letters or digits neither opens nor closes.
            return leftFlanking && (!rightFlanking || previous != .alphanumeric)
        case UInt8(ascii: "*"):
            return leftFlanking || (rightFlanking && insideEmphasis)
        default:
            return leftFlanking
        }
    }

    /// The rule for `byte` written at the current position (before it is written).
    func escapeRule(for byte: UInt8) -> EscapeRule {
        let lineStart = atLineStart
        let previous = lineStart ? ASCII.space : (out.last ?? ASCII.space)
        switch byte {
        case UInt8(ascii: "`"):
            return .always
        case UInt8(ascii: "\\"):
            return .ifNextIsPunctuation
        case UInt8(ascii: "*") where lineStart:
            return .always  // a list marker or thematic break, or emphasis
        case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"):
            let insideEmphasis = marks.contains { $0.kind != .link && $0.written }
            return .delimiter(byte, previous: CharacterClass(previous), insideEmphasis: insideEmphasis)
        case UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: "#"):
            return lineStart ? .ifNextIsSpaceOr(byte) : .never
        case UInt8(ascii: "+"):
            return lineStart ? .ifNextIsSpace : .never
        case UInt8(ascii: ">"):
            return lineStart ? .always : .never
        case UInt8(ascii: "@"):
            return lineStart ? .ifNextIsLetter : .never
        case UInt8(ascii: "."), UInt8(ascii: ")"):
            return (1...9).contains(lineDigits) ? .ifNextIsSpace : .never
        case UInt8(ascii: "<"):
            return .ifNextStartsTag
        case UInt8(ascii: "&"):
            return .entityCandidate(at: 0, length: 0)  // `writeSpecial` fills in the index
        case UInt8(ascii: "["):
            if insideLink { return .always }
            return lineStart ? .ifNextIsTaskMark : .never
        case UInt8(ascii: "]"):
            return insideLink ? .always : .ifNextCompletesLink(definition: lineStartsWithBracket)
        case UInt8(ascii: "!"):
            return .ifNextIs(UInt8(ascii: "["))
        default:
            return .never
        }
    }

    /// Takes the pending escape decision now that the byte after the character is known (for an entity
    /// candidate, possibly only after more bytes).
    mutating func resolvePendingEscape(next: UInt8) {
        if case .entityCandidate(let index, let length) = pendingEscape {
            if next == UInt8(ascii: ";") && length > 0 {
                out.insert(ASCII.backslash, at: index)
            } else if length < 32 && (ASCII.isAlphanumeric(next) || (length == 0 && next == UInt8(ascii: "#"))) {
                pendingEscape = .entityCandidate(at: index, length: length + 1)
                return
            }
        } else if pendingEscape.escapes(before: next) {
            out.insert(ASCII.backslash, at: out.count - 1)
        }
        pendingEscape = .never
    }
}

/// How Markdown's emphasis rules see a neighbouring character.
enum CharacterClass: Equatable {
    case space, punctuation, alphanumeric
    /// Non-ASCII: a letter or Unicode punctuation, we do not look.
    case other

    init(_ byte: UInt8) {
        if byte == ASCII.space || byte == ASCII.newline {
            self = .space
        } else if byte >= 0x80 {
            self = .other
        } else if ASCII.isPunctuation(byte) {
            self = .punctuation
        } else {
            self = .alphanumeric
        }
    }
}
