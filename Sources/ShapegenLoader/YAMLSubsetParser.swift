import ShapegenModel
import ShapegenUtilities

/// Composes the part of YAML that models are written in, several times faster than Yams (5 ms of
/// CPU for `Models/batch.yaml`, where Yams needs about 30), or declines.
///
/// Models written by `shapegen import`, and most written by hand, use little of YAML: block
/// mappings and lists, flow mappings and lists, plain, quoted and literal (`|`) scalars, `? key`
/// entries, comments. This parser reads exactly that part into the tree Yams composes (the same
/// strings, styles and positions) and returns `nil` at the first thing outside it — anchors, tags,
/// folded scalars, tabs, empty values… — and at every error, so that Yams composes those files:
/// what a file means and every message about a broken one stay Yams's own.
struct YAMLSubsetParser {
    /// Deeper nesting is left to Yams, which reports its own limit.
    static let maxDepth = 100
    /// Longer keys are left to Yams: libyaml's simple keys end 1,024 characters after they start.
    static let maxKeyLength = 1_000

    /// How many bytes of entries each part of a large mapping holds, at least: below that,
    /// handing a part to another core costs more than it saves.
    static let defaultPartSize = 16 * 1024

    /// The file's root node, or `nil` when the file is empty, broken or uses more of YAML.
    static func parse(_ yaml: String, partSize: Int = defaultPartSize) -> YAMLValue? {
        try? compose(yaml, partSize: partSize).get()
    }

    /// The file's root node, or the line where the parser declined it.
    ///
    /// Mappings at the second level (a model's `shapes` and `operations`) over `partSize` bytes
    /// parse in parts of about that size on all cores; tests make the parts small.
    static func compose(_ yaml: String, partSize: Int = defaultPartSize) -> Result<YAMLValue, Declined> {
        var text = yaml
        return text.withUTF8 { bytes in
            var parser = YAMLSubsetParser(bytes: bytes, partSize: partSize)
            return Result { () throws(Declined) in try parser.parseDocument() }
        }
    }

    /// Where the parser met something outside the subset, or an error.
    struct Declined: Error {
        /// The 1-based line.
        let line: Int
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    /// Where the text this parser reads ends: the file's end, or the end of a part of a large mapping.
    private let end: Int
    /// How many bytes of entries each part of a large mapping holds, at least.
    private let partSize: Int
    private var offset = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0

    private init(bytes: UnsafeBufferPointer<UInt8>, partSize: Int) {
        self.bytes = bytes
        self.end = bytes.count
        self.partSize = partSize
    }

    /// A parser for the lines `part` of `bytes`, the first of them numbered `line`, at nesting
    /// `depth`; it does not cut its part again.
    private init(part: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, line: Int, depth: Int) {
        self.bytes = bytes
        self.end = part.upperBound
        self.partSize = .max
        self.offset = part.lowerBound
        self.lineStart = part.lowerBound
        self.line = line
        self.depth = depth
    }

    private var declined: Declined { Declined(line: line) }

    // MARK: Document and block collections

    private mutating func parseDocument() throws(Declined) -> YAMLValue {
        try checkCharacters()
        guard let indent = try skipToContent() else { throw declined }
        let root = try parseBlockNode(indent: indent)
        guard try skipToContent() == nil else { throw declined }
        return root
    }

    /// A block mapping or list whose first line starts at `offset`, indented by `indent`.
    private mutating func parseBlockNode(indent: Int) throws(Declined) -> YAMLValue {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { throw declined }
        if isSequenceEntry(at: offset) { return try parseBlockSequence(indent: indent, isIndentless: false) }
        return try parseBlockMapping(indent: indent)
    }

    /// Block collections end at the first content of the next line that is not theirs, or at the end.
    private mutating func parseBlockMapping(indent: Int) throws(Declined) -> YAMLValue {
        if depth == 2, let plan = planParts(ofMappingAt: indent) {
            return try parseInParts(plan, indent: indent)
        }
        let position = self.position
        var pairs: [YAMLPair] = []
        while true {
            pairs.append(try parseEntry(indent: indent))
            guard !isAtEnd, contentIndent >= indent else { break }
            guard contentIndent == indent, !isSequenceEntry(at: offset) else { throw declined }
        }
        try checkUniqueKeys(pairs)
        return .mapping(pairs, position)
    }

    /// A block mapping's `key: value` or `? key` entry.
    private mutating func parseEntry(indent: Int) throws(Declined) -> YAMLPair {
        if byte(at: offset) == .questionMark, isBlankOrEnd(at: offset + 1) {
            return try parseExplicitEntry(indent: indent)
        }
        let key = try parseKey()
        return YAMLPair(key: .scalar(key), value: try parseMappingValue(indent: indent))
    }

    /// A list of `- ` entries at `indent`; an indentless one (`key:` then `- a` below it, as
    /// `shapegen import` writes) ends at its mapping's next key.
    private mutating func parseBlockSequence(indent: Int, isIndentless: Bool) throws(Declined) -> YAMLValue {
        let position = self.position
        var elements: [YAMLValue] = []
        while true {
            offset += 1
            elements.append(try parseCompactNode(indent: indent))
            guard !isAtEnd, contentIndent >= indent else { break }
            if contentIndent == indent, isSequenceEntry(at: offset) { continue }
            guard isIndentless, contentIndent == indent else { throw declined }
            break
        }
        return .sequence(elements, position)
    }

    /// An entry written `? key` then `: value` on a line of its own, as `shapegen import` writes
    /// keys longer than 128 characters.
    private mutating func parseExplicitEntry(indent: Int) throws(Declined) -> YAMLPair {
        offset += 1
        guard case .scalar(let key) = try parseCompactNode(indent: indent) else { throw declined }
        guard !isAtEnd, contentIndent == indent, current == .colon, isBlankOrEnd(at: offset + 1) else { throw declined }
        offset += 1
        return YAMLPair(key: .scalar(key), value: try parseCompactNode(indent: indent))
    }

    /// The node after an indicator (`- `, `? `, `: `) at `indent`: on the same line, perhaps a
    /// mapping whose keys line up with its first, or on the lines below.
    private mutating func parseCompactNode(indent: Int) throws(Declined) -> YAMLValue {
        skipSpaces()
        if isAtLineEnd {
            try finishLine()
            guard let next = try skipToContent(), next > indent else { throw declined }
            return try parseBlockNode(indent: next)
        }
        guard !isSequenceEntry(at: offset) else { throw declined }
        guard isKeyLine() else { return try parseInlineValue(parentIndent: indent) }
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { throw declined }
        return try parseBlockMapping(indent: offset - lineStart)
    }

    /// The value after a block mapping's `key:`, on the same line or on the lines below.
    private mutating func parseMappingValue(indent: Int) throws(Declined) -> YAMLValue {
        skipSpaces()
        guard isAtLineEnd else { return try parseInlineValue(parentIndent: indent) }
        try finishLine()
        guard let next = try skipToContent() else { throw declined }
        if next > indent { return try parseBlockNode(indent: next) }
        if next == indent, isSequenceEntry(at: offset) {
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maxDepth else { throw declined }
            return try parseBlockSequence(indent: indent, isIndentless: true)
        }
        throw declined
    }

    /// A scalar or flow collection that starts on the current line, in a block collection
    /// indented by `parentIndent`; ends like a block collection.
    private mutating func parseInlineValue(parentIndent: Int) throws(Declined) -> YAMLValue {
        let value: YAMLValue
        switch current {
        case .verticalBar:
            value = .scalar(try parseLiteral(parentIndent: parentIndent))
        case .singleQuote, .doubleQuote:
            value = .scalar(try parseQuoted(parentIndent: parentIndent))
            try finishLine()
        case .openBracket, .openBrace:
            value = try parseFlowCollection(parentIndent: parentIndent)
            try finishLine()
        default:
            guard canStartPlain(at: offset, inFlow: false) else { throw declined }
            value = .scalar(try parsePlain(parentIndent: parentIndent, inFlow: false))
            try finishLine()
        }
        _ = try skipToContent()
        return value
    }

    /// A block mapping's key and its `:`.
    private mutating func parseKey() throws(Declined) -> YAMLScalar {
        let key: YAMLScalar
        if current == .singleQuote || current == .doubleQuote {
            key = try parseQuoted(parentIndent: nil)
            skipSpaces()
            guard current == .colon else { throw declined }
        } else {
            guard canStartPlain(at: offset, inFlow: false), let colon = plainKeyEnd(from: offset) else {
                throw declined
            }
            key = YAMLScalar(text(offset..<trimmingSpaces(offset..<colon)), style: .plain, at: position)
            offset = colon
        }
        guard key.string.utf8.count <= Self.maxKeyLength else { throw declined }
        offset += 1
        guard isBlankOrEnd(at: offset) else { throw declined }
        return key
    }

    /// Whether the current line, from `offset`, is a block mapping's `key: …`.
    private func isKeyLine() -> Bool {
        if current == .singleQuote || current == .doubleQuote {
            var lookahead = self
            guard (try? lookahead.parseQuoted(parentIndent: nil)) != nil else { return false }
            lookahead.skipSpaces()
            return lookahead.current == .colon && lookahead.isBlankOrEnd(at: lookahead.offset + 1)
        }
        return canStartPlain(at: offset, inFlow: false) && plainKeyEnd(from: offset) != nil
    }

    /// Where the plain key starting at `start` has its `:`, if the line is `key: …`.
    private func plainKeyEnd(from start: Int) -> Int? {
        var index = start
        while true {
            switch byte(at: index) {
            case .newline, .end: return nil
            case .colon where isBlankOrEnd(at: index + 1): return index
            case .hash where bytes[index - 1] == .space: return nil
            default: index += 1
            }
        }
    }

    /// Declines a mapping with a key that is not a scalar or is written twice (Yams reports it).
    private func checkUniqueKeys(_ pairs: [YAMLPair]) throws(Declined) {
        var keys: [String] = []
        keys.reserveCapacity(pairs.count)
        for pair in pairs {
            guard case .scalar(let key) = pair.key else { throw declined }
            keys.append(key.string)
        }
        // Most mappings are small: comparing their keys is cheaper than hashing them.
        let isUnique =
            keys.count <= 16
            ? keys.indices.allSatisfy { !keys[..<$0].contains(keys[$0]) } : Set(keys).count == keys.count
        guard isUnique else { throw declined }
    }

    // MARK: Large mappings, in parallel

    /// A large mapping cut into parts at lines where an entry starts, and where parsing resumes after it.
    private struct PartPlan {
        var parts: [(lines: Range<Int>, firstLine: Int)]
        var resumeOffset: Int
        var resumeLine: Int
        var resumeLineStart: Int
    }

    /// Parts of the block mapping whose first key is at `offset`, indented by `indent`, if it is
    /// large enough to be worth parsing on several cores.
    ///
    /// A part starts at a line whose content starts at `indent`: there the mapping's next entry
    /// starts, or the file is one that declines (deeper values, multi-line scalars included, go on
    /// only on lines indented further), and then a part declines too. Lines of content indented
    /// less end the mapping; blank and comment lines neither start nor end anything.
    private func planParts(ofMappingAt indent: Int) -> PartPlan? {
        // Only a mapping whose first key starts its line: not one after `- ` or `? `.
        guard bytes[lineStart..<offset].allSatisfy({ $0 == .space }) else { return nil }
        var parts: [(lines: Range<Int>, firstLine: Int)] = []
        var partStart = lineStart
        var partLine = line
        var lineOffset = lineStart
        var lineNumber = line
        var content = end
        while lineOffset < end {
            while lineOffset < end, bytes[lineOffset] != .newline { lineOffset += 1 }
            guard lineOffset < end else { break }
            lineOffset += 1
            lineNumber += 1
            content = lineOffset
            while byte(at: content) == .space { content += 1 }
            let first = byte(at: content)
            if first == .newline || first == .hash { continue }
            if first == .end || content - lineOffset < indent { break }
            if content - lineOffset == indent, first != .dash, first != .colon, lineOffset - partStart >= partSize {
                parts.append((partStart..<lineOffset, partLine))
                partStart = lineOffset
                partLine = lineNumber
            }
        }
        guard !parts.isEmpty else { return nil }
        parts.append((partStart..<lineOffset, partLine))
        return PartPlan(
            parts: parts, resumeOffset: lineOffset < end ? content : end, resumeLine: lineNumber,
            resumeLineStart: lineOffset)
    }

    /// Parses the parts of a large mapping on all cores, then goes on after the mapping.
    private mutating func parseInParts(_ plan: PartPlan, indent: Int) throws(Declined) -> YAMLValue {
        let position = self.position
        let (bytes, depth) = (self.bytes, self.depth)
        let results = plan.parts.concurrentMap { part in
            var parser = YAMLSubsetParser(part: part.lines, of: bytes, line: part.firstLine, depth: depth)
            return Result { () throws(Declined) in try parser.parsePart(indent: indent) }
        }
        var pairs: [YAMLPair] = []
        for result in results {
            pairs += try result.get()
        }
        try checkUniqueKeys(pairs)
        offset = plan.resumeOffset
        line = plan.resumeLine
        lineStart = plan.resumeLineStart
        return .mapping(pairs, position)
    }

    /// The entries of one part of a large mapping: every line of it must belong to them.
    private mutating func parsePart(indent: Int) throws(Declined) -> [YAMLPair] {
        guard try skipToContent() == indent else { throw declined }
        var pairs: [YAMLPair] = []
        while true {
            pairs.append(try parseEntry(indent: indent))
            guard !isAtEnd else { return pairs }
            guard contentIndent == indent, !isSequenceEntry(at: offset) else { throw declined }
        }
    }

    // MARK: Scalars

    /// A plain scalar, its continuation lines indented deeper than `parentIndent`. Ends at the
    /// end of its last line.
    private mutating func parsePlain(parentIndent: Int, inFlow: Bool) throws(Declined) -> YAMLScalar {
        let position = self.position
        let firstLine = try plainLine(inFlow: inFlow)
        var folded: [UInt8] = []
        var isFolded = false
        while current == .newline {
            let scalarEnd = (offset: offset, line: line, lineStart: lineStart)
            let (blankLines, indent) = skipLineBreaks()
            // The end, a comment, a line indented no deeper than the parent (in block context) or a
            // flow indicator ends the scalar.
            if isAtEnd || current == .hash || (inFlow ? isFlowPlainEnd(current) : indent <= parentIndent) {
                (offset, line, lineStart) = scalarEnd
                break
            }
            guard indent > parentIndent else { throw declined }
            if !isFolded {
                folded.append(contentsOf: bytes[firstLine])
                isFolded = true
            }
            appendLineFold(blankLines: blankLines, to: &folded)
            folded.append(contentsOf: bytes[try plainLine(inFlow: inFlow)])
            guard current != .hash else { throw declined }
        }
        return YAMLScalar(
            isFolded ? String(decoding: folded, as: UTF8.self) : text(firstLine), style: .plain, at: position)
    }

    /// The rest of a plain scalar's line, without trailing spaces. It stops before a comment
    /// (block context) or a flow indicator (in a flow collection); a `: ` in block context is
    /// left to Yams.
    private mutating func plainLine(inFlow: Bool) throws(Declined) -> Range<Int> {
        let start = offset
        scan: while true {
            switch current {
            case .newline, .end:
                break scan
            case .comma, .openBracket, .closeBracket, .openBrace, .closeBrace:
                if inFlow { break scan }
            case .colon:
                if isBlankOrEnd(at: offset + 1) {
                    guard inFlow else { throw declined }
                    break scan
                }
                guard !inFlow else { throw declined }
            case .hash where bytes[offset - 1] == .space:
                guard !inFlow else { throw declined }
                break scan
            default:
                break
            }
            offset += 1
        }
        return start..<trimmingSpaces(start..<offset)
    }

    /// A single- or double-quoted scalar; `parentIndent` `nil` keeps it on one line. Ends after
    /// the closing quote.
    private mutating func parseQuoted(parentIndent: Int?) throws(Declined) -> YAMLScalar {
        let position = self.position
        let quote = current
        offset += 1
        let start = offset
        // Most quoted scalars have neither escapes nor line breaks: their text is the bytes between the quotes.
        while current != quote, current != .backslash, current != .newline, current != .end { offset += 1 }
        if current == quote, quote == .doubleQuote || byte(at: offset + 1) != .singleQuote {
            offset += 1
            return YAMLScalar(
                text(start..<offset - 1), style: quote == .doubleQuote ? .doubleQuoted : .singleQuoted, at: position)
        }
        // Spaces go into the text only when more text follows on their line.
        let textEnd = trimmingSpaces(start..<offset)
        var string = Array(bytes[start..<textEnd])
        var pendingSpaces = offset - textEnd
        while true {
            let character = current
            switch character {
            case .end:
                throw declined
            case quote where quote == .singleQuote && byte(at: offset + 1) == .singleQuote:
                string.append(contentsOf: repeatElement(.space, count: pendingSpaces))
                pendingSpaces = 0
                string.append(.singleQuote)
                offset += 2
            case quote:
                string.append(contentsOf: repeatElement(.space, count: pendingSpaces))
                offset += 1
                return YAMLScalar(
                    String(decoding: string, as: UTF8.self),
                    style: quote == .doubleQuote ? .doubleQuoted : .singleQuoted,
                    at: position)
            case .space:
                pendingSpaces += 1
                offset += 1
            case .newline:
                guard let parentIndent else { throw declined }
                pendingSpaces = 0
                appendLineFold(blankLines: try foldQuotedLines(parentIndent: parentIndent), to: &string)
            case .backslash where quote == .doubleQuote:
                string.append(contentsOf: repeatElement(.space, count: pendingSpaces))
                pendingSpaces = 0
                if byte(at: offset + 1) == .newline {
                    offset += 1
                    guard let parentIndent else { throw declined }
                    string.append(
                        contentsOf: repeatElement(.newline, count: try foldQuotedLines(parentIndent: parentIndent)))
                } else {
                    try appendEscape(to: &string)
                }
            default:
                string.append(contentsOf: repeatElement(.space, count: pendingSpaces))
                pendingSpaces = 0
                string.append(character)
                offset += 1
            }
        }
    }

    /// Appends what a line break between two lines of a scalar becomes: a space, or a line break
    /// per blank line between them.
    private func appendLineFold(blankLines: Int, to string: inout [UInt8]) {
        if blankLines == 0 {
            string.append(.space)
        } else {
            string.append(contentsOf: repeatElement(.newline, count: blankLines))
        }
    }

    /// Moves from a line break inside a quoted scalar to the next line's text; the number of
    /// blank lines between.
    private mutating func foldQuotedLines(parentIndent: Int) throws(Declined) -> Int {
        let (blankLines, indent) = skipLineBreaks()
        guard !isAtEnd, indent > parentIndent else { throw declined }
        return blankLines
    }

    /// Reads the escape sequence at `offset` (a backslash) into `string`.
    private mutating func appendEscape(to string: inout [UInt8]) throws(Declined) {
        let code = byte(at: offset + 1)
        offset += 2
        let scalar: UInt32
        switch code {
        case UInt8(ascii: "0"): scalar = 0
        case UInt8(ascii: "a"): scalar = 7
        case UInt8(ascii: "b"): scalar = 8
        case UInt8(ascii: "t"): scalar = 9
        case UInt8(ascii: "n"): scalar = 10
        case UInt8(ascii: "v"): scalar = 11
        case UInt8(ascii: "f"): scalar = 12
        case UInt8(ascii: "r"): scalar = 13
        case UInt8(ascii: "e"): scalar = 27
        case .space, .doubleQuote, .slash, .backslash: scalar = UInt32(code)
        case UInt8(ascii: "N"): scalar = 0x85
        case UInt8(ascii: "_"): scalar = 0xA0
        case UInt8(ascii: "L"): scalar = 0x2028
        case UInt8(ascii: "P"): scalar = 0x2029
        case UInt8(ascii: "x"): scalar = try hexadecimal(digits: 2)
        case UInt8(ascii: "u"): scalar = try hexadecimal(digits: 4)
        case UInt8(ascii: "U"): scalar = try hexadecimal(digits: 8)
        default: throw declined
        }
        guard let unicode = Unicode.Scalar(scalar) else { throw declined }
        UTF8.encode(unicode) { string.append($0) }
    }

    private mutating func hexadecimal(digits: Int) throws(Declined) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard let digit = hexDigitValue(current) else { throw declined }
            value = value << 4 | UInt32(digit)
            offset += 1
        }
        return value
    }

    /// A literal block scalar (`|`, `|-` or `|+`) whose content is indented deeper than
    /// `parentIndent`. Ends at the start of the first line that is not its own.
    private mutating func parseLiteral(parentIndent: Int) throws(Declined) -> YAMLScalar {
        let position = self.position
        offset += 1
        let chomping = current
        if chomping == .dash || chomping == .plus { offset += 1 }
        guard isBlankOrEnd(at: offset) else { throw declined }
        try finishLine()
        // The first line sets the indentation; blank lines before it are left to Yams.
        let indent = skipSpaces()
        guard indent > parentIndent, current != .newline, !isAtEnd else { throw declined }
        var string: [UInt8] = []
        var blankLines = 0
        var endsWithBreak = false
        while true {
            let contentStart = offset
            skipToLineEnd()
            if endsWithBreak {
                string.append(contentsOf: repeatElement(.newline, count: 1 + blankLines))
            }
            string.append(contentsOf: bytes[contentStart..<offset])
            blankLines = 0
            endsWithBreak = current == .newline
            guard endsWithBreak else { break }
            breakLine()
            // The next content line, counting blank lines (a line with more spaces than the
            // indentation is content: its extra spaces).
            var spaces = 0
            while true {
                while spaces < indent, current == .space {
                    offset += 1
                    spaces += 1
                }
                guard current == .newline else { break }
                blankLines += 1
                breakLine()
                spaces = 0
            }
            guard spaces == indent, !isAtEnd else {
                offset = lineStart
                break
            }
        }
        if chomping != .dash, endsWithBreak { string.append(.newline) }
        if chomping == .plus { string.append(contentsOf: repeatElement(.newline, count: blankLines)) }
        return YAMLScalar(String(decoding: string, as: UTF8.self), style: .literal, at: position)
    }

    // MARK: Flow collections

    /// A flow list or mapping, its continuation lines indented deeper than `parentIndent`; ends
    /// after its closing bracket.
    private mutating func parseFlowCollection(parentIndent: Int) throws(Declined) -> YAMLValue {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { throw declined }
        let position = self.position
        let isMapping = current == .openBrace
        let close: UInt8 = isMapping ? .closeBrace : .closeBracket
        offset += 1
        try skipFlowSpace(parentIndent: parentIndent)
        var elements: [YAMLValue] = []
        var pairs: [YAMLPair] = []
        if current == close {
            offset += 1
        } else {
            while true {
                if isMapping {
                    // A key is a scalar on one line (libyaml's simple key).
                    guard current != .openBracket, current != .openBrace else { throw declined }
                    let keyLine = line
                    let key = try parseFlowNode(parentIndent: parentIndent)
                    guard line == keyLine else { throw declined }
                    skipSpaces()
                    guard current == .colon, byte(at: offset + 1) == .space || byte(at: offset + 1) == .newline else {
                        throw declined
                    }
                    offset += 1
                    try skipFlowSpace(parentIndent: parentIndent)
                    pairs.append(YAMLPair(key: key, value: try parseFlowNode(parentIndent: parentIndent)))
                } else {
                    elements.append(try parseFlowNode(parentIndent: parentIndent))
                }
                try skipFlowSpace(parentIndent: parentIndent)
                if current == close {
                    offset += 1
                    break
                }
                guard current == .comma else { throw declined }
                offset += 1
                try skipFlowSpace(parentIndent: parentIndent)
            }
        }
        guard isMapping else { return .sequence(elements, position) }
        try checkUniqueKeys(pairs)
        return .mapping(pairs, position)
    }

    /// A scalar or collection inside a flow collection.
    private mutating func parseFlowNode(parentIndent: Int) throws(Declined) -> YAMLValue {
        switch current {
        case .openBracket, .openBrace:
            return try parseFlowCollection(parentIndent: parentIndent)
        case .singleQuote, .doubleQuote:
            return .scalar(try parseQuoted(parentIndent: parentIndent))
        default:
            guard canStartPlain(at: offset, inFlow: true) else { throw declined }
            return .scalar(try parsePlain(parentIndent: parentIndent, inFlow: true))
        }
    }

    /// Whether a flow plain scalar's next line starts with something else than more of it.
    private func isFlowPlainEnd(_ byte: UInt8) -> Bool {
        switch byte {
        case .comma, .openBracket, .closeBracket, .openBrace, .closeBrace, .colon, .hash: true
        default: false
        }
    }

    /// Skips spaces and line breaks between the parts of a flow collection; a line it moves to
    /// must be indented deeper than `parentIndent`.
    private mutating func skipFlowSpace(parentIndent: Int) throws(Declined) {
        skipSpaces()
        guard current == .newline else { return }
        let indent = skipLineBreaks().indent
        guard !isAtEnd, indent > parentIndent, current != .hash else { throw declined }
    }

    // MARK: Lines and characters

    /// Declines files with characters that YAML treats specially or rejects: tabs, other breaks
    /// than `\n`, control characters, byte order marks and U+FFFE/U+FFFF.
    private func checkCharacters() throws(Declined) {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard byte >= 0x20 && byte != 0x7F || byte == .newline else { throw declined }
            } else if byte == 0xC2 {
                guard index + 1 < count, bytes[index + 1] >= 0xA0 else { throw declined }
            } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] & 0xFE == 0xA8 {
                throw declined
            } else if byte == 0xEF, index + 2 < count,
                bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF
                    || bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE
            {
                throw declined
            }
            index += 1
        }
    }

    /// Moves from a line start to the first content of the next line that is neither blank nor a
    /// comment; its indentation, or `nil` at the end of the file.
    private mutating func skipToContent() throws(Declined) -> Int? {
        while !isAtEnd {
            let indent = skipSpaces()
            switch current {
            case .newline:
                breakLine()
            case .hash:
                skipToLineEnd()
                if current == .newline { breakLine() }
            case .end:
                return nil
            default:
                if indent == 0, isDocumentMarker() { throw declined }
                return indent
            }
        }
        return nil
    }

    /// Ends a line after its value: spaces, perhaps a comment, the break.
    private mutating func finishLine() throws(Declined) {
        skipSpaces()
        if current == .hash {
            guard bytes[offset - 1] == .space else { throw declined }
            skipToLineEnd()
        }
        if current == .newline {
            breakLine()
        } else if !isAtEnd {
            throw declined
        }
    }

    /// `---` or `...` at a line start: a document marker.
    private func isDocumentMarker() -> Bool {
        let first = byte(at: offset)
        guard first == .dash || first == .period else { return false }
        return byte(at: offset + 1) == first && byte(at: offset + 2) == first && isBlankOrEnd(at: offset + 3)
    }

    /// Whether a `- ` list entry starts at `index`.
    private func isSequenceEntry(at index: Int) -> Bool {
        byte(at: index) == .dash && isBlankOrEnd(at: index + 1)
    }

    /// Whether a plain scalar may start at `index`: not at an indicator, except `-` (and outside
    /// flow collections `?` and `:`) before text.
    private func canStartPlain(at index: Int, inFlow: Bool) -> Bool {
        switch byte(at: index) {
        case .dash: !isBlankOrEnd(at: index + 1)
        case .questionMark, .colon: !inFlow && !isBlankOrEnd(at: index + 1)
        case .space, .newline, .end, .comma, .openBracket, .closeBracket, .openBrace, .closeBrace,
            .hash, .ampersand, .asterisk, .exclamationMark, .verticalBar, .greaterThan, .singleQuote, .doubleQuote,
            .percent, .at, .backtick:
            false
        default: true
        }
    }

    private var current: UInt8 { byte(at: offset) }

    /// The byte at `index`, or ``UInt8/end`` past the end (the file has no NUL bytes).
    private func byte(at index: Int) -> UInt8 {
        index < end ? bytes[index] : .end
    }

    private var isAtEnd: Bool { offset >= end }

    /// Whether the line ends at `offset`, but for a comment.
    private var isAtLineEnd: Bool { current == .newline || current == .end || current == .hash }

    private func isBlankOrEnd(at index: Int) -> Bool {
        let byte = byte(at: index)
        return byte == .space || byte == .newline || byte == .end
    }

    /// The indentation of the line whose first content is at `offset`.
    private var contentIndent: Int { offset - lineStart }

    /// Skips spaces; how many there were.
    @discardableResult
    private mutating func skipSpaces() -> Int {
        let start = offset
        while current == .space { offset += 1 }
        return offset - start
    }

    private mutating func skipToLineEnd() {
        while current != .newline, current != .end { offset += 1 }
    }

    /// Moves from the line break at `offset` past blank lines to the next line's first content
    /// (or the end): how many blank lines there were, and that line's indentation.
    private mutating func skipLineBreaks() -> (blankLines: Int, indent: Int) {
        var blankLines = -1
        var indent = 0
        repeat {
            breakLine()
            blankLines += 1
            indent = skipSpaces()
        } while current == .newline
        return (blankLines, indent)
    }

    /// Moves past the line break at `offset`.
    private mutating func breakLine() {
        offset += 1
        line += 1
        lineStart = offset
    }

    /// Where `offset` is, its column counted in characters as libyaml does.
    private var position: YAMLPosition {
        var column = 1
        for index in lineStart..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return YAMLPosition(line: line, column: column)
    }

    private func trimmingSpaces(_ range: Range<Int>) -> Int {
        var end = range.upperBound
        while end > range.lowerBound, bytes[end - 1] == .space { end -= 1 }
        return end
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private func hexDigitValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

extension UInt8 {
    /// Past the end of the text (a NUL byte would be declined first).
    fileprivate static let end: UInt8 = 0
    fileprivate static let newline = UInt8(ascii: "\n")
    fileprivate static let space = UInt8(ascii: " ")
    fileprivate static let dash = UInt8(ascii: "-")
    fileprivate static let plus = UInt8(ascii: "+")
    fileprivate static let period = UInt8(ascii: ".")
    fileprivate static let colon = UInt8(ascii: ":")
    fileprivate static let comma = UInt8(ascii: ",")
    fileprivate static let hash = UInt8(ascii: "#")
    fileprivate static let slash = UInt8(ascii: "/")
    fileprivate static let backslash = UInt8(ascii: "\\")
    fileprivate static let singleQuote = UInt8(ascii: "'")
    fileprivate static let doubleQuote = UInt8(ascii: "\"")
    fileprivate static let openBracket = UInt8(ascii: "[")
    fileprivate static let closeBracket = UInt8(ascii: "]")
    fileprivate static let openBrace = UInt8(ascii: "{")
    fileprivate static let closeBrace = UInt8(ascii: "}")
    fileprivate static let verticalBar = UInt8(ascii: "|")
    fileprivate static let greaterThan = UInt8(ascii: ">")
    fileprivate static let questionMark = UInt8(ascii: "?")
    fileprivate static let exclamationMark = UInt8(ascii: "!")
    fileprivate static let ampersand = UInt8(ascii: "&")
    fileprivate static let asterisk = UInt8(ascii: "*")
    fileprivate static let percent = UInt8(ascii: "%")
    fileprivate static let at = UInt8(ascii: "@")
    fileprivate static let backtick = UInt8(ascii: "`")
}
