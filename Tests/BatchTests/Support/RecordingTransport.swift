import Foundation
import ShapegenRuntime

/// An in-memory `HTTPTransport`: records every request and answers with canned responses, in order.
///
/// When the canned responses run out it answers `500` so that an unexpected extra request shows
/// up as a failure rather than a hang.
actor RecordingTransport: HTTPTransport {
    /// The requests sent so far, oldest first.
    private(set) var requests: [HTTPRequest] = []
    private var responses: [HTTPResponse]

    /// Creates a transport that answers with `responses`, one per request.
    init(responses: [HTTPResponse]) {
        self.responses = responses
    }

    /// Creates a transport that answers the first request with `response`.
    init(_ response: HTTPResponse) {
        self.init(responses: [response])
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        requests.append(request)
        guard !responses.isEmpty else {
            return HTTPResponse(status: 500, body: Data(#"{"message":"RecordingTransport: no response left"}"#.utf8))
        }
        return responses.removeFirst()
    }
}

extension HTTPResponse {
    /// A response with a UTF-8 JSON (or deliberately broken) body.
    static func json(_ status: Int, _ body: String, headers: [HTTPField] = []) -> HTTPResponse {
        HTTPResponse(status: status, headers: headers, body: Data(body.utf8))
    }
}
