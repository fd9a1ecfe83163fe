import Foundation

/// One HTTP header field.
public struct HTTPField: Sendable, Hashable {
    /// The field's name, e.g. `Content-Type`.
    public var name: String
    /// The field's value.
    public var value: String

    /// Creates a field.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// An HTTP request as the client hands it to a transport.
public struct HTTPRequest: Sendable, Hashable {
    /// The method, e.g. `POST`.
    public var method: String
    /// The endpoint's scheme, host and port, e.g. `https://batch.us-east-1.amazonaws.com`.
    public var endpoint: URL
    /// The path with its query string, already percent-encoded, e.g. `/v1/listjobs`.
    public var path: String
    /// The header fields, in order.
    public var headers: [HTTPField]
    /// The body.
    public var body: Data

    /// Creates a request.
    public init(method: String, endpoint: URL, path: String, headers: [HTTPField] = [], body: Data = Data()) {
        self.method = method
        self.endpoint = endpoint
        self.path = path
        self.headers = headers
        self.body = body
    }

    /// The value of the first field called `name`, compared case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// An HTTP response as a transport returns it.
public struct HTTPResponse: Sendable, Hashable {
    /// The status code.
    public var status: Int
    /// The header fields, in order.
    public var headers: [HTTPField]
    /// The body.
    public var body: Data

    /// Creates a response.
    public init(status: Int, headers: [HTTPField] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The value of the first field called `name`, compared case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// Sends requests: the seam between generated clients and the network (or a test).
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the service's response, whatever its status.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
