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
        /// Whether the opening delimiter was part of a run of three or more `*`, whose rest a later delimiter
        /// between letters (`***a* b*c`) could close, by CommonMark's "rule of three".
        var inLongRun = false
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
    ///
    /// Closing delimiters are written lazily too (`pendingClosers`), so that `<i>a</i><i>b</i>` can become `*ab*`
    /// rather than `*a**b*`, where the two delimiters would merge into one run.
    mutating func closeMark(where matches: (Mark) -> Bool) {
        guard let index = marks.lastIndex(where: matches) else {
            if ignoredMarks > 0 { ignoredMarks -= 1 }
            return
        }
        for inner in marks.indices.reversed() where inner > index && marks[inner].written {
            pendingClosers.append(marks[inner])
            marks[inner].written = false
            pendingOpeners += 1
        }
        let mark = marks.remove(at: index)
        if mark.written {
            pendingClosers.append(mark)
        } else if mark.active {
            pendingOpeners -= 1
        }
    }

    /// Before content: a mark reopened right where the same kind of mark closed simply continues.
    mutating func cancelClosersOfReopenedMarks() {
        for index in marks.indices where marks[index].active && !marks[index].written {
            guard let closer = pendingClosers.last, closer.kind == marks[index].kind, closer.kind != .link else {
                return
            }
            pendingClosers.removeLast()
            marks[index].written = true
            marks[index].inLongRun = closer.inLongRun
            pendingOpeners -= 1
        }
    }

    /// Writes the closing delimiters of the marks closed since the last output.
    mutating func writePendingClosers() {
        guard !pendingClosers.isEmpty else { return }
        for mark in pendingClosers { writeCloser(mark) }
        closersEnd = out.count
        pendingClosers.removeAll(keepingCapacity: true)
    }

    mutating func closeMark(_ kind: MarkKind) {
        closeMark { $0.kind == kind }
    }

    /// Writes the pending opening delimiters, before content whose first character is punctuation or not.
    mutating func writeOpeners(contentStartsWithPunctuation: Bool) {
        if let first = marks.first(where: { $0.active && !$0.written }), first.kind != .link, !atLineStart,
            out.last != ASCII.space
        {
            // An opening `*` must be left-flanking: `word**(x)**` does not open. Right after closing delimiters,
            // opening ones would join their run (`**a*****b**`), which Markdown reads in surprising ways.
            let afterClosers = closersEnd == out.count && out.last == UInt8(ascii: "*")
            let beforeLink = marks.contains { $0.kind == .link && $0.active && !$0.written }
            let beforePunctuation = contentStartsWithPunctuation || beforeLink
            let afterPunctuation = isPunctuationLike(endingAt: out.count)
            let leftFlanking = !beforePunctuation || afterPunctuation
            // If it is also right-flanking, it could close what is left open of a `***` run instead.
            let rightFlanking = !afterPunctuation || beforePunctuation
            let insideLongRun = marks.contains { $0.kind != .link && $0.written && $0.inLongRun }
            if afterClosers || !leftFlanking || (rightFlanking && insideLongRun) {
                emit(ASCII.space)
            }
        }
        var stars = 0
        let firstNew = marks.firstIndex { $0.active && !$0.written } ?? marks.count
        for index in marks.indices where marks[index].active && !marks[index].written {
            switch marks[index].kind {
            case .bold:
                emit("**")
                stars += 2
            case .italic:
                emit("*")
                stars += 1
            case .link:
                if pendingEscape == .beforeLinkOpener { out.insert(ASCII.backslash, at: out.count - 1) }
                emit(UInt8(ascii: "["))
            }
            marks[index].written = true
        }
        for index in firstNew..<marks.count where marks[index].kind != .link { marks[index].inLongRun = stars >= 3 }
        pendingOpeners = 0
        atLineStart = false
        lineDigits = -1
        lineUnderscores = -1
    }

    mutating func writeCloser(_ mark: Mark) {
        // `(x)**word` would not close: a closing `*` after punctuation must not be followed by a letter.
        let afterPunctuation = mark.kind != .link && isPunctuationLike(endingAt: out.count)
        switch mark.kind {
        case .bold: emit("**")
        case .italic: emit("*")
        case .link:
            emit("](")
            mark.destination.withUnsafeBufferPointer { emit($0) }
            emit(UInt8(ascii: ")"))
        }
        if afterPunctuation { setPendingEscape(.spaceIfNextIsWordCharacter) }
    }

    /// Whether text starts with punctuation (or a symbol), as the emphasis rules see it.
    static func startsWithPunctuation(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        if first < 0x80 { return ASCII.isPunctuation(first) }
        var end = 1
        while end < bytes.count && end < 4 && bytes[end] & 0xC0 == 0x80 { end += 1 }
        var decoder = UTF8()
        var iterator = bytes[..<end].makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return isPunctuationLike(scalar)
    }

    static func isPunctuationLike(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ASCII.isPunctuation(UInt8(scalar.value)) }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// Whether the character ending at `end` in the output is punctuation (or a symbol) for the emphasis rules.
    func isPunctuationLike(endingAt end: Int) -> Bool {
        guard end > 0 else { return false }
        let last = out[end - 1]
        if last < 0x80 { return ASCII.isPunctuation(last) }
        var start = end - 1
        while start > 0 && out[start] & 0xC0 == 0x80 { start -= 1 }
        var decoder = UTF8()
        var iterator = out[start..<end].makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return Self.isPunctuationLike(scalar)
    }

    /// Closes every written mark, to be reopened before the next content.
    mutating func closeWrittenMarks() {
        writePendingClosers()
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

    /// Writes the collected `<code>` text as a code span; its outer whitespace becomes spaces around it (a weak
    /// one at the end, dropped before punctuation: `<code>x </code>.` gives `` `x`. ``).
    mutating func flushCode() {
        var end = codeBuffer.count
        let trailingSpace = end > 0 && codeBuffer[end - 1] == ASCII.space
        if trailingSpace { end -= 1 }
        if end > 0 {
            if codeLeadingSpace { pendingSpace = true }
            mergeWithPreviousCodeSpan(&end)
            prepareForContent(contentStartsWithPunctuation: true)
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
            let contentStart = out.count
            codeBuffer.withUnsafeBufferPointer { emit(UnsafeBufferPointer(rebasing: $0[..<end])) }
            let contentEnd = out.count
            if padded { emit(ASCII.space) }
            emitRepeated(ASCII.backtick, count: fence)
            lastCodeSpan = CodeSpanLocation(
                start: contentStart - fence - (padded ? 1 : 0), content: contentStart..<contentEnd, end: out.count)
            atLineStart = false
            lineDigits = -1
            lineUnderscores = -1
        }
        if (trailingSpace || (end == 0 && codeLeadingSpace)) && !pendingSpace {
            pendingSpace = true
            pendingSpaceIsWeak = true
        }
        codeBuffer.removeAll(keepingCapacity: true)
        codeLeadingSpace = false
    }

    /// Where the last code span is in the output.
    struct CodeSpanLocation {
        var start: Int
        var content: Range<Int>
        var end: Int
    }

    /// Two code spans in a row (`<code>Rule</code><code>s</code>`) would make one unreadable backtick run, so the
    /// previous one is taken back out of the output and its text put in front of the new one.
    private mutating func mergeWithPreviousCodeSpan(_ end: inout Int) {
        guard let previous = lastCodeSpan, previous.end == out.count, !pendingSpace, pendingSeparator == .none,
            pendingBreak == .none, pendingOpeners == 0, pendingClosers.isEmpty
        else { return }
        codeBuffer.replaceSubrange(0..<0, with: out[previous.content])
        end += previous.content.count
        out.removeSubrange(previous.start...)
        lastCodeSpan = nil
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
        fenceEnd = out.count
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
        /// rules. We never write `_` delimiters ourselves and escape every text delimiter that could open, so one
        /// that can only close is harmless, except a `*` inside our own `*`/`**` (and any flanking `~`).
        case delimiter(UInt8, previous: UInt8, insideEmphasis: Bool)
        /// Line-start list markers (`+`), ordered list `1.`.
        case ifNextIsSpace
        /// Line-start `#`, `=`: a heading or setext underline.
        case ifNextIsSpaceOr(UInt8)
        /// Line-start `-` or `:`: a list item, thematic break, setext underline or table delimiter row.
        case ifNextIsTableDelimiter
        /// `\` escapes the punctuation after it (or makes a hard break at the end of a line).
        case ifNextIsPunctuation
        /// `<` at output index `at`, followed so far by `length` characters: it starts an HTML tag or URL autolink
        /// if a letter, `/`, `!` or `?` follows, and an email autolink (`<5@x.io>`) if `>` comes after an `@`
        /// before any space.
        case angleCandidate(at: Int, length: Int, sawAt: Bool)
        /// `&` at output index `at`, followed so far by `length` characters that could make it a character
        /// reference (`&lt;`, `&#60;`); escaped only once the `;` arrives.
        case entityCandidate(at: Int, length: Int)
        /// A line-start `@` could start a DocC directive; `--` before a letter would become a dash.
        case ifNextIsLetter
        /// A line-start `[` could start a task list checkbox (`[ ]`, `[x]`).
        case ifNextIsTaskMark
        /// `]` before `(` completes a link; before `:` on a line that starts with `[`, a link definition.
        case ifNextCompletesLink(definition: Bool)
        /// `!` right before the `[` of a link we write would make it an image. (Text `[` cannot complete an
        /// image, since a text `](` is always escaped.)
        case beforeLinkOpener
        /// Not an escape: a closing emphasis delimiter after punctuation needs a space before a following letter.
        case spaceIfNextIsWordCharacter

        func escapes(before next: UInt8) -> Bool {
            let nextIsSpace = next == ASCII.space || next == ASCII.newline
            switch self {
            case .never: return false
            case .always: return true
            case .delimiter(let delimiter, let previous, let insideEmphasis):
                return MarkdownWriter.delimiterEscapes(
                    delimiter, previous: previous, next: next, insideEmphasis: insideEmphasis)
            case .ifNextIsSpace: return nextIsSpace
            case .ifNextIsSpaceOr(let other): return nextIsSpace || next == other
            case .ifNextIsTableDelimiter: return nextIsSpace || ASCII.isOne(of: "-:|", next)
            case .ifNextIsPunctuation: return next == ASCII.newline || ASCII.isPunctuation(next)
            case .entityCandidate, .angleCandidate: return false
            case .ifNextIsLetter: return ASCII.isLetter(next)
            case .ifNextIsTaskMark: return nextIsSpace || next | 0x20 == UInt8(ascii: "x")
            case .ifNextCompletesLink(let definition):
                return next == UInt8(ascii: "(") || (definition && next == UInt8(ascii: ":"))
            case .beforeLinkOpener: return false
            case .spaceIfNextIsWordCharacter: return false
            }
        }
    }

    /// Whether an emphasis delimiter character between `previous` and `next` must be escaped. Non-ASCII
    /// neighbours (`.other`) might be Unicode punctuation or letters; each test takes the riskier reading.
    private static func delimiterEscapes(
        _ delimiter: UInt8, previous: UInt8, next: UInt8, insideEmphasis: Bool
    ) -> Bool {
        // Next to the same character (text, or a delimiter we write), it would join a longer run.
        if next == delimiter || previous == delimiter { return true }
        let previous = CharacterClass(previous)
        let next = CharacterClass(next)
        let leftFlanking = next != .space && (next != .punctuation || previous != .alphanumeric)
        let rightFlanking = previous != .space && (previous != .punctuation || next != .alphanumeric)
        switch delimiter {
        case UInt8(ascii: "_"):
            // `_` between letters or digits neither opens nor closes.
            return leftFlanking && (!rightFlanking || previous != .alphanumeric)
        case UInt8(ascii: "*"):
            return leftFlanking || (rightFlanking && insideEmphasis)
        default:
            // cmark-gfm's strikethrough also breaks emphasis around a `~` that can only close (`**a ~**`).
            return leftFlanking || rightFlanking
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
        case UInt8(ascii: "_") where lineUnderscores == 2:
            return .always  // the third of `_ _ _`, a thematic break
        case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"):
            let insideEmphasis = marks.contains { $0.kind != .link && $0.written }
            return .delimiter(byte, previous: previous, insideEmphasis: insideEmphasis)
        case UInt8(ascii: "-") where !lineStart && previous == UInt8(ascii: "-"):
            // DocC's smart punctuation would turn the `--` of `--next-token` into an en dash.
            return .ifNextIsLetter
        case UInt8(ascii: "-") where lineStart, UInt8(ascii: ":") where lineStart:
            // A list item, thematic break or setext underline (`- `, `--`), or a table delimiter row (`-|`, `:-`).
            return .ifNextIsTableDelimiter
        case UInt8(ascii: "|") where lineStart:
            return .always  // a table delimiter row (`| ---`) under a line ending in a hard break
        case UInt8(ascii: "="), UInt8(ascii: "#"):
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
            return .angleCandidate(at: 0, length: 0, sawAt: false)  // `setPendingEscape` fills in the index
        case UInt8(ascii: "&"):
            return .entityCandidate(at: 0, length: 0)  // `setPendingEscape` fills in the index
        case UInt8(ascii: "["):
            if insideLink { return .always }
            return lineStart ? .ifNextIsTaskMark : .never
        case UInt8(ascii: "]"):
            return insideLink ? .always : .ifNextCompletesLink(definition: lineStartsWithBracket)
        case UInt8(ascii: "!"):
            return .beforeLinkOpener
        default:
            return .never
        }
    }

    /// Makes `rule` the pending decision for the byte just written. Only one can be pending: a `<` or `&` still
    /// waiting for the end of what follows it is then escaped, to be safe.
    mutating func setPendingEscape(_ rule: EscapeRule) {
        switch pendingEscape {
        case .angleCandidate(let index, _, _), .entityCandidate(let index, _):
            out.insert(ASCII.backslash, at: index)
        default:
            break
        }
        switch rule {
        case .angleCandidate: pendingEscape = .angleCandidate(at: out.count - 1, length: 0, sawAt: false)
        case .entityCandidate: pendingEscape = .entityCandidate(at: out.count - 1, length: 0)
        default: pendingEscape = rule
        }
    }

    /// Takes the pending escape decision now that the byte after the character is known (for an entity
    /// candidate, possibly only after more bytes).
    mutating func resolvePendingEscape(next: UInt8) {
        if case .angleCandidate(let index, let length, let sawAt) = pendingEscape {
            let escapes: Bool
            switch next {
            case ASCII.space, ASCII.newline, ASCII.lessThan:
                escapes = false
            case _ where length == 0 && (ASCII.isLetter(next) || ASCII.isOne(of: "/!?", next)):
                escapes = true
            case UInt8(ascii: ">"):
                escapes = sawAt
            default:
                guard length > 320 else {
                    pendingEscape = .angleCandidate(
                        at: index, length: length + 1, sawAt: sawAt || next == UInt8(ascii: "@"))
                    return
                }
                escapes = true
            }
            if escapes { out.insert(ASCII.backslash, at: index) }
        } else if case .entityCandidate(let index, let length) = pendingEscape {
            if next == UInt8(ascii: ";") && length > 0 {
                out.insert(ASCII.backslash, at: index)
            } else if length < 32 && (ASCII.isAlphanumeric(next) || (length == 0 && next == UInt8(ascii: "#"))) {
                pendingEscape = .entityCandidate(at: index, length: length + 1)
                return
            }
        } else if pendingEscape == .spaceIfNextIsWordCharacter {
            if ASCII.isAlphanumeric(next) || next >= 0x80 { out.append(ASCII.space) }
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
