import ShapegenSwiftCode

/// Renders the structured Swift representation as source text.
///
/// Rendering is a pure function of its input: the same file description always gives the same
/// bytes. Text from a model can reach the output only through ``SourceText/docComment(_:indent:)``
/// and ``SourceText/stringLiteral(_:)``, which keep it inside a comment or a string literal.
public struct SwiftRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The file's full text, ending in a newline.
    public func render(_ file: SwiftFile) -> String {
        var writer = LineWriter()
        for line in file.header {
            writer.line(SourceText.lineComment(line))
        }
        if !file.header.isEmpty, !file.imports.isEmpty || !file.declarations.isEmpty { writer.blank() }
        for module in file.imports {
            writer.line("import \(module)")
        }
        if !file.imports.isEmpty, !file.declarations.isEmpty { writer.blank() }
        render(file.declarations, into: &writer, separatedByBlankLines: true)
        return writer.text
    }

    /// The text of one declaration, for tests and snippets.
    public func render(_ declaration: Declaration) -> String {
        var writer = LineWriter()
        render(declaration, into: &writer)
        return writer.text
    }

    private func render(_ declarations: [Declaration], into writer: inout LineWriter, separatedByBlankLines: Bool) {
        for (index, declaration) in declarations.enumerated() {
            if index > 0, separatedByBlankLines || needsBlankLine(between: declarations[index - 1], and: declaration) {
                writer.blank()
            }
            render(declaration, into: &writer)
        }
    }

    /// Keeps runs of short, undocumented cases and stored properties together; separates everything else.
    private func needsBlankLine(between previous: Declaration, and next: Declaration) -> Bool {
        guard next.documentation == nil, next.attributes.isEmpty else { return true }
        switch (previous.kind, next.kind) {
        case (.enumCase, .enumCase): return false
        case (.property(let a), .property(let b)): return a.getter != nil || b.getter != nil
        default: return true
        }
    }

    private func render(_ declaration: Declaration, into writer: inout LineWriter) {
        if let documentation = declaration.documentation {
            for line in SourceText.docComment(documentation) {
                writer.line(line)
            }
        }
        for attribute in declaration.attributes {
            switch attribute {
            case .deprecated(let message?):
                // An attribute's argument list takes no trailing comma.
                let arguments = [
                    Argument(.id("*")), Argument(.id("deprecated")), Argument("message", .string(message)),
                ]
                let place = Placement(indent: writer.depth).after("@available")
                writer.line(
                    "@available" + list(arguments, open: "(", close: ")", commaAfterLast: false, at: place, argument))
            case .deprecated(nil):
                writer.line("@available(*, deprecated)")
            case .propertyWrapper(let name):
                writer.line("@" + name)
            }
        }
        switch declaration.kind {
        case .type(let type): render(type, into: &writer)
        case .property(let property): render(property, into: &writer)
        case .function(let function): render(function, into: &writer)
        case .enumCase(let enumCase):
            let value = enumCase.associatedValue.map { "(\(type($0)))" } ?? ""
            let head = (enumCase.isIndirect ? "indirect " : "") + "case \(enumCase.name)\(value)"
            writer.line(
                enumCase.rawValue.map { assigned(.literal($0), to: head, at: Placement(indent: writer.depth)) } ?? head)
        case .typealias(let access, let name, let aliased):
            writer.line("\(prefix(access))typealias \(name) = \(type(aliased))")
        }
    }

    private func render(_ declaration: TypeDeclaration, into writer: inout LineWriter) {
        let place = Placement(indent: writer.depth)
        var head = "\(prefix(declaration.access))\(declaration.kind.rawValue) \(declaration.name)"
        let braces = declaration.members.isEmpty ? "{}" : "{"
        let conformances =
            declaration.conformances.isEmpty ? "" : ": " + declaration.conformances.joined(separator: ", ")
        if place.fitsOnOneLine(head + conformances + " " + braces) {
            head += conformances + " " + braces
        } else {
            // One conformance a line, one level deeper, and the brace on a line of its own, as `swift format` has it.
            let inner = margin(writer.depth + 1)
            head +=
                ":\n" + declaration.conformances.map { inner + $0 }.joined(separator: ",\n") + "\n"
                + margin(writer.depth) + braces
        }
        guard !declaration.members.isEmpty else {
            writer.line(head)
            return
        }
        writer.line(head)
        writer.indented { writer in
            render(declaration.members, into: &writer, separatedByBlankLines: false)
        }
        writer.line("}")
    }

    private func render(_ property: PropertyDeclaration, into writer: inout LineWriter) {
        let place = Placement(indent: writer.depth)
        var head = prefix(property.access) + (property.isStatic ? "static " : "")
        head += (property.isConstant ? "let " : "var ") + property.name
        if let declared = property.type {
            let flat = head + ": " + type(declared, indent: writer.depth)
            let follower = property.initializer != nil ? " =" : property.getter != nil ? " {" : ""
            if place.fitsOnOneLine(flat + follower) {
                head = flat
            } else {
                // The type goes on a line of its own, one level deeper, where `swift format` breaks it.
                let typePlace = place.element(tail: follower.width)
                head += ":\n" + margin(typePlace.indent) + type(declared, at: typePlace)
            }
        }
        if let initializer = property.initializer {
            head = assigned(initializer, to: head, at: head.isMultiline ? place.element(tail: 0) : place)
        }
        guard let getter = property.getter else {
            writer.line(head)
            return
        }
        guard let setter = property.setter else {
            writer.block(head + " {", getter) { body, writer in self.render(body, into: &writer) }
            return
        }
        writer.line(head + " {")
        writer.indented { writer in
            accessor("get", getter, into: &writer)
            accessor("set", setter, into: &writer)
        }
        writer.line("}")
    }

    /// `head = value`, the value laid out after `=`, or on a line of its own one level deeper when
    /// its first line does not fit there, where `swift format` breaks an assignment.
    private func assigned(_ value: Expression, to head: String, at place: Placement) -> String {
        let text = expression(value, at: place.after(head + " = "))
        if place.after(head + " = ").fits(text) { return head + " = " + text }
        let valuePlace = place.element(tail: place.tail)
        return head + " =\n" + margin(valuePlace.indent) + expression(value, at: valuePlace)
    }

    /// `get { value }` on one line when the body is one short statement, otherwise as a block.
    private func accessor(_ keyword: String, _ body: [Statement], into writer: inout LineWriter) {
        if body.count == 1, let line = singleLine(body[0], indent: writer.depth),
            Placement(indent: writer.depth).fitsOnOneLine("\(keyword) { \(line) }")
        {
            writer.line("\(keyword) { \(line) }")
        } else {
            writer.block(keyword + " {", body) { body, writer in self.render(body, into: &writer) }
        }
    }

    private func render(_ function: FunctionDeclaration, into writer: inout LineWriter) {
        let place = Placement(indent: writer.depth)
        var head = prefix(function.access) + function.modifiers.map { $0.rawValue + " " }.joined()
        switch function.kind {
        case .function(let name) where name.first.map(Self.isOperatorStart) ?? false: head += "func \(name) "
        case .function(let name): head += "func \(name)"
        case .initializer: head += "init"
        }
        var effects = ""
        if function.isAsync { effects += " async" }
        if function.isThrowing { effects += " throws" }
        let arrow = function.returnType == nil ? "" : " -> "
        let opening = function.body.map { $0.isEmpty ? " {}" : " {" } ?? ""
        let flatResult = function.returnType.map { type($0, indent: writer.depth) } ?? ""
        var parametersPlace = place.after(head)
        parametersPlace.tail = effects.width + arrow.width + flatResult.width + opening.width
        let parameters = list(
            function.parameters, open: "(", close: ")", commaAfterLast: true, at: parametersPlace, parameter)
        head += parameters + effects
        var braceOnOwnLine = false
        if let returnType = function.returnType {
            let resultPlace = place.after(head + arrow).followed(by: opening.width)
            let result = type(returnType, at: resultPlace)
            if resultPlace.fits(result) {
                head += arrow + result
            } else if parameters.isMultiline {
                // After a broken parameter list the result stays on the `)` line and the brace moves down.
                head += arrow + result
                braceOnOwnLine = true
            } else {
                head += "\n" + margin(writer.depth + 1) + "-> " + type(returnType, indent: writer.depth + 1)
                braceOnOwnLine = true
            }
        }
        guard let body = function.body else {
            writer.line(head)
            return
        }
        let brace = (braceOnOwnLine ? "\n" + margin(writer.depth) : " ") + (body.isEmpty ? "{}" : "{")
        guard !body.isEmpty else {
            writer.line(head + brace)
            return
        }
        writer.block(head + brace, body) { body, writer in self.render(body, into: &writer) }
    }

    /// Whether a function named so is an operator, which `swift format` separates from its parameters.
    private static func isOperatorStart(_ character: Character) -> Bool {
        !(character.isLetter || character == "_" || character == "`")
    }

    /// `label name: Type = default`; the type and default go on a line of their own, one level
    /// deeper, when they do not fit after the name.
    private func parameter(_ parameter: Parameter, at place: Placement) -> String {
        let name = parameter.label.map { $0 == parameter.name ? $0 : "\($0) \(parameter.name)" } ?? parameter.name
        var type = (parameter.isInOut ? "inout " : "") + self.type(parameter.type, indent: place.indent)
        if let value = parameter.defaultValue { type += " = " + expression(value, indent: place.indent) }
        if place.isFlat || place.fitsOnOneLine(name + ": " + type) { return name + ": " + type }
        return name + ":\n" + margin(place.indent + 1) + type
    }

    private func prefix(_ access: AccessLevel?) -> String {
        access.map { $0.rawValue + " " } ?? ""
    }

    // MARK: Statements

    func render(_ statements: [Statement], into writer: inout LineWriter) {
        for statement in statements {
            render(statement, into: &writer)
        }
    }

    private func render(_ statement: Statement, into writer: inout LineWriter) {
        let place = Placement(indent: writer.depth)
        switch statement {
        case .expression(let value):
            writer.line(expression(value, at: place))
        case .binding(let isConstant, let name, let declared, let value):
            var text = (isConstant ? "let " : "var ") + name
            if let declared { text += ": " + type(declared, indent: writer.depth) }
            writer.line(value.map { assigned($0, to: text, at: place) } ?? text)
        case .assignment(let target, let value):
            writer.line(assigned(value, to: expression(target, indent: writer.depth), at: place))
        case .return(let value):
            writer.line(value.map { "return " + expression($0, at: place.after("return ")) } ?? "return")
        case .throw(let error):
            writer.line("throw " + expression(error, at: place.after("throw ")))
        case .break:
            writer.line("break")
        case .if(let conditions, let then, let otherwise):
            writer.line(conditional("if", conditions, opening: " {", at: place))
            writer.indented { render(then, into: &$0) }
            if let otherwise {
                writer.line("} else {")
                writer.indented { render(otherwise, into: &$0) }
            }
            writer.line("}")
        case .guard(let conditions, let otherwise):
            let head = conditional("guard", conditions, opening: " else {", at: place)
            if !head.isMultiline, otherwise.count == 1, let line = singleLine(otherwise[0], indent: writer.depth),
                place.fitsOnOneLine(head + " " + line + " }")
            {
                writer.line(head + " " + line + " }")
            } else {
                writer.line(head)
                writer.indented { render(otherwise, into: &$0) }
                writer.line("}")
            }
        case .switch(let subject, let cases):
            writer.line("switch \(expression(subject, indent: writer.depth)) {")
            for switchCase in cases {
                let label =
                    switchCase.patterns.isEmpty
                    ? "default:"
                    : "case " + switchCase.patterns.map { expression($0, indent: writer.depth) }.joined(separator: ", ")
                        + ":"
                if switchCase.body.count == 1, let line = singleLine(switchCase.body[0], indent: writer.depth),
                    place.fitsOnOneLine(label + " " + line)
                {
                    writer.line(label + " " + line)
                } else {
                    writer.line(label)
                    writer.indented { render(switchCase.body, into: &$0) }
                }
            }
            writer.line("}")
        case .forIn(let pattern, let sequence, let body):
            writer.line("for \(pattern) in \(expression(sequence, indent: writer.depth)) {")
            writer.indented { render(body, into: &$0) }
            writer.line("}")
        }
    }

    /// `keyword conditions opening` on one line when it fits; otherwise the keyword alone, each
    /// condition on a line of its own one level deeper, and the opening (without its space) on a
    /// line after them, as `swift format` breaks a condition list.
    private func conditional(_ keyword: String, _ conditions: [Condition], opening: String, at place: Placement)
        -> String
    {
        let flat =
            keyword + " " + conditions.map { condition($0, at: .flat(indent: place.indent)) }.joined(separator: ", ")
        if place.fitsOnOneLine(flat + opening) { return flat + opening }
        var text = keyword + "\n"
        for (index, clause) in conditions.enumerated() {
            let comma = index < conditions.count - 1
            text +=
                margin(place.indent + 1) + condition(clause, at: place.element(tail: comma ? 1 : 0))
                + (comma ? ",\n" : "\n")
        }
        return text + margin(place.indent) + opening.dropFirst()
    }

    private func condition(_ condition: Condition, at place: Placement) -> String {
        switch condition {
        case .expression(let value): expression(value, at: place)
        case .optionalBinding(let name, let value):
            "let \(name) = " + expression(value, at: place.after("let \(name) = "))
        }
    }
}
