import Foundation
import HTTPTypes
import ShapegenRuntime

/// A request a transport was sent, with its body: what the tests inspect.
public struct SentRequest: Sendable {
    /// The request as the client handed it over.
    public var head: HTTPRequest
    /// Its body.
    public var body: Data

    /// Records `head` and `body`.
    public init(_ head: HTTPRequest, body: Data) {
        self.head = head
        self.body = body
    }

    /// The method, e.g. `POST`.
    public var method: String { head.method.rawValue }
    /// The percent-encoded path with its query, e.g. `/v1/listjobs`.
    public var path: String { head.path ?? "" }
    /// The scheme and authority, e.g. `https://batch.us-east-1.amazonaws.com`; a URL no request lacks.
    public var endpoint: URL {
        URL(string: (head.scheme ?? "") + "://" + (head.authority ?? "")) ?? URL(fileURLWithPath: "/")
    }
    /// The full URL.
    public var url: URL? { head.url }
    /// The header fields, in order.
    public var headers: HTTPFields { head.headerFields }

    /// The value of the field `name` (compared case-insensitively); repeated fields' values joined by commas.
    public func header(_ name: String) -> String? {
        HTTPField.Name(name).flatMap { head.headerFields[$0] }
    }
}

/// A response a test transport answers with: status, header fields and body.
public struct CannedResponse: Sendable {
    /// The status code.
    public var status: Int
    /// The header fields, in order.
    public var headers: [HTTPField]
    /// The body.
    public var body: Data

    /// A response with `status`, `headers` and `body`.
    public init(status: Int, headers: [HTTPField] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A response whose body is `body` in UTF-8.
    public static func text(_ status: Int, _ body: String, headers: [HTTPField] = []) -> CannedResponse {
        CannedResponse(status: status, headers: headers, body: Data(body.utf8))
    }

    /// A response with a UTF-8 JSON (or deliberately broken) body.
    public static func json(_ status: Int, _ body: String, headers: [HTTPField] = []) -> CannedResponse {
        text(status, body, headers: headers)
    }

    /// The response as a transport returns it.
    public var message: (HTTPResponse, Data) {
        (HTTPResponse(status: .init(code: status), headerFields: HTTPFields(headers)), body)
    }
}

extension HTTPField {
    /// A field from a name the test spells out; a name that is not valid stops the test run.
    public init(_ name: String, _ value: String) {
        guard let fieldName = HTTPField.Name(name) else { preconditionFailure("invalid field name in a test: \(name)") }
        self.init(name: fieldName, value: value)
    }
}

extension HTTPRequest {
    /// A request to `endpoint` (scheme, host and port; its own path comes before `path`), as the
    /// client builds one.
    public init(method: String, endpoint: URL, path: String, headers: [HTTPField] = []) {
        var authority = endpoint.host(percentEncoded: true) ?? ""
        if authority.contains(":"), !authority.hasPrefix("[") { authority = "[\(authority)]" }
        if let port = endpoint.port { authority += ":\(port)" }
        var base = endpoint.path(percentEncoded: true)
        while base.hasSuffix("/") { base.removeLast() }
        self.init(
            method: Method(method) ?? .get, scheme: endpoint.scheme, authority: authority, path: base + path,
            headerFields: HTTPFields(headers))
    }

    /// The value of the field `name` (compared case-insensitively); repeated fields' values joined by commas.
    public func header(_ name: String) -> String? {
        HTTPField.Name(name).flatMap { headerFields[$0] }
    }
}

/// An in-memory `HTTPTransport`: records every request and answers with canned responses, in order.
///
/// When the canned responses run out it answers `500` with a body that says so, so that an
/// unexpected extra request shows up as a failure rather than a hang.
public actor RecordingTransport: HTTPTransport {
    /// The requests sent so far, oldest first.
    public private(set) var requests: [SentRequest] = []
    private var responses: [CannedResponse]

    /// Creates a transport that answers with `responses`, one per request.
    public init(responses: [CannedResponse]) {
        self.responses = responses
    }

    /// Creates a transport that answers the first request with `response`.
    public init(_ response: CannedResponse) {
        self.init(responses: [response])
    }

    /// Records `request` and answers with the next canned response.
    public func send(_ request: HTTPRequest, body: Data) async throws -> (HTTPResponse, Data) {
        requests.append(SentRequest(request, body: body))
        guard !responses.isEmpty else {
            return CannedResponse.json(500, #"{"message":"RecordingTransport: no response left"}"#).message
        }
        return responses.removeFirst().message
    }
}

/// A response a transport returned, with its body: what the tests inspect.
public struct ReceivedResponse: Sendable {
    /// The response as the transport returned it.
    public var head: HTTPResponse
    /// Its body.
    public var body: Data

    /// The status code.
    public var status: Int { head.status.code }

    /// The value of the field `name` (compared case-insensitively); repeated fields' values joined by commas.
    public func header(_ name: String) -> String? {
        HTTPField.Name(name).flatMap { head.headerFields[$0] }
    }
}

extension HTTPTransport {
    /// Sends `request` with `body` and returns the response with its body.
    public func exchange(_ request: HTTPRequest, body: Data = Data()) async throws -> ReceivedResponse {
        let (head, body) = try await send(request, body: body)
        return ReceivedResponse(head: head, body: body)
    }
}
