/// What each HTML start and end tag does to the Markdown being written.
extension MarkdownWriter {
    /// `destination` is the checked link target of `<a href>` or `<ulink url>`, if any.
    mutating func startTag(_ kind: HTMLTagKind, destination: [UInt8]?) {
        switch mode {
        case .preformatted:
            // Markup inside <pre> is dropped (its text is kept); only line breaks and nesting matter.
            if kind == .preformatted { preDepth += 1 }
            if kind == .lineBreak { preBuffer.append(ASCII.newline) }
            return
        case .code:
            switch kind {
            case .code:
                codeDepth += 1
                return
            case .lineBreak:
                writeWhitespace(ASCII.space)
                return
            case .link, .docbookLink:
                // Code spans cannot hold links, so `<code><a href>X</a></code>` becomes [`X`](…).
                if destination != nil { flushCode() }
                openMark(.link, destination: destination)
                return
            case .bold, .italic, .transparent, .unknown:
                return
            default:
                // A block inside <code> ends the code span.
                flushCode()
                mode = .normal
            }
        case .normal:
            break
        }

        switch kind {
        case .paragraph: paragraphBoundary()
        case .heading:
            paragraphBoundary()
            openMark(.bold)
        case .rule: requestBreak(.paragraph)
        case .lineBreak: lineBreak()
        case .bulletList: openList(.bullet)
        case .orderedList: openList(.ordered)
        case .definitionList: openList(.definition)
        case .table: openList(.table)
        case .listItem: openItem(.plain) { _ in true }
        case .term: openTerm()
        case .definition: openDefinition()
        case .tableRow: openItem(.row) { $0 == .table }
        case .tableCell: openTableCell()
        case .note: openQuote(.note)
        case .important: openQuote(.important)
        case .warning: openQuote(.warning)
        case .tip: openQuote(.tip)
        case .blockquote: openQuote(.none)
        case .preformatted:
            mode = .preformatted
            preDepth = 1
            preBuffer.removeAll(keepingCapacity: true)
        case .code:
            mode = .code
            codeDepth = 1
        case .bold: openMark(.bold)
        case .italic: openMark(.italic)
        case .link, .docbookLink: openMark(.link, destination: destination)
        case .transparent, .unknown: break
        }
    }

    mutating func endTag(_ kind: HTMLTagKind) {
        switch mode {
        case .preformatted:
            if kind == .preformatted {
                preDepth -= 1
                if preDepth == 0 { finishPreformatted() }
            }
            return
        case .code:
            switch kind {
            case .code:
                codeDepth -= 1
                if codeDepth == 0 {
                    flushCode()
                    mode = .normal
                }
                return
            case .link, .docbookLink:
                if marks.last(where: { $0.kind == .link })?.active == true { flushCode() }
                closeMark(.link)
                return
            case .bold, .italic, .transparent, .unknown, .lineBreak:
                return
            default:
                flushCode()
                mode = .normal
            }
        case .normal:
            break
        }

        switch kind {
        case .paragraph: paragraphBoundary()
        case .heading:
            closeMark(.bold)
            paragraphBoundary()
        case .rule, .lineBreak, .preformatted, .code, .transparent, .unknown: break
        case .bulletList, .orderedList: closeList { $0 == .bullet || $0 == .ordered }
        case .definitionList: closeList { $0 == .definition }
        case .table: closeList { $0 == .table }
        case .listItem, .definition, .tableRow: closeItem()
        case .term: closeMark { $0.isTerm }
        case .tableCell: pendingSpace = true
        case .note, .important, .warning, .tip, .blockquote: closeQuote()
        case .bold: closeMark(.bold)
        case .italic: closeMark(.italic)
        case .link, .docbookLink: closeMark(.link)
        }
    }
}
