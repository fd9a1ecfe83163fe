/// Where a piece of code is written, so that it can decide whether it fits on one line.
///
/// A piece that does not fit breaks its outermost list (arguments, elements, parameters, generic
/// arguments, labels) into one element a line, one level deeper, with trailing commas, and lays out
/// each element again at its new place. Adding an element to a broken list then adds a line and
/// changes none. Every break is one `swift format` keeps, so the output passes its lint as written.
struct Placement {
    /// The longest a generated line may be, string literals and doc comments aside.
    static let lineLimit = 120

    /// `\n` in UTF-8.
    static let newline = UInt8(ascii: "\n")

    /// The indentation level of the line the piece starts on; its broken lists are indented from it.
    var indent: Int
    /// The column of the piece's first character.
    var column: Int
    /// How many characters follow the piece on its last line, such as `,` or ` {`.
    var tail: Int
    /// Whether the piece is being measured: it is laid out on one line, whatever its length.
    var isFlat: Bool

    /// A piece that starts a line at `indent`, with `tail` characters after it on its last line.
    init(indent: Int, tail: Int = 0) {
        self.indent = indent
        self.column = indent * LineWriter.indentWidth
        self.tail = tail
        self.isFlat = false
    }

    /// Anywhere on a line of unlimited length.
    static func flat(indent: Int) -> Placement {
        var placement = Placement(indent: indent)
        placement.isFlat = true
        return placement
    }

    /// The place of what follows `text`, written here, on its last line.
    func after(_ text: String) -> Placement {
        var placement = self
        if let newline = text.utf8.lastIndex(of: Self.newline) {
            placement.column = text.utf8.distance(from: text.utf8.index(after: newline), to: text.utf8.endIndex)
        } else {
            placement.column += text.width
        }
        return placement
    }

    /// This place with `count` more characters after the piece.
    func followed(by count: Int) -> Placement {
        var placement = self
        placement.tail += count
        return placement
    }

    /// This place with nothing after the piece.
    var ending: Placement {
        var placement = self
        placement.tail = 0
        return placement
    }

    /// The place of an element of a broken list: its own line, one level deeper, `tail` after it.
    func element(tail: Int) -> Placement {
        Placement(indent: indent + 1, tail: tail)
    }

    /// Whether `text`, written here, keeps within ``lineLimit``: a single line with its tail, or
    /// the first line of several.
    func fits(_ text: String) -> Bool {
        guard !isFlat else { return true }
        guard let newline = text.utf8.firstIndex(of: Self.newline) else {
            return column + text.width + tail <= Self.lineLimit
        }
        return column + text.utf8.distance(from: text.utf8.startIndex, to: newline) <= Self.lineLimit
    }

    /// Whether `text` is one line that keeps within ``lineLimit`` here.
    func fitsOnOneLine(_ text: String) -> Bool {
        !text.isMultiline && fits(text)
    }
}

extension String {
    /// The columns the text takes, counted in UTF-8 bytes: exact for the ASCII that code is, and
    /// never less than the characters of a string literal's other text, so that a line measured
    /// to fit does fit. Unlike `count`, it takes no walk over the text.
    var width: Int { utf8.count }

    /// Whether the text spans several lines.
    var isMultiline: Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(Placement.newline) } ?? utf8.contains(Placement.newline)
    }
}
