/// What the converter does with an HTML (or DocBook) element found in AWS documentation.
enum HTMLTagKind: Sendable {
    /// `<p>`, `<para>`, `<div>`, `<fullname>`: a paragraph.
    case paragraph
    /// `<h1>`–`<h6>`, `<title>`: a paragraph in bold (never a `#` heading inside member docs).
    case heading
    /// `<hr>`: a paragraph break.
    case rule
    /// `<br>`: a hard line break.
    case lineBreak
    case bulletList, orderedList, listItem
    case definitionList, term, definition
    /// Tables degrade to one list item per row, cells separated by ` | `.
    case table, tableRow, tableCell
    case note, important, warning, tip, blockquote
    /// `<pre>`, `<programlisting>`: a fenced code block.
    case preformatted
    /// `<code>`, `<filename>`, …: a code span.
    case code
    case bold, italic
    /// `<a href>`.
    case link
    /// DocBook `<ulink url>`.
    case docbookLink
    /// Known markup that only contributes its text (`<span>`, `<u>`, `<link linkend>`, …).
    case transparent
    /// Anything else; see `HTMLScanner.handleUnknownStartTag`.
    case unknown

    /// The kind for a tag name, case-insensitively.
    static func lookup(_ name: HTMLTagName) -> HTMLTagKind {
        kinds[name] ?? .unknown
    }

    private static let kinds: [HTMLTagName: HTMLTagKind] = {
        let entries: [(HTMLTagKind, [String])] = [
            (
                .paragraph,
                [
                    "p", "para", "div", "section", "fullname", "caption", "article", "header", "footer",
                    "figure", "figcaption", "center", "address", "simpara", "formalpara",
                ]
            ),
            (.heading, ["h1", "h2", "h3", "h4", "h5", "h6", "title"]),
            (.rule, ["hr"]),
            (.lineBreak, ["br"]),
            (.bulletList, ["ul", "itemizedlist", "menu"]),
            (.orderedList, ["ol", "orderedlist"]),
            (.listItem, ["li", "listitem"]),
            (.definitionList, ["dl", "variablelist"]),
            (.term, ["dt"]),
            (.definition, ["dd"]),
            (.table, ["table"]),
            (.tableRow, ["tr"]),
            (.tableCell, ["td", "th"]),
            (.note, ["note"]),
            (.important, ["important"]),
            (.warning, ["warning", "caution"]),
            (.tip, ["tip"]),
            (.blockquote, ["blockquote"]),
            (.preformatted, ["pre", "programlisting", "screen"]),
            (
                .code,
                [
                    "code", "tt", "kbd", "samp", "filename", "function", "literal", "command", "userinput",
                    "computeroutput", "varname", "classname", "parameter",
                ]
            ),
            (.bold, ["b", "strong"]),
            (.italic, ["i", "em", "emphasis", "replaceable", "dfn", "var", "cite"]),
            (.link, ["a"]),
            (.docbookLink, ["ulink"]),
            (
                .transparent,
                [
                    "span", "u", "link", "xref", "zonbook", "xhtml", "html", "body", "thead", "tbody", "tfoot",
                    "colgroup", "col", "sup", "sub", "small", "big", "font", "abbr", "acronym", "q", "s",
                    "strike", "del", "ins", "mark", "label", "nobr", "wbr", "img", "main", "nav", "aside",
                ]
            ),
        ]
        var table: [HTMLTagName: HTMLTagKind] = [:]
        for (kind, names) in entries {
            for name in names { table[HTMLTagName(name)] = kind }
        }
        return table
    }()
}

/// A tag name lowercased and packed into integers, so that looking it up allocates nothing.
///
/// Only the first 16 bytes are kept (plus the length); longer names are never known tags.
struct HTMLTagName: Hashable, Sendable {
    private var head: UInt64 = 0
    private var tail: UInt64 = 0
    private var length: Int = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        length = bytes.count
        for (index, byte) in bytes.prefix(16).enumerated() {
            let lowered = UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            if index < 8 { head |= lowered << (index * 8) } else { tail |= lowered << ((index - 8) * 8) }
        }
    }

    init(_ string: String) {
        var string = string
        self = string.withUTF8 { HTMLTagName($0) }
    }
}
