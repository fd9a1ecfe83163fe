import ShapegenSwiftCode

extension SwiftRenderer {
    /// The type's text, with a generic argument list broken one argument a line when it does not
    /// fit at `place`.
    func type(_ name: TypeName, at place: Placement) -> String {
        switch name {
        case .named(let value): value
        case .optional(let wrapped):
            switch wrapped {
            case .function, .existential: "(\(type(wrapped, at: place.after("(").followed(by: 2))))?"
            default: type(wrapped, at: place.followed(by: 1)) + "?"
            }
        case .array(let element): "[\(type(element, indent: place.indent))]"
        case .dictionary(let key, let value):
            "[\(type(key, indent: place.indent)): \(type(value, indent: place.indent))]"
        case .generic(let base, let arguments):
            base + list(arguments, open: "<", close: ">", commaAfterLast: true, at: place.after(base), type)
        case .existential(let value): "any " + value
        case .function(let parameters, let isAsync, let isThrowing, let result):
            "@Sendable (" + parameters.map { type($0, indent: place.indent) }.joined(separator: ", ") + ")"
                + (isAsync ? " async" : "") + (isThrowing ? " throws" : "") + " -> "
                + type(result, indent: place.indent)
        }
    }

    /// The type on one line, however long.
    func type(_ name: TypeName, indent: Int = 0) -> String {
        type(name, at: .flat(indent: indent))
    }
}
