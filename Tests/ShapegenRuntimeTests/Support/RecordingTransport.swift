import Foundation
import ShapegenRuntime

/// An in-memory `HTTPTransport`: records every request and answers with canned responses, in order.
///
/// When the canned responses run out it answers `500`, so an unexpected extra request fails the
/// test instead of hanging it.
actor RecordingTransport: HTTPTransport {
    /// The requests sent so far, oldest first.
    private(set) var requests: [HTTPRequest] = []
    private var responses: [HTTPResponse]

    /// Creates a transport that answers with `responses`, one per request.
    init(responses: [HTTPResponse]) {
        self.responses = responses
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        requests.append(request)
        guard !responses.isEmpty else { return HTTPResponse(status: 500) }
        return responses.removeFirst()
    }
}

extension HTTPResponse {
    /// A response whose body is `body` in UTF-8.
    static func text(_ status: Int, _ body: String, headers: [HTTPField] = []) -> HTTPResponse {
        HTTPResponse(status: status, headers: headers, body: Data(body.utf8))
    }
}
