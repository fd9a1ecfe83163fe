/// Converts the HTML fragments of AWS model documentation into Markdown for DocC comments.
///
/// - Paragraphs are separated by blank lines; lists become `- ` / `1. ` lists (nested ones indented), definition
///   lists `- **term**: definition`, tables one `- cell | cell` item per row.
/// - `<code>` becomes a code span, `<pre>` a fenced block, `<b>` `**`, `<i>` `*`, `<a href>` a link (for http(s) and
///   relative targets; other links keep only their text), `<br>` a hard break, `<note>` and `<important>`
///   `> Note:` / `> Important:` asides, headings a bold line. Other known tags contribute their text.
/// - Unknown tags that are never closed, like the placeholders in `arn:aws:s3:<region>:<account-id>`, are kept as
///   literal text, since that is what the authors meant; unknown tags that are closed are dropped.
/// - Whitespace collapses as in a browser (except in `<pre>`), and text that Markdown would read as syntax is
///   escaped, but only where it would be.
///
/// Never fails: broken or unbalanced HTML keeps all its text. The conversion is a single pass over the UTF-8 bytes.
public enum HTMLToMarkdown {
    /// The Markdown for `html`.
    public static func convert(_ html: String) -> String {
        var html = html
        return html.withUTF8 { bytes in
            var scanner = HTMLScanner(input: bytes)
            scanner.run()
            return scanner.writer.finish()
        }
    }
}

/// Splits HTML into text, tags, comments and character references, and feeds them to a `MarkdownWriter`.
///
/// A `<` that does not start well-formed markup is text. Tag scanning stops at the next `<` (even inside quotes),
/// so that every byte is looked at a bounded number of times whatever the input.
struct HTMLScanner {
    let input: UnsafeBufferPointer<UInt8>
    var writer: MarkdownWriter
    /// Names of all end tags in the input, computed on the first unknown start tag.
    private var endTagNames: Set<HTMLTagName>?
    /// Where a search for `-->` or `]]>` already failed: later ones would fail too.
    private var noCommentEndFrom = Int.max
    private var noCDATAEndFrom = Int.max

    init(input: UnsafeBufferPointer<UInt8>) {
        self.input = input
        writer = MarkdownWriter(capacity: input.count + input.count / 8 + 16)
    }

    mutating func run() {
        var index = 0
        let count = input.count
        while index < count {
            if input[index] == ASCII.lessThan {
                if let next = scanMarkup(at: index) {
                    index = next
                } else {
                    writer.writeSpecial(ASCII.lessThan)
                    index += 1
                }
                continue
            }
            var end = index + 1
            while end < count && input[end] != ASCII.lessThan { end += 1 }
            writeText(index..<end)
            index = end
        }
    }

    // MARK: Text

    /// How `writeText` treats each byte.
    private enum ByteClass: UInt8 {
        case plain, whitespace, special, ampersand, control, maybeSpace
    }

    private static let byteClasses: [ByteClass] = (0...255).map { value in
        let byte = UInt8(value)
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0C: return .whitespace
        case 0..<0x20, 0x7F: return .control
        case UInt8(ascii: "&"): return .ampersand
        case 0xC2, 0xE2: return .maybeSpace
        default:
            return "\\`*_~-+=#>@.)<[]!|:".utf8.contains(byte) ? .special : .plain
        }
    }

    /// Text between markup: plain runs go to the writer in one piece; whitespace, character references and the
    /// characters Markdown might read as syntax one by one.
    private mutating func writeText(_ range: Range<Int>) {
        var index = range.lowerBound
        let end = range.upperBound
        Self.byteClasses.withUnsafeBufferPointer { classes in
            while index < end {
                let byte = input[index]
                switch classes[Int(byte)] {
                case .plain:
                    var runEnd = index + 1
                    while runEnd < end && classes[Int(input[runEnd])] == .plain { runEnd += 1 }
                    writer.writePlain(UnsafeBufferPointer(rebasing: input[index..<runEnd]))
                    index = runEnd
                case .whitespace:
                    writer.writeWhitespace(byte)
                    index += 1
                case .special:
                    writer.writeSpecial(byte)
                    index += 1
                case .ampersand:
                    if let (value, next) = HTMLEntity.decode(input, at: index, end: end) {
                        writeDecoded(value, classes: classes)
                        index = next
                    } else {
                        writer.writeSpecial(byte)
                        index += 1
                    }
                case .control:
                    index += 1
                case .maybeSpace:
                    // U+00A0 (C2 A0), U+2028 and U+2029 (E2 80 A8/A9) collapse like spaces.
                    if byte == 0xC2, index + 1 < end, input[index + 1] == 0xA0 {
                        writer.writeWhitespace(ASCII.space)
                        index += 2
                    } else if byte == 0xE2, index + 2 < end, input[index + 1] == 0x80,
                        input[index + 2] == 0xA8 || input[index + 2] == 0xA9
                    {
                        writer.writeWhitespace(ASCII.space)
                        index += 3
                    } else {
                        var runEnd = index + 1
                        while runEnd < end && classes[Int(input[runEnd])] == .plain { runEnd += 1 }
                        writer.writePlain(UnsafeBufferPointer(rebasing: input[index..<runEnd]))
                        index = runEnd
                    }
                }
            }
        }
    }

    /// A decoded character reference, treated like the same character written literally.
    private mutating func writeDecoded(_ value: UInt32, classes: UnsafeBufferPointer<ByteClass>) {
        if value < 0x80 {
            let byte = UInt8(value)
            switch classes[Int(byte)] {
            case .plain, .maybeSpace: writer.writePlain(byte: byte)
            case .whitespace: writer.writeWhitespace(byte)
            case .special, .ampersand: writer.writeSpecial(byte)
            case .control: break
            }
        } else if value == 0xA0 || value == 0x2028 || value == 0x2029 {
            writer.writeWhitespace(ASCII.space)
        } else if value >= 0xA0, let scalar = Unicode.Scalar(value) {
            writer.writeScalar(scalar)
        }
    }

    // MARK: Markup

    /// Handles the markup starting at `start` (a `<`) and returns the index after it, or `nil` if it is text.
    private mutating func scanMarkup(at start: Int) -> Int? {
        let count = input.count
        guard start + 1 < count else { return nil }
        switch input[start + 1] {
        case UInt8(ascii: "!"):
            return scanDeclaration(at: start)
        case UInt8(ascii: "?"):
            return skipToTagEnd(from: start + 2)
        case UInt8(ascii: "/"):
            guard start + 2 < count, ASCII.isLetter(input[start + 2]) else { return nil }
            let nameEnd = scanName(from: start + 2)
            guard let next = skipToTagEnd(from: nameEnd) else { return nil }
            let kind = HTMLTagKind.lookup(HTMLTagName(UnsafeBufferPointer(rebasing: input[(start + 2)..<nameEnd])))
            writer.endTag(kind)
            return next
        case let byte where ASCII.isLetter(byte):
            let nameEnd = scanName(from: start + 1)
            let name = HTMLTagName(UnsafeBufferPointer(rebasing: input[(start + 1)..<nameEnd]))
            let kind = HTMLTagKind.lookup(name)
            let wanted: StaticString? = kind == .link ? "href" : kind == .docbookLink ? "url" : nil
            guard let tag = scanAttributes(from: nameEnd, wanted: wanted) else { return nil }
            if kind == .unknown {
                handleUnknownStartTag(name, range: start..<tag.end, selfClosing: tag.selfClosing)
                return tag.end
            }
            writer.startTag(kind, destination: tag.value.flatMap(linkDestination))
            if tag.selfClosing && kind != .lineBreak { writer.endTag(kind) }
            return tag.end
        default:
            return nil
        }
    }

    /// An unknown tag is dropped if the document closes it somewhere (`<copy>name</copy>`); otherwise it is most
    /// likely a placeholder written without escaping (`<region>`, `<Accessibility … />`) and kept as text.
    private mutating func handleUnknownStartTag(_ name: HTMLTagName, range: Range<Int>, selfClosing: Bool) {
        if endTagNames == nil { endTagNames = collectEndTagNames() }
        if selfClosing || !endTagNames!.contains(name) {
            writeText(range)
        }
    }

    private func collectEndTagNames() -> Set<HTMLTagName> {
        var names: Set<HTMLTagName> = []
        var index = 0
        while index + 2 < input.count {
            if input[index] == ASCII.lessThan && input[index + 1] == UInt8(ascii: "/")
                && ASCII.isLetter(input[index + 2])
            {
                let end = scanName(from: index + 2)
                names.insert(HTMLTagName(UnsafeBufferPointer(rebasing: input[(index + 2)..<end])))
                index = end
            } else {
                index += 1
            }
        }
        return names
    }

    private func scanName(from start: Int) -> Int {
        var index = start
        while index < input.count {
            let byte = input[index]
            guard
                ASCII.isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
                    || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
            else { break }
            index += 1
        }
        return index
    }

    /// The index after the next `>`, or `nil` if a `<` or the end comes first.
    private func skipToTagEnd(from start: Int) -> Int? {
        var index = start
        while index < input.count {
            switch input[index] {
            case UInt8(ascii: ">"): return index + 1
            case ASCII.lessThan: return nil
            default: index += 1
            }
        }
        return nil
    }

    /// Reads a start tag's attributes up to its `>`, returning the value of the attribute named `wanted`.
    private func scanAttributes(from start: Int, wanted: StaticString?)
        -> (end: Int, selfClosing: Bool, value: Range<Int>?)?
    {
        var index = start
        var value: Range<Int>?
        let count = input.count
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        while index < count {
            let byte = input[index]
            if byte == UInt8(ascii: ">") {
                return (index + 1, input[index - 1] == UInt8(ascii: "/"), value)
            }
            if byte == ASCII.lessThan { return nil }
            if isSpace(byte) || byte == UInt8(ascii: "/") {
                index += 1
                continue
            }
            let nameStart = index
            while index < count {
                let byte = input[index]
                if isSpace(byte) || byte == UInt8(ascii: "=") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
                {
                    break
                }
                if byte == ASCII.lessThan { return nil }
                index += 1
            }
            let name = nameStart..<index
            while index < count && isSpace(input[index]) { index += 1 }
            guard index < count, input[index] == UInt8(ascii: "=") else { continue }
            index += 1
            while index < count && isSpace(input[index]) { index += 1 }
            guard index < count else { return nil }
            let valueStart: Int
            let valueEnd: Int
            let quote = input[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                valueStart = index + 1
                index = valueStart
                while index < count && input[index] != quote {
                    if input[index] == ASCII.lessThan { return nil }
                    index += 1
                }
                guard index < count else { return nil }
                valueEnd = index
                index += 1
            } else {
                valueStart = index
                while index < count && !isSpace(input[index]) && input[index] != UInt8(ascii: ">") {
                    if input[index] == ASCII.lessThan { return nil }
                    index += 1
                }
                valueEnd = index
            }
            if let wanted, value == nil, matches(name, wanted) { value = valueStart..<valueEnd }
        }
        return nil
    }

    /// Whether the input at `range` is `name`, ignoring ASCII case (`name` is lowercase).
    private func matches(_ range: Range<Int>, _ name: StaticString) -> Bool {
        guard range.count == name.utf8CodeUnitCount else { return false }
        for offset in 0..<range.count {
            let byte = input[range.lowerBound + offset]
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if lowered != name.utf8Start[offset] { return false }
        }
        return true
    }

    /// `<!-- comment -->` is skipped, `<!DOCTYPE …>` too. `<![CDATA[text]]>` is text, with its character references
    /// decoded all the same: AWS writes `<![CDATA[&amp;]]>` to mean `&`.
    private mutating func scanDeclaration(at start: Int) -> Int? {
        if hasPrefix("<!--", at: start) {
            guard start < noCommentEndFrom else { return nil }
            guard let end = find("-->", from: start + 2) else {
                noCommentEndFrom = start
                return nil
            }
            return end + 3
        }
        if hasPrefix("<![CDATA[", at: start) {
            guard start < noCDATAEndFrom else { return nil }
            guard let end = find("]]>", from: start + 9) else {
                noCDATAEndFrom = start
                return nil
            }
            writeText((start + 9)..<end)
            return end + 3
        }
        return skipToTagEnd(from: start + 2)
    }

    private func hasPrefix(_ prefix: StaticString, at start: Int) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard start + length <= input.count else { return false }
        for offset in 0..<length where input[start + offset] != prefix.utf8Start[offset] { return false }
        return true
    }

    private func find(_ needle: StaticString, from start: Int) -> Int? {
        var index = start
        while index + needle.utf8CodeUnitCount <= input.count {
            if hasPrefix(needle, at: index) { return index }
            index += 1
        }
        return nil
    }

    // MARK: Links

    /// The Markdown destination for an `href`: entities decoded, trimmed, and only for http(s) or relative targets
    /// (others, like `mailto:`, keep only the link text). Characters that would end or break the destination are
    /// percent-encoded.
    private func linkDestination(_ range: Range<Int>) -> [UInt8]? {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            if input[index] == UInt8(ascii: "&"),
                let (value, next) = HTMLEntity.decode(input, at: index, end: range.upperBound)
            {
                decoded.append(contentsOf: Unicode.Scalar(value).map { Array(String($0).utf8) } ?? [])
                index = next
            } else {
                decoded.append(input[index])
                index += 1
            }
        }
        while let first = decoded.first, first <= ASCII.space { decoded.removeFirst() }
        while let last = decoded.last, last <= ASCII.space { decoded.removeLast() }
        guard !decoded.isEmpty else { return nil }
        // A scheme is what comes before a `:` that precedes any `/`, `?` or `#`; none means a relative target.
        if let colon = decoded.firstIndex(where: { ASCII.isOne(of: ":/?#", $0) }), decoded[colon] == UInt8(ascii: ":") {
            let scheme = String(decoding: decoded[..<colon], as: UTF8.self).lowercased()
            guard scheme == "http" || scheme == "https" else { return nil }
        }
        var destination: [UInt8] = []
        destination.reserveCapacity(decoded.count)
        let hexDigits: StaticString = "0123456789ABCDEF"
        for byte in decoded {
            if byte <= ASCII.space || byte == 0x7F || ASCII.isOne(of: "()<>\\", byte) {
                destination.append(UInt8(ascii: "%"))
                destination.append(hexDigits.utf8Start[Int(byte >> 4)])
                destination.append(hexDigits.utf8Start[Int(byte & 0xF)])
            } else {
                destination.append(byte)
            }
        }
        return destination
    }
}
