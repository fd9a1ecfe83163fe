import ShapegenModel

/// How a structure conforms to `Codable`, chosen once per structure from its members and from
/// whether an HTTP binding needs it to decode a response or encode a request itself.
///
/// A structure bound to HTTP writes out the half of `Codable` that the client uses: `init(from:)`
/// for a rest-json output or error with members in headers, the status code or the payload,
/// `encode(to:)` for an input with members in the URI, query, headers or payload. The strategy
/// says what gives the rest.
enum CodingStrategy: Sendable, Hashable {
    /// A half of `Codable`.
    enum Half: Sendable, Hashable {
        /// `init(from:)`.
        case decoding
        /// `encode(to:)`.
        case encoding
    }

    /// `ShapeCodable`: the runtime codes the structure through its `static let coding` table, and
    /// `writtenOut`, if any, is the one half an HTTP binding writes out instead.
    ///
    /// Chosen when the table can take the structure (at most
    /// ``CompileCostLimits/codingTableMembers`` members, and no optional deprecated member) and
    /// HTTP binds it in one direction at most.
    case table(writtenOut: Half?)
    /// `Codable` with both halves written out for HTTP bindings, and no table or `CodingKeys`.
    ///
    /// Chosen when the table could take the structure but HTTP binds it both ways: it is a bound
    /// input and also a bound output or error, so the table would code nothing.
    case writtenOutForHTTP
    /// `Codable` synthesized by the compiler, with a `CodingKeys` enum when some wire name differs
    /// from its property's name; `writtenOut` are the halves HTTP bindings write out instead.
    ///
    /// Chosen when the table cannot take the structure, it has at most
    /// ``CompileCostLimits/synthesizedConformanceMembers`` members and no member has a body
    /// timestamp format.
    case synthesized(writtenOut: Set<Half>)
    /// `==`, `init(from:)` and `encode(to:)` all written out (`writtenOutConformances(of:_:)`),
    /// calling the runtime's unoverloaded member functions; they handle HTTP bindings themselves.
    ///
    /// Chosen when the table cannot take the structure and it has more than
    /// ``CompileCostLimits/synthesizedConformanceMembers`` members or a member with a body
    /// timestamp format, which synthesized code cannot apply.
    case writtenOut

    /// The strategy for the structure `shape`, whose body is `body`.
    init(of shape: Shape, _ body: Structure, in context: TranslationContext) {
        var halves: Set<Half> = []
        if context.httpBoundOutputs.contains(shape.name) { halves.insert(.decoding) }
        if context.httpBoundInputs.contains(shape.name) { halves.insert(.encoding) }
        if ShapeTranslator.codesThroughTable(body) {
            self = halves.count == 2 ? .writtenOutForHTTP : .table(writtenOut: halves.first)
        } else if body.members.count > CompileCostLimits.synthesizedConformanceMembers
            || context.hasBodyTimestampFormats(body)
        {
            self = .writtenOut
        } else {
            self = .synthesized(writtenOut: halves)
        }
    }

    /// Whether the structure conforms to the runtime's `ShapeCodable` rather than to `Codable`.
    var usesTable: Bool {
        if case .table = self { true } else { false }
    }

    /// Whether `half` is written out on its own, next to the table or the synthesized half; the
    /// ``CodingStrategy/writtenOut`` strategy writes both as part of its conformances instead.
    func writesOut(_ half: Half) -> Bool {
        switch self {
        case .table(let writtenOut): writtenOut == half
        case .writtenOutForHTTP: true
        case .synthesized(let writtenOut): writtenOut.contains(half)
        case .writtenOut: false
        }
    }
}
