/// One API call: its HTTP binding, input and output shapes, errors and pagination.
public struct Operation: Sendable, Hashable {
    /// The operation's name, e.g. `ListJobs`.
    public var name: String
    /// The HTTP method, e.g. `POST`.
    public var httpMethod: String
    /// The request URI template, e.g. `/v1/tags/{resourceArn}`.
    public var requestURI: String
    /// Where the HTTP method is written.
    public var methodLocation: SourceLocation?
    /// Where the request URI is written.
    public var uriLocation: SourceLocation?
    /// The input structure's name.
    public var input: Reference?
    /// The output structure's name.
    public var output: Reference?
    /// The error structures the operation may return.
    public var errors: [Reference]
    /// Documentation, Markdown.
    public var documentation: String?
    /// How the operation pages through results, if it does.
    public var pagination: Pagination?
    /// Whether the operation is deprecated, and why.
    public var deprecation: Deprecation?
    /// The HTTP status of a successful response, if not 200.
    public var responseCode: Int?
    /// Traits the generator carries but does not interpret.
    public var traits: Traits = [:]
    /// Where the operation is declared.
    public var location: SourceLocation?

    /// Creates an operation.
    public init(
        name: String, httpMethod: String = "POST", requestURI: String = "/", input: Reference? = nil,
        output: Reference? = nil, errors: [Reference] = [], documentation: String? = nil,
        pagination: Pagination? = nil, deprecation: Deprecation? = nil, location: SourceLocation? = nil
    ) {
        self.name = name
        self.httpMethod = httpMethod
        self.requestURI = requestURI
        self.input = input
        self.output = output
        self.errors = errors
        self.documentation = documentation
        self.pagination = pagination
        self.deprecation = deprecation
        self.location = location
    }
}

/// A name in the model that points at a shape or a member, with where it was written.
public struct Reference: Sendable, Hashable {
    /// The name referred to.
    public var name: String
    /// Where the name is written.
    public var location: SourceLocation?

    /// Creates a reference.
    public init(_ name: String, at location: SourceLocation? = nil) {
        self.name = name
        self.location = location
    }
}

/// How a paginated operation hands out pages: a token goes back in, a token comes out.
public struct Pagination: Sendable, Hashable {
    /// The input member that carries the token to the next request.
    public var inputToken: Reference
    /// The output member that holds the next token.
    public var outputToken: Reference
    /// The input member that limits the page size.
    public var limitKey: Reference?
    /// The output member holding the page's items.
    public var items: Reference?
    /// Where the pagination mapping is declared.
    public var location: SourceLocation?

    /// Creates pagination.
    public init(
        inputToken: Reference, outputToken: Reference, limitKey: Reference? = nil, items: Reference? = nil,
        location: SourceLocation? = nil
    ) {
        self.inputToken = inputToken
        self.outputToken = outputToken
        self.limitKey = limitKey
        self.items = items
        self.location = location
    }
}

/// Marks an operation, shape or member as deprecated.
public struct Deprecation: Sendable, Hashable {
    /// Why, and what to use instead.
    public var message: String?

    /// Creates a deprecation.
    public init(message: String? = nil) {
        self.message = message
    }
}
