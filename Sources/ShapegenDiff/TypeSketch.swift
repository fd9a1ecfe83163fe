import ShapegenModel

/// A shape written as a value of its type, in the notation of the AWS SDK for Python's documentation
/// and the AWS changelog: `{'name': 'string', 'values': ['string']}`.
struct TypeSketch {
    let shapes: [String: Shape]

    /// The sketch of shape `name`; a structure met again inside itself is `{'... recursive ...'}`.
    func text(of name: String) -> String {
        text(of: name, stack: [])
    }

    private func text(of name: String, stack: [String]) -> String {
        guard let shape = shapes[name] else { return Self.quoted(name) }
        switch shape.kind {
        case .structure(let body), .union(let body):
            if stack.contains(name) { return "{'... recursive ...'}" }
            let members = body.members.map {
                Self.quoted($0.name) + ": " + text(of: $0.target.name, stack: stack + [name])
            }
            return "{" + members.joined(separator: ", ") + "}"
        case .list(let member):
            if stack.contains(name) { return "['... recursive ...']" }
            return "[" + text(of: member.name, stack: stack + [name]) + "]"
        case .map(let key, let value):
            if stack.contains(name) { return "{'... recursive ...'}" }
            return "{" + text(of: key.name, stack: stack + [name]) + ": " + text(of: value.name, stack: stack + [name])
                + "}"
        case .string: return "'string'"
        case .enum(let values):
            return values.isEmpty ? "'string'" : values.map { Self.quoted($0.value) }.joined(separator: "|")
        case .integer, .long: return "123"
        case .float, .double: return "123.0"
        case .boolean: return "True|False"
        case .timestamp: return "datetime(2015, 1, 1)"
        case .blob: return "b'bytes'"
        case .document: return "{...}|[...]|123|123.4|'string'|True|None"
        }
    }

    /// `text` in single quotes, Python style.
    static func quoted(_ text: String) -> String {
        var quoted = "'"
        for character in text {
            if character == "\\" || character == "'" { quoted.append("\\") }
            quoted.append(character)
        }
        return quoted + "'"
    }
}
