import ShapegenSwiftCode

extension SwiftRenderer {
    /// The expression's text, laid out for `place`: on one line when it fits there, otherwise with
    /// its outermost list broken one element a line (see ``Placement``).
    func expression(_ expression: Expression, at place: Placement) -> String {
        switch expression {
        case .identifier(let name): return name
        case .literal(let literal): return SourceText.literal(literal)
        case .member(let base?, let name):
            return self.expression(base, at: place.followed(by: 1 + name.width)) + "." + name
        case .member(nil, let name): return "." + name
        case .call(let callee, let arguments, let trailingClosure):
            var text = self.expression(callee, at: place.ending)
            if !arguments.isEmpty || trailingClosure == nil {
                var argumentsPlace = place.after(text)
                if trailingClosure != nil { argumentsPlace.tail = 2 }
                text +=
                    flatList(arguments, open: "(", close: ")", at: argumentsPlace, argument)
                    ?? hugged(arguments, at: argumentsPlace)
                    ?? brokenList(arguments, open: "(", close: ")", commaAfterLast: true, at: argumentsPlace, argument)
            }
            if let trailingClosure { text += " " + closure(trailingClosure, at: place.after(text + " ")) }
            return text
        case .closure(let value): return closure(value, at: place)
        case .binary(let lhs, let op, let rhs):
            let left = self.expression(lhs, at: place.ending) + " \(op) "
            return left + self.expression(rhs, at: place.after(left))
        case .try(let value): return "try " + self.expression(value, at: place.after("try "))
        case .await(let value): return "await " + self.expression(value, at: place.after("await "))
        case .inOut(let value): return "&" + self.expression(value, at: place.after("&"))
        case .array(let elements):
            return list(
                elements, open: "[", close: "]", commaAfterLast: elements.count > 1,
                at: collection(place, elements.count), self.expression)
        case .dictionary(let keys, let values):
            guard !keys.isEmpty else { return "[:]" }
            return list(
                Array(zip(keys, values)), open: "[", close: "]", commaAfterLast: keys.count > 1,
                at: collection(place, keys.count)
            ) { entry, place in
                labelled(self.expression(entry.0, at: place.ending), entry.1, at: place)
            }
        case .bindingPattern(let name): return "let " + name
        case .optionalChain(let value): return self.expression(value, at: place.followed(by: 1)) + "?"
        case .type(let value): return type(value, at: place)
        case .keyPath(let name): return "\\." + name
        case .reference(let base, let name, let labels):
            let reference = self.expression(base, at: place.ending) + "." + name
            guard !labels.isEmpty else { return reference }
            let flat = reference + "(" + labels.map { $0 + ":" }.joined() + ")"
            if place.isFlat || place.fitsOnOneLine(flat) { return flat }
            return reference + "(\n" + labels.map { margin(place.indent + 1) + $0 + ":\n" }.joined()
                + margin(place.indent) + ")"
        }
    }

    /// Where a collection literal of `count` elements is measured: `swift format` counts the comma it
    /// would add after the last of several elements even when the literal stays on one line.
    private func collection(_ place: Placement, _ count: Int) -> Placement {
        count > 1 ? place.followed(by: 1) : place
    }

    /// The expression on one line, however long: for measuring, and for places that never break.
    func expression(_ expression: Expression, indent: Int) -> String {
        self.expression(expression, at: .flat(indent: indent))
    }

    /// `(label: [` … `])`: a lone collection argument of a call that does not fit on the line keeps
    /// its brackets beside the parentheses and breaks its own elements, which `swift format` allows
    /// for collections only; `nil` for any other argument list.
    private func hugged(_ arguments: [Argument], at place: Placement) -> String? {
        guard arguments.count == 1, let only = arguments.first else { return nil }
        switch only.value {
        case .array(let elements) where !elements.isEmpty: break
        case .dictionary(let keys, _) where !keys.isEmpty: break
        default: return nil
        }
        let head = "(" + (only.label.map { $0 + ": " } ?? "")
        let value = expression(only.value, at: place.after(head).followed(by: 1))
        return place.after(head).fits(value) ? head + value + ")" : nil
    }

    func argument(_ argument: Argument, at place: Placement) -> String {
        guard let label = argument.label else { return expression(argument.value, at: place) }
        return labelled(label, argument.value, at: place)
    }

    /// `label: value`, or the value on a line of its own one level deeper when its first line does
    /// not fit after the label, where `swift format` breaks an argument or a dictionary entry.
    private func labelled(_ label: String, _ value: Expression, at place: Placement) -> String {
        let text = expression(value, at: place.after(label + ": "))
        if place.after(label + ": ").fits(text) { return label + ": " + text }
        let valuePlace = place.element(tail: place.tail)
        return label + ":\n" + margin(valuePlace.indent) + expression(value, at: valuePlace)
    }

    /// `open`, the elements and `close`: on one line when that fits at `place`, otherwise each
    /// element on a line of its own one level deeper, followed by a comma (after the last too when
    /// `commaAfterLast`), and `close` on a line of its own.
    func list<Element>(
        _ elements: [Element], open: String, close: String, commaAfterLast: Bool, at place: Placement,
        _ render: (Element, Placement) -> String
    ) -> String {
        flatList(elements, open: open, close: close, at: place, render)
            ?? brokenList(elements, open: open, close: close, commaAfterLast: commaAfterLast, at: place, render)
    }

    /// The list on one line, or `nil` when it does not fit at `place`; measuring stops at the first
    /// element past the line's end.
    private func flatList<Element>(
        _ elements: [Element], open: String, close: String, at place: Placement,
        _ render: (Element, Placement) -> String
    ) -> String? {
        var text = open
        let room = Placement.lineLimit - place.column - place.tail - close.width
        for (index, element) in elements.enumerated() {
            let rendered = render(element, .flat(indent: place.indent))
            if !place.isFlat, rendered.isMultiline { return nil }
            if index > 0 { text += ", " }
            text += rendered
            if !place.isFlat, text.width > room { return nil }
        }
        return text + close
    }

    /// The list one element a line, one level deeper than `place`, each followed by a comma (the
    /// last only when `commaAfterLast`), and `close` on a line of its own.
    private func brokenList<Element>(
        _ elements: [Element], open: String, close: String, commaAfterLast: Bool, at place: Placement,
        _ render: (Element, Placement) -> String
    ) -> String {
        var text = open + "\n"
        for (index, element) in elements.enumerated() {
            let comma = index < elements.count - 1 || commaAfterLast
            text += margin(place.indent + 1)
            text += render(element, place.element(tail: comma ? 1 : 0))
            text += comma ? ",\n" : "\n"
        }
        return text + margin(place.indent) + close
    }

    /// A closure on one line when its body is one statement and it fits, otherwise as an indented block.
    func closure(_ closure: Closure, at place: Placement) -> String {
        let head = closure.parameters.isEmpty ? "{" : "{ " + closure.parameters.joined(separator: ", ") + " in"
        if closure.body.count == 1, let line = singleLine(closure.body[0], indent: place.indent) {
            let text = head + " " + line + " }"
            if place.fits(text) { return text }
        }
        var writer = LineWriter(depth: place.indent + 1)
        render(closure.body, into: &writer)
        return head + "\n" + writer.text + margin(place.indent) + "}"
    }

    /// A statement as one line, for the braces of a closure, an accessor or a `guard`, or after a
    /// `case` label; `nil` when it has a block of its own. The caller checks that the line fits.
    func singleLine(_ statement: Statement, indent: Int) -> String? {
        let text: String
        switch statement {
        case .expression(let value): text = expression(value, indent: indent)
        case .throw(let value): text = "throw " + expression(value, indent: indent)
        case .assignment(let target, let value):
            text = expression(target, indent: indent) + " = " + expression(value, indent: indent)
        case .return(let value?): text = "return " + expression(value, indent: indent)
        case .break: text = "break"
        default: return nil
        }
        return text.isMultiline ? nil : text
    }

    /// The spaces that start a line at `indent`.
    func margin(_ indent: Int) -> String {
        LineWriter.margin(indent)
    }
}
