/// Builds Markdown from a stream of HTML events (text, start tags, end tags), in one pass.
///
/// Everything that separates or decorates content is *lazy*: a paragraph break, a collapsed space, a list marker,
/// an opening `**` or `[` is only recorded as pending and written just before the next visible content. That is
/// what keeps the output free of trailing spaces, empty emphasis, empty list items and leading or trailing blank
/// lines, whatever the HTML looks like.
///
/// The block structure is a stack of `Container`s (lists, list items, quotes). Each output line starts with the
/// prefix they imply: `> ` for a quote, the marker (`- `, `1. `) on an item's first line and as many spaces on the
/// following ones.
struct MarkdownWriter {
    /// Separation requested before the next content, from weakest to strongest.
    enum BlockBreak: Int, Comparable {
        case none
        /// `<br>`: a backslash hard break inside the paragraph.
        case hard
        /// A new line, e.g. the next list item.
        case line
        /// A blank line.
        case paragraph

        static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    enum ListFlavor { case bullet, ordered, definition, table }
    enum ItemKind { case plain, term, row }
    enum QuoteLabel { case none, note, important, warning, tip }
    enum Separator { case none, cell, comma }

    struct Container {
        enum Role {
            case list(ListFlavor)
            /// `list` is the index of the enclosing list in the stack, or -1 for a stray item.
            case item(ItemKind, list: Int)
            case quote(QuoteLabel)
        }
        var role: Role
        /// Whether a line carrying this container's prefix has been written (an item's marker, a quote's label).
        var started = false
        /// An item's marker width, for the indentation of its following lines.
        var width = 2
        /// A list's next item number.
        var nextNumber = 1
        /// A definition-list term that already got its `: definition`.
        var hasDefinition = false
        /// A list with text directly inside it (not in an item), which its next item must not continue.
        var hasStrayText = false
    }

    enum Mode {
        case normal
        /// Inside `<code>`: text is collected into `codeBuffer` and written as one code span.
        case code
        /// Inside `<pre>`: text is collected verbatim into `preBuffer` and written as a fenced block.
        case preformatted
    }

    /// Deeper nesting is flattened so that pathological input cannot produce quadratic output.
    static let maximumContainerDepth = 24
    static let maximumMarkDepth = 32

    var out: [UInt8] = []

    // Block state.
    var containers: [Container] = []
    /// Container start tags beyond `maximumContainerDepth`, whose end tags are then ignored.
    var ignoredContainers = 0
    var pendingBreak = BlockBreak.none
    /// Set right after a container opens (or after a term's `:`): a `<p>` there must not add a blank line.
    var suppressBreaks = false
    /// Whether anything has been written (the first line needs no break before it).
    var lineOpen = false
    /// Whether the current line holds only its prefix so far (Markdown block syntax is recognized here).
    var atLineStart = true
    /// How many digits the current line holds after its prefix, or -1 once anything else was written
    /// (`1.` at the start of a line would begin an ordered list).
    var lineDigits = 0
    /// How many `_` the current line holds after its prefix, or -1 once anything but `_` and spaces was written
    /// (three make a thematic break).
    var lineUnderscores = 0
    /// Whether the current line's content starts with `[` (it could be a link reference definition).
    var lineStartsWithBracket = false

    // Inline state.
    var pendingSpace = false
    /// The pending space only comes from whitespace at the end of a code span (`<code>x </code>.`), and is dropped
    /// before closing punctuation.
    var pendingSpaceIsWeak = false
    /// Written instead of the pending space: ` | ` between table cells, `, ` between terms.
    var pendingSeparator = Separator.none
    var marks: [Mark] = []
    var ignoredMarks = 0
    /// How many active marks still wait for their opening delimiter.
    var pendingOpeners = 0
    /// An escape decision for the last written character that depends on the character after it.
    var pendingEscape = EscapeRule.never
    /// The last code span written, merged with a code span that directly follows it.
    var lastCodeSpan: CodeSpanLocation?
    /// Marks closed since the last output, whose closing delimiters are still to be written.
    var pendingClosers: [Mark] = []
    /// Where the closing delimiters written last end in the output.
    var closersEnd = -1
    /// Where the last closing code fence ends in the output (nothing may follow it on its line).
    var fenceEnd = -1

    // Code and preformatted text.
    var mode = Mode.normal
    var codeDepth = 0
    var codeBuffer: [UInt8] = []
    var codeLeadingSpace = false
    var preDepth = 0
    var preBuffer: [UInt8] = []

    init(capacity: Int) {
        out.reserveCapacity(capacity)
    }

    /// The Markdown written so far, with everything still open closed.
    mutating func finish() -> String {
        switch mode {
        case .code: flushCode()
        case .preformatted: finishPreformatted()
        case .normal: break
        }
        mode = .normal
        closeWrittenMarks()
        resolvePendingEscape(next: ASCII.newline)
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Low-level output

    @inline(__always)
    mutating func emit(_ byte: UInt8) {
        if pendingEscape != .never { resolvePendingEscape(next: byte) }
        out.append(byte)
    }

    mutating func emit(_ bytes: UnsafeBufferPointer<UInt8>) {
        if pendingEscape != .never {
            for byte in bytes {
                resolvePendingEscape(next: byte)
                if pendingEscape == .never { break }
            }
        }
        out.append(contentsOf: bytes)
    }

    mutating func emit(_ text: StaticString) {
        emit(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func emitRepeated(_ byte: UInt8, count: Int) {
        for _ in 0..<count { emit(byte) }
    }

    // MARK: Lines and prefixes

    /// Writes the pending break and the new line's prefix, if a line must start before the next output.
    mutating func startLineIfNeeded() {
        writePendingClosers()
        if !lineOpen {
            writeLinePrefix()
        } else if pendingBreak != .none {
            switch pendingBreak {
            case .none: break
            case .hard:
                emit(ASCII.backslash)
                emit(ASCII.newline)
            case .line:
                closeWrittenMarks()
                emit(ASCII.newline)
            case .paragraph:
                closeWrittenMarks()
                emit(ASCII.newline)
                writeBlankLinePrefix()
                emit(ASCII.newline)
            }
            writeLinePrefix()
        }
        pendingBreak = .none
    }

    /// The prefix of a line with content: `> ` per quote, and per item its marker on its first line, spaces after.
    /// A quote's label (`Note:`) goes on the quote's first line.
    mutating func writeLinePrefix() {
        if case .list? = containers.last?.role { containers[containers.count - 1].hasStrayText = true }
        var label = QuoteLabel.none
        for index in containers.indices {
            switch containers[index].role {
            case .list:
                continue
            case .item(_, let list):
                if containers[index].started {
                    emitRepeated(ASCII.space, count: containers[index].width)
                } else {
                    containers[index].started = true
                    writeMarker(item: index, list: list)
                }
            case .quote(let quoteLabel):
                emit("> ")
                if !containers[index].started {
                    containers[index].started = true
                    label = quoteLabel
                }
            }
        }
        lineOpen = true
        lineStartsWithBracket = false
        pendingSpace = false
        pendingSeparator = .none
        switch label {
        case .none:
            atLineStart = true
            lineDigits = 0
            lineUnderscores = 0
            return
        case .note: emit("Note:")
        case .important: emit("Important:")
        case .warning: emit("Warning:")
        case .tip: emit("Tip:")
        }
        atLineStart = false
        lineDigits = -1
        lineUnderscores = -1
        pendingSpace = true
    }

    private mutating func writeMarker(item: Int, list: Int) {
        guard list >= 0, case .list(.ordered) = containers[list].role else {
            emit("- ")
            return
        }
        let number = containers[list].nextNumber
        containers[list].nextNumber += 1
        var digits = 0
        var divisor = 1
        while divisor <= number / 10 { divisor *= 10 }
        while divisor > 0 {
            emit(ASCII.zero + UInt8(number / divisor % 10))
            divisor /= 10
            digits += 1
        }
        emit(". ")
        containers[item].width = digits + 2
    }

    /// The prefix of a blank line: only what keeps started quotes going (`>`), without trailing spaces.
    mutating func writeBlankLinePrefix() {
        for container in containers where container.started {
            switch container.role {
            case .list: continue
            case .item: emitRepeated(ASCII.space, count: container.width)
            case .quote: emit("> ")
            }
        }
        while out.last == ASCII.space { out.removeLast() }
    }

    // MARK: Content

    /// Writes whatever is pending (break, prefix, space or separator, delimiters) before content.
    @inline(__always)
    mutating func prepareForContent(contentStartsWithPunctuation: @autoclosure () -> Bool) {
        if pendingBreak != .none || !lineOpen { startLineIfNeeded() }
        if !pendingClosers.isEmpty {
            if !pendingSpace && pendingSeparator == .none && pendingOpeners > 0 { cancelClosersOfReopenedMarks() }
            writePendingClosers()
        }
        if pendingSpace || pendingSeparator != .none {
            if !atLineStart {
                switch pendingSeparator {
                case .none: emit(ASCII.space)
                case .cell: emit(" | ")
                case .comma: emit(", ")
                }
                lineDigits = -1
            }
            pendingSpace = false
            pendingSeparator = .none
        }
        suppressBreaks = false
        pendingSpaceIsWeak = false
        if pendingOpeners > 0 { writeOpeners(contentStartsWithPunctuation: contentStartsWithPunctuation()) }
    }

    /// Drops a weak pending space before closing punctuation.
    @inline(__always)
    mutating func dropWeakSpace(before byte: UInt8) {
        guard pendingSpaceIsWeak else { return }
        pendingSpaceIsWeak = false
        if pendingSpace && ASCII.isOne(of: ".,;:!?)", byte) { pendingSpace = false }
    }

    /// Text bytes that need no escaping (letters, digits, most punctuation, non-ASCII).
    mutating func writePlain(_ bytes: UnsafeBufferPointer<UInt8>) {
        switch mode {
        case .normal: break
        case .code:
            codeBuffer.append(contentsOf: bytes)
            return
        case .preformatted:
            preBuffer.append(contentsOf: bytes)
            return
        }
        guard let first = bytes.first else { return }
        dropWeakSpace(before: first)
        prepareForContent(contentStartsWithPunctuation: Self.startsWithPunctuation(bytes))
        if lineDigits >= 0 {
            for byte in bytes {
                guard ASCII.isDigit(byte) else {
                    lineDigits = -1
                    break
                }
                lineDigits += 1
            }
        }
        emit(bytes)
        atLineStart = false
        lineUnderscores = -1
    }

    mutating func writePlain(byte: UInt8) {
        withUnsafePointer(to: byte) { writePlain(UnsafeBufferPointer(start: $0, count: 1)) }
    }

    mutating func writeScalar(_ scalar: Unicode.Scalar) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4) { buffer in
            var count = 0
            for byte in UTF8.encode(scalar)! {
                buffer[count] = byte
                count += 1
            }
            writePlain(UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// ASCII whitespace (or a non-breaking space) in text: collapsed, except in preformatted text.
    mutating func writeWhitespace(_ byte: UInt8) {
        switch mode {
        case .normal:
            pendingSpace = true
            pendingSpaceIsWeak = false
        case .code:
            if codeBuffer.isEmpty {
                codeLeadingSpace = true
            } else if codeBuffer.last != ASCII.space {
                codeBuffer.append(ASCII.space)
            }
        case .preformatted:
            preBuffer.append(byte)
        }
    }

    /// An ASCII character that Markdown might read as syntax; see `EscapeRule`.
    mutating func writeSpecial(_ byte: UInt8) {
        switch mode {
        case .normal: break
        case .code:
            codeBuffer.append(byte)
            return
        case .preformatted:
            preBuffer.append(byte)
            return
        }
        dropWeakSpace(before: byte)
        prepareForContent(contentStartsWithPunctuation: ASCII.isPunctuation(byte))
        let rule = escapeRule(for: byte)
        if atLineStart { lineStartsWithBracket = byte == UInt8(ascii: "[") }
        if rule == .always { emit(ASCII.backslash) }
        emit(byte)
        switch rule {
        case .always, .never: break
        default: setPendingEscape(rule)
        }
        atLineStart = false
        lineDigits = -1
        lineUnderscores = byte == UInt8(ascii: "_") && lineUnderscores >= 0 ? lineUnderscores + 1 : -1
    }

    // MARK: Blocks

    /// Asks for at least `requested` before the next content (ignored at the very start of a container).
    mutating func requestBreak(_ requested: BlockBreak) {
        guard lineOpen, !suppressBreaks else { return }
        pendingBreak = max(pendingBreak, requested)
    }

    /// `<br>`: a hard break; two in a row make a paragraph break.
    mutating func lineBreak() {
        guard lineOpen, !suppressBreaks else { return }
        pendingBreak = pendingBreak == .hard ? .paragraph : max(pendingBreak, .hard)
    }

    /// `<p>` and `</p>`: a paragraph break, or just a space between table cells.
    mutating func paragraphBoundary() {
        if case .item(.row, _)? = containers.last?.role {
            pendingSpace = true
        } else {
            requestBreak(.paragraph)
        }
    }

    /// Pushes a container; `separation` is the break before its first line. With `tight`, that break replaces
    /// the pending one (a nested list right after its item's text), otherwise it only strengthens it.
    mutating func openContainer(_ role: Container.Role, separation: BlockBreak, tight: Bool = false) {
        guard containers.count < Self.maximumContainerDepth else {
            ignoredContainers += 1
            return
        }
        flushPendingQuoteLabel()
        if lineOpen {
            pendingBreak = tight && !suppressBreaks ? separation : max(pendingBreak, separation)
        }
        containers.append(Container(role: role))
        suppressBreaks = true
    }

    /// Pops containers until `count` remain, asking for the breaks that must follow them.
    mutating func closeContainers(downTo count: Int) {
        while containers.count > count {
            let container = containers.removeLast()
            guard lineOpen else { continue }
            switch container.role {
            case .item:
                // The next item follows on the next line, however its own content ended.
                if container.started { pendingBreak = .line }
            case .list, .quote:
                // Text after a list or quote would otherwise continue its last paragraph.
                pendingBreak = max(pendingBreak, .paragraph)
            }
        }
        suppressBreaks = false
    }

    /// Whether an end tag is one of those ignored with the start tags beyond the depth limit.
    mutating func consumeIgnoredContainerEnd() -> Bool {
        guard ignoredContainers > 0 else { return false }
        ignoredContainers -= 1
        return true
    }

    func innermostList(where matches: (ListFlavor) -> Bool) -> Int? {
        containers.lastIndex {
            if case .list(let flavor) = $0.role { return matches(flavor) }
            return false
        }
    }

    /// The innermost item, if no list was opened inside it.
    func innermostItem() -> Int? {
        for index in containers.indices.reversed() {
            switch containers[index].role {
            case .item: return index
            case .list: return nil
            case .quote: continue
            }
        }
        return nil
    }

    mutating func openList(_ flavor: ListFlavor) {
        let insideItem: Bool
        if case .item? = containers.last?.role { insideItem = true } else { insideItem = false }
        openContainer(.list(flavor), separation: insideItem ? .line : .paragraph, tight: insideItem)
    }

    mutating func closeList(where matches: (ListFlavor) -> Bool) {
        if consumeIgnoredContainerEnd() { return }
        if let index = innermostList(where: matches) { closeContainers(downTo: index) }
    }

    /// Opens an item of the innermost list matching `matches`, closing the previous item (`<li>` needs no `</li>`).
    mutating func openItem(_ kind: ItemKind, inListWhere matches: (ListFlavor) -> Bool) {
        let list = innermostList(where: matches)
        var separation = BlockBreak.line
        if let list {
            closeContainers(downTo: list + 1)
            // `text` then `2. item` on the next line would continue the text.
            if containers[list].hasStrayText { separation = .paragraph }
            containers[list].hasStrayText = false
        }
        openContainer(.item(kind, list: list ?? -1), separation: separation)
    }

    mutating func closeItem() {
        if consumeIgnoredContainerEnd() { return }
        if let index = innermostItem() { closeContainers(downTo: index) }
    }

    /// `<dt>`: an item starting with the term in bold; a second term for the same definition follows after `, `.
    mutating func openTerm() {
        if let index = innermostItem(), index == containers.count - 1, case .item(.term, _) = containers[index].role,
            containers[index].started, !containers[index].hasDefinition
        {
            pendingSeparator = .comma
        } else {
            openItem(.term) { $0 == .definition }
        }
        openMark(.bold, isTerm: true)
    }

    /// `<dd>`: continues its term's item after `: `, or starts an item of its own.
    mutating func openDefinition() {
        closeMark { $0.isTerm }
        if let index = containers.indices.last, case .item(.term, _) = containers[index].role,
            !containers[index].hasDefinition
        {
            containers[index].hasDefinition = true
            guard containers[index].started, fenceEnd != out.count else { return }
            pendingBreak = .none
            pendingSpace = false
            pendingSeparator = .none
            writePendingClosers()
            emit(UInt8(ascii: ":"))
            lineDigits = -1
            pendingSpace = true
            suppressBreaks = true
        } else {
            openItem(.plain) { $0 == .definition }
        }
    }

    /// `<td>`/`<th>`: cells after the first are separated by ` | `.
    mutating func openTableCell() {
        if case .item(.row, _)? = containers.last?.role, containers[containers.count - 1].started {
            pendingSeparator = .cell
        } else {
            pendingSpace = true
        }
    }

    mutating func openQuote(_ label: QuoteLabel) {
        openContainer(.quote(label), separation: .paragraph)
    }

    mutating func closeQuote() {
        if consumeIgnoredContainerEnd() { return }
        let index = containers.lastIndex {
            if case .quote = $0.role { return true }
            return false
        }
        if let index { closeContainers(downTo: index) }
    }

    /// Writes a labelled quote's first line (`> Note:`) on its own, before a block that cannot share it.
    mutating func flushPendingQuoteLabel() {
        guard let last = containers.last, case .quote(let label) = last.role, label != .none, !last.started else {
            return
        }
        if lineOpen && pendingBreak == .none { pendingBreak = .line }
        startLineIfNeeded()
        pendingSpace = false
        pendingBreak = .paragraph
    }
}

/// ASCII bytes used by the converter.
enum ASCII {
    static let newline = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let backslash = UInt8(ascii: "\\")
    static let backtick = UInt8(ascii: "`")
    static let zero = UInt8(ascii: "0")
    static let lessThan = UInt8(ascii: "<")

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    @inline(__always)
    static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }

    /// Whether `byte` is one of the bytes of `set` (a faster `set.utf8.contains(byte)`).
    @inline(__always)
    static func isOne(of set: StaticString, _ byte: UInt8) -> Bool {
        for index in 0..<set.utf8CodeUnitCount where set.utf8Start[index] == byte { return true }
        return false
    }

    /// Whether `byte` is ASCII punctuation (what a Markdown backslash can escape).
    static func isPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }
}
