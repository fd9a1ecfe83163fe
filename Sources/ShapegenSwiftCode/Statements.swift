/// A statement in a function body.
public indirect enum Statement: Sendable, Hashable {
    /// An expression used as a statement.
    case expression(Expression)
    /// `let name = value` or `var name: Type = value`.
    case binding(isConstant: Bool, name: String, type: TypeName?, value: Expression?)
    /// `target = value`
    case assignment(target: Expression, value: Expression)
    /// `return value`
    case `return`(Expression?)
    /// `throw error`
    case `throw`(Expression)
    /// `if condition { … } else { … }`; the condition may be an optional binding such as `let x`.
    case `if`(condition: [Condition], then: [Statement], else: [Statement]?)
    /// `guard condition else { … }`; the body must leave the scope.
    case `guard`(condition: [Condition], else: [Statement])
    /// `break`, for a `switch` case with nothing to do.
    case `break`
    /// `switch subject { case …: … }`
    case `switch`(subject: Expression, cases: [SwitchCase])
    /// `for pattern in sequence { … }`
    case forIn(pattern: String, sequence: Expression, body: [Statement])
}

/// A clause of an `if` condition list.
public enum Condition: Sendable, Hashable {
    /// A Boolean expression.
    case expression(Expression)
    /// `let name = value`, binding an optional.
    case optionalBinding(name: String, value: Expression)
}

/// A `case` (or `default`) of a `switch`.
public struct SwitchCase: Sendable, Hashable {
    /// The patterns; empty for `default`.
    public var patterns: [Expression]
    /// The case's body.
    public var body: [Statement]

    /// Creates a case.
    public init(patterns: [Expression], body: [Statement]) {
        self.patterns = patterns
        self.body = body
    }
}

/// An expression.
public indirect enum Expression: Sendable, Hashable {
    /// An identifier, already escaped where needed, e.g. `self`, `input`, `` `default` ``.
    case identifier(String)
    /// A literal; string literals are escaped when rendered.
    case literal(Literal)
    /// `base.member`, or `.member` with no base.
    case member(Expression?, String)
    /// `callee(label: argument, …) { trailing closure }`
    case call(Expression, [Argument], trailingClosure: Closure? = nil)
    /// A closure literal.
    case closure(Closure)
    /// `lhs op rhs`
    case binary(Expression, String, Expression)
    /// `try expression`
    case `try`(Expression)
    /// `await expression`
    case await(Expression)
    /// `&expression`
    case inOut(Expression)
    /// `[a, b, c]`
    case array([Expression])
    /// `[k1: v1, k2: v2]`, keys and values in order.
    case dictionary(keys: [Expression], values: [Expression])
    /// `let name` in a pattern, e.g. in `case .unknown(let value)`.
    case bindingPattern(String)
    /// `expression?`, for optional chaining.
    case optionalChain(Expression)
    /// A type used as a value, e.g. `String.self` is `.member(.type(.named("String")), "self")`.
    case type(TypeName)
    /// `\.name`, a key path to a property of the type the context expects.
    case keyPath(String)
    /// `base.name(label1:label2:)`, a function or initializer named with its argument labels;
    /// `base.name` when it takes no arguments.
    case reference(Expression, String, labels: [String])
}

/// A literal value.
public enum Literal: Sendable, Hashable {
    /// A string, escaped when rendered so that any text stays inside the literal.
    case string(String)
    /// A whole number.
    case integer(Int64)
    /// A floating-point number.
    case double(Double)
    /// `true` or `false`.
    case boolean(Bool)
    /// `nil`
    case `nil`
}

/// A call argument.
public struct Argument: Sendable, Hashable {
    /// The label, or `nil` for none.
    public var label: String?
    /// The value.
    public var value: Expression

    /// Creates a labelled argument.
    public init(_ label: String, _ value: Expression) {
        self.label = label
        self.value = value
    }

    /// Creates an unlabelled argument.
    public init(_ value: Expression) {
        self.label = nil
        self.value = value
    }
}

/// A closure literal: `{ parameters in body }`.
public struct Closure: Sendable, Hashable {
    /// Parameter names, e.g. `["context", "element"]`.
    public var parameters: [String]
    /// The body.
    public var body: [Statement]

    /// Creates a closure.
    public init(parameters: [String] = [], body: [Statement]) {
        self.parameters = parameters
        self.body = body
    }
}

extension Expression {
    /// `name`
    public static func id(_ name: String) -> Expression { .identifier(name) }
    /// A string literal.
    public static func string(_ value: String) -> Expression { .literal(.string(value)) }
    /// An integer literal.
    public static func int(_ value: Int64) -> Expression { .literal(.integer(value)) }
    /// `self.member`
    public func dot(_ member: String) -> Expression { .member(self, member) }
    /// `self(arguments)`
    public func callAsFunction(_ arguments: Argument...) -> Expression { .call(self, arguments) }
    /// `self()`
    public func call() -> Expression { .call(self, []) }
}
