/// A Swift source file: header comment, imports and declarations.
public struct SwiftFile: Sendable, Hashable {
    /// The file's name, e.g. `Shapes.swift`.
    public var name: String
    /// Lines of the leading comment, without `//`.
    public var header: [String]
    /// Modules to import, in order.
    public var imports: [String]
    /// The top-level declarations.
    public var declarations: [Declaration]

    /// Creates a file.
    public init(name: String, header: [String], imports: [String], declarations: [Declaration]) {
        self.name = name
        self.header = header
        self.imports = imports
        self.declarations = declarations
    }
}

/// Access levels that generated declarations may have.
public enum AccessLevel: String, Sendable, Hashable, CaseIterable {
    case `public`
    case `package`
    case `internal`
    /// For helpers private to one generated file.
    case `private`
}

/// A declaration with its documentation and attributes.
public struct Declaration: Sendable, Hashable {
    /// Documentation, rendered as `///` lines (Markdown).
    public var documentation: String?
    /// Attributes such as `@available(*, deprecated, message: "…")`, one per line.
    public var attributes: [Attribute]
    /// What is declared.
    public var kind: DeclarationKind

    /// Creates a declaration.
    public init(documentation: String? = nil, attributes: [Attribute] = [], _ kind: DeclarationKind) {
        self.documentation = documentation
        self.attributes = attributes
        self.kind = kind
    }
}

/// An attribute written on the line before a declaration.
public enum Attribute: Sendable, Hashable {
    /// `@available(*, deprecated)` or with a message, which is rendered as a string literal.
    case deprecated(message: String?)
    /// A property wrapper such as `@Indirect`.
    case propertyWrapper(String)
}

/// The kinds of declaration generated code uses.
public indirect enum DeclarationKind: Sendable, Hashable {
    case type(TypeDeclaration)
    case property(PropertyDeclaration)
    case function(FunctionDeclaration)
    case enumCase(EnumCaseDeclaration)
    case `typealias`(access: AccessLevel?, name: String, type: TypeName)
}

/// A struct, enum, class, protocol or extension with its members.
public struct TypeDeclaration: Sendable, Hashable {
    /// Which kind of type.
    public enum Kind: String, Sendable, Hashable {
        case `struct`
        case `enum`
        case finalClass = "final class"
        case `protocol`
        case `extension`
    }

    /// The kind of type.
    public var kind: Kind
    /// The access level, or `nil` to write none.
    public var access: AccessLevel?
    /// The type's name, or the extended type's.
    public var name: String
    /// Conformances and inheritance, in order.
    public var conformances: [String]
    /// The members.
    public var members: [Declaration]

    /// Creates a type declaration.
    public init(_ kind: Kind, access: AccessLevel?, name: String, conformances: [String] = [], members: [Declaration]) {
        self.kind = kind
        self.access = access
        self.name = name
        self.conformances = conformances
        self.members = members
    }
}

/// A stored or computed property.
public struct PropertyDeclaration: Sendable, Hashable {
    /// The access level, or `nil` to write none.
    public var access: AccessLevel?
    /// Whether the property is `static`.
    public var isStatic: Bool
    /// `let` rather than `var`.
    public var isConstant: Bool
    /// The property's name, already escaped where needed.
    public var name: String
    /// The declared type.
    public var type: TypeName?
    /// The initial value.
    public var initializer: Expression?
    /// The body of a computed property's getter.
    public var getter: [Statement]?
    /// The body of a computed property's setter, which sees the new value as `newValue`; `nil` for
    /// a read-only property.
    public var setter: [Statement]?

    /// Creates a property.
    public init(
        access: AccessLevel?, isStatic: Bool = false, isConstant: Bool = false, name: String, type: TypeName? = nil,
        initializer: Expression? = nil, getter: [Statement]? = nil, setter: [Statement]? = nil
    ) {
        self.access = access
        self.isStatic = isStatic
        self.isConstant = isConstant
        self.name = name
        self.type = type
        self.initializer = initializer
        self.getter = getter
        self.setter = setter
    }
}

/// A function or initializer; without a body it is a protocol requirement.
public struct FunctionDeclaration: Sendable, Hashable {
    /// Whether this is a function or an initializer.
    public enum Kind: Sendable, Hashable {
        case function(name: String)
        case initializer
    }

    /// The access level, or `nil` to write none.
    public var access: AccessLevel?
    /// Modifiers written before `func`, in order.
    public var modifiers: [FunctionModifier]
    /// Function or initializer.
    public var kind: Kind
    /// The parameters.
    public var parameters: [Parameter]
    /// Whether the function is `async`.
    public var isAsync: Bool
    /// Whether the function `throws`.
    public var isThrowing: Bool
    /// The return type.
    public var returnType: TypeName?
    /// The body; `nil` for a requirement.
    public var body: [Statement]?

    /// Creates a function.
    public init(
        access: AccessLevel?, modifiers: [FunctionModifier] = [], kind: Kind, parameters: [Parameter] = [],
        isAsync: Bool = false,
        isThrowing: Bool = false, returnType: TypeName? = nil, body: [Statement]?
    ) {
        self.access = access
        self.modifiers = modifiers
        self.kind = kind
        self.parameters = parameters
        self.isAsync = isAsync
        self.isThrowing = isThrowing
        self.returnType = returnType
        self.body = body
    }
}

/// A modifier written before `func`.
public enum FunctionModifier: String, Sendable, Hashable {
    case `static`
    case `mutating`
}

/// A function parameter.
public struct Parameter: Sendable, Hashable {
    /// The argument label; `_` for none, `nil` to use the name.
    public var label: String?
    /// The parameter's name inside the body.
    public var name: String
    /// The parameter's type.
    public var type: TypeName
    /// Whether the parameter is `inout`: the function changes the caller's variable.
    public var isInOut: Bool
    /// A default value.
    public var defaultValue: Expression?

    /// Creates a parameter.
    public init(
        label: String? = nil, name: String, type: TypeName, isInOut: Bool = false, defaultValue: Expression? = nil
    ) {
        self.label = label
        self.name = name
        self.type = type
        self.isInOut = isInOut
        self.defaultValue = defaultValue
    }
}

/// An enum case, optionally with one associated value or a raw value.
public struct EnumCaseDeclaration: Sendable, Hashable {
    /// The case's name, already escaped where needed.
    public var name: String
    /// The type of the associated value, if any.
    public var associatedValue: TypeName?
    /// An explicit raw value, if any.
    public var rawValue: Literal?
    /// Whether the case is `indirect`: its value holds the enum again (a recursive union).
    public var isIndirect: Bool

    /// Creates an enum case.
    public init(name: String, associatedValue: TypeName? = nil, rawValue: Literal? = nil, isIndirect: Bool = false) {
        self.name = name
        self.associatedValue = associatedValue
        self.rawValue = rawValue
        self.isIndirect = isIndirect
    }
}

/// A reference to a type as written in code.
public indirect enum TypeName: Sendable, Hashable {
    /// A named type, e.g. `String` or `Swift.String`.
    case named(String)
    /// `T?`
    case optional(TypeName)
    /// `[T]`
    case array(TypeName)
    /// `[K: V]`
    case dictionary(key: TypeName, value: TypeName)
    /// `Base<Arguments>`
    case generic(String, [TypeName])
    /// `any P`
    case existential(String)
    /// `@Sendable (Parameters) async throws -> Result`
    case function(parameters: [TypeName], isAsync: Bool, isThrowing: Bool, result: TypeName)

    /// The type made optional, unless it already is.
    public var optional: TypeName {
        if case .optional = self { return self }
        return .optional(self)
    }
}
