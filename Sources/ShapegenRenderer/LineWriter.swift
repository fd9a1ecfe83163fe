/// Accumulates indented lines of text.
struct LineWriter {
    static let indentWidth = 4

    private(set) var text = ""
    /// The current indentation depth, in levels.
    private(set) var depth: Int

    init(depth: Int = 0) {
        self.depth = depth
    }

    /// Appends a line at the current depth; a line may itself contain newlines (a rendered closure).
    mutating func line(_ content: String) {
        // Appended piece by piece: building the line first would allocate it and its parts.
        text += Self.margin(depth)
        text += content
        text += "\n"
    }

    /// The indentation of the usual depths.
    private static let indentations = (0..<16).map { String(repeating: " ", count: $0 * indentWidth) }

    /// The spaces that start a line at `depth`.
    static func margin(_ depth: Int) -> String {
        depth < indentations.count ? indentations[depth] : String(repeating: " ", count: depth * indentWidth)
    }

    /// Appends an empty line.
    mutating func blank() {
        text += "\n"
    }

    /// Runs `body` one level deeper.
    mutating func indented(_ body: (inout LineWriter) -> Void) {
        depth += 1
        body(&self)
        depth -= 1
    }

    /// `opening` (which ends in `{`), the indented content, `}`.
    mutating func block<Content>(_ opening: String, _ content: Content, _ render: (Content, inout LineWriter) -> Void) {
        line(opening)
        indented { render(content, &$0) }
        line("}")
    }
}
