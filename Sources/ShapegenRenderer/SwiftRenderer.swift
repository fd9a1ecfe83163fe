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
                writer.line("@available(*, deprecated, message: \(SourceText.stringLiteral(message)))")
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
            let rawValue = enumCase.rawValue.map { " = " + SourceText.literal($0) } ?? ""
            writer.line((enumCase.isIndirect ? "indirect " : "") + "case \(enumCase.name)\(value)\(rawValue)")
        case .typealias(let access, let name, let aliased):
            writer.line("\(prefix(access))typealias \(name) = \(type(aliased))")
        }
    }

    private func render(_ declaration: TypeDeclaration, into writer: inout LineWriter) {
        let conformances = declaration.conformances.isEmpty ? "" : ": " + declaration.conformances.joined(separator: ", ")
        let head = "\(prefix(declaration.access))\(declaration.kind.rawValue) \(declaration.name)\(conformances)"
        guard !declaration.members.isEmpty else {
            writer.line(head + " {}")
            return
        }
        writer.line(head + " {")
        writer.indented { writer in
            render(declaration.members, into: &writer, separatedByBlankLines: false)
        }
        writer.line("}")
    }

    private func render(_ property: PropertyDeclaration, into writer: inout LineWriter) {
        var head = prefix(property.access) + (property.isStatic ? "static " : "")
        head += (property.isConstant ? "let " : "var ") + property.name
        if let declared = property.type { head += ": " + type(declared) }
        if let initializer = property.initializer { head += " = " + expression(initializer, indent: writer.depth) }
        guard let getter = property.getter else {
            writer.line(head)
            return
        }
        guard let setter = property.setter else {
            writer.block(head, getter) { body, writer in self.render(body, into: &writer) }
            return
        }
        writer.line(head + " {")
        writer.indented { writer in
            accessor("get", getter, into: &writer)
            accessor("set", setter, into: &writer)
        }
        writer.line("}")
    }

    /// `get { value }` on one line when the body is one short statement, otherwise as a block.
    private func accessor(_ keyword: String, _ body: [Statement], into writer: inout LineWriter) {
        if body.count == 1, let line = singleLine(body[0], indent: writer.depth) {
            writer.line("\(keyword) { \(line) }")
        } else {
            writer.block(keyword, body) { body, writer in self.render(body, into: &writer) }
        }
    }

    private func render(_ function: FunctionDeclaration, into writer: inout LineWriter) {
        var head = prefix(function.access) + function.modifiers.map { $0.rawValue + " " }.joined()
        switch function.kind {
        case .function(let name): head += "func \(name)"
        case .initializer: head += "init"
        }
        head += "(" + function.parameters.map(parameter).joined(separator: ", ") + ")"
        if function.isAsync { head += " async" }
        if function.isThrowing { head += " throws" }
        if let returnType = function.returnType { head += " -> " + type(returnType) }
        guard let body = function.body else {
            writer.line(head)
            return
        }
        guard !body.isEmpty else {
            writer.line(head + " {}")
            return
        }
        writer.block(head, body) { body, writer in self.render(body, into: &writer) }
    }

    private func parameter(_ parameter: Parameter) -> String {
        var text = parameter.label.map { $0 == parameter.name ? $0 : "\($0) \(parameter.name)" } ?? parameter.name
        text += ": " + (parameter.isInOut ? "inout " : "") + type(parameter.type)
        if let value = parameter.defaultValue { text += " = " + expression(value, indent: 0) }
        return text
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
        switch statement {
        case .expression(let value):
            writer.line(expression(value, indent: writer.depth))
        case .binding(let isConstant, let name, let declared, let value):
            var text = (isConstant ? "let " : "var ") + name
            if let declared { text += ": " + type(declared) }
            if let value { text += " = " + expression(value, indent: writer.depth) }
            writer.line(text)
        case .assignment(let target, let value):
            writer.line(expression(target, indent: writer.depth) + " = " + expression(value, indent: writer.depth))
        case .return(let value):
            writer.line(value.map { "return " + expression($0, indent: writer.depth) } ?? "return")
        case .throw(let error):
            writer.line("throw " + expression(error, indent: writer.depth))
        case .break:
            writer.line("break")
        case .if(let conditions, let then, let otherwise):
            let head = "if " + conditions.map { condition($0, indent: writer.depth) }.joined(separator: ", ")
            writer.line(head + " {")
            writer.indented { render(then, into: &$0) }
            if let otherwise {
                writer.line("} else {")
                writer.indented { render(otherwise, into: &$0) }
            }
            writer.line("}")
        case .guard(let conditions, let otherwise):
            let head = "guard " + conditions.map { condition($0, indent: writer.depth) }.joined(separator: ", ") + " else"
            if otherwise.count == 1, let line = singleLine(otherwise[0], indent: writer.depth) {
                writer.line(head + " { " + line + " }")
            } else {
                writer.block(head, otherwise) { body, writer in self.render(body, into: &writer) }
            }
        case .switch(let subject, let cases):
            writer.line("switch \(expression(subject, indent: writer.depth)) {")
            for switchCase in cases {
                let label = switchCase.patterns.isEmpty
                    ? "default:"
                    : "case " + switchCase.patterns.map { expression($0, indent: writer.depth) }.joined(separator: ", ") + ":"
                if switchCase.body.count == 1, let line = singleLine(switchCase.body[0], indent: writer.depth) {
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

    private func condition(_ condition: Condition, indent: Int) -> String {
        switch condition {
        case .expression(let value): expression(value, indent: indent)
        case .optionalBinding(let name, let value): "let \(name) = \(expression(value, indent: indent))"
        }
    }

    // MARK: Expressions

    func expression(_ expression: Expression, indent: Int) -> String {
        switch expression {
        case .identifier(let name): return name
        case .literal(let literal): return SourceText.literal(literal)
        case .member(let base?, let name): return self.expression(base, indent: indent) + "." + name
        case .member(nil, let name): return "." + name
        case .call(let callee, let arguments, let trailingClosure):
            var text = self.expression(callee, indent: indent)
            if !arguments.isEmpty || trailingClosure == nil {
                text += "(" + arguments.map { argument($0, indent: indent) }.joined(separator: ", ") + ")"
            }
            if let trailingClosure { text += " " + closure(trailingClosure, indent: indent) }
            return text
        case .closure(let value): return closure(value, indent: indent)
        case .binary(let lhs, let op, let rhs):
            return self.expression(lhs, indent: indent) + " \(op) " + self.expression(rhs, indent: indent)
        case .try(let value): return "try " + self.expression(value, indent: indent)
        case .await(let value): return "await " + self.expression(value, indent: indent)
        case .inOut(let value): return "&" + self.expression(value, indent: indent)
        case .array(let elements):
            return "[" + elements.map { self.expression($0, indent: indent) }.joined(separator: ", ") + "]"
        case .dictionary(let keys, let values):
            let entries = zip(keys, values).map { self.expression($0, indent: indent) + ": " + self.expression($1, indent: indent) }
            return entries.isEmpty ? "[:]" : "[" + entries.joined(separator: ", ") + "]"
        case .bindingPattern(let name): return "let " + name
        case .optionalChain(let value): return self.expression(value, indent: indent) + "?"
        case .type(let value): return type(value)
        case .keyPath(let name): return "\\." + name
        case .reference(let base, let name, let labels):
            let reference = self.expression(base, indent: indent) + "." + name
            return labels.isEmpty ? reference : reference + "(" + labels.map { $0 + ":" }.joined() + ")"
        }
    }

    private func argument(_ argument: Argument, indent: Int) -> String {
        let value = expression(argument.value, indent: indent)
        return argument.label.map { "\($0): \(value)" } ?? value
    }

    /// A closure on one line when its body is one expression, otherwise as an indented block.
    private func closure(_ closure: Closure, indent: Int) -> String {
        let head = closure.parameters.isEmpty ? "{" : "{ " + closure.parameters.joined(separator: ", ") + " in"
        if closure.body.count == 1, let line = singleLine(closure.body[0], indent: indent) {
            return head + " " + line + " }"
        }
        var writer = LineWriter(depth: indent + 1)
        render(closure.body, into: &writer)
        return head + "\n" + writer.text + String(repeating: " ", count: indent * LineWriter.indentWidth) + "}"
    }

    /// A statement that fits on the line of a closure's, an accessor's or a `guard`'s braces, or of a
    /// `case` label.
    private func singleLine(_ statement: Statement, indent: Int) -> String? {
        switch statement {
        case .expression(let value) where !value.isMultiline: expression(value, indent: indent)
        case .throw(let value) where !value.isMultiline: "throw " + expression(value, indent: indent)
        case .assignment(let target, let value) where !target.isMultiline && !value.isMultiline:
            expression(target, indent: indent) + " = " + expression(value, indent: indent)
        case .return(let value?) where !value.isMultiline: "return " + expression(value, indent: indent)
        case .break: "break"
        default: nil
        }
    }

    // MARK: Types

    func type(_ name: TypeName) -> String {
        switch name {
        case .named(let value): value
        case .optional(let wrapped):
            switch wrapped {
            case .function, .existential: "(\(type(wrapped)))?"
            default: type(wrapped) + "?"
            }
        case .array(let element): "[\(type(element))]"
        case .dictionary(let key, let value): "[\(type(key)): \(type(value))]"
        case .generic(let base, let arguments): base + "<" + arguments.map(type).joined(separator: ", ") + ">"
        case .existential(let value): "any " + value
        case .function(let parameters, let isAsync, let isThrowing, let result):
            "@Sendable (" + parameters.map(type).joined(separator: ", ") + ")"
                + (isAsync ? " async" : "") + (isThrowing ? " throws" : "") + " -> " + type(result)
        }
    }
}

extension Expression {
    /// Whether the expression renders over several lines (it holds a closure with statements).
    var isMultiline: Bool {
        switch self {
        case .closure(let closure): closure.body.count != 1 || closure.body.first.map { if case .expression(let e) = $0 { e.isMultiline } else { true } } ?? true
        case .call(let callee, let arguments, let trailing):
            callee.isMultiline || arguments.contains { $0.value.isMultiline } || (trailing.map { Expression.closure($0).isMultiline } ?? false)
        case .member(let base?, _), .try(let base), .await(let base), .inOut(let base), .optionalChain(let base): base.isMultiline
        case .binary(let lhs, _, let rhs): lhs.isMultiline || rhs.isMultiline
        case .array(let elements): elements.contains { $0.isMultiline }
        default: false
        }
    }
}
