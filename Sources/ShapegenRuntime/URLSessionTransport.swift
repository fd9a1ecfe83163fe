import Foundation
import HTTPTypes

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The default transport: Foundation's `URLSession` (FoundationNetworking on Linux), no extra packages.
///
/// Every request gets the transport's `timeout`; when it passes without the server answering, the
/// call throws `URLError(.timedOut)`, which a client's ``RetryPolicy`` retries. Redirects are not
/// followed, and no cookies or cached responses are used.
public final class URLSessionTransport: HTTPTransport {
    /// How long a request may wait for the server before it fails with `URLError(.timedOut)`.
    public let timeout: Duration
    private let session: URLSession

    /// Creates a transport with its own ephemeral session.
    ///
    /// - Parameter timeout: The per-request timeout; 60 seconds unless given.
    public init(timeout: Duration = .seconds(60)) {
        self.timeout = timeout
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout.timeInterval
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        session = URLSession(configuration: configuration, delegate: RedirectRefusal(), delegateQueue: nil)
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    /// Sends `request` with `body` and returns the response and its body, whatever its status.
    ///
    /// The response's header fields are sorted by name (`URLSession` keeps no order); a field
    /// whose name is not a valid HTTP field name is left out.
    ///
    /// - Throws: `URLError` when the request cannot be sent or no complete response arrives in time.
    public func send(_ request: HTTPRequest, body: Data) async throws -> (HTTPResponse, Data) {
        guard let url = request.url else { throw URLError(.badURL) }
        var urlRequest = URLRequest(
            url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout.timeInterval)
        urlRequest.httpMethod = request.method.rawValue
        for field in request.headerFields {
            urlRequest.addValue(field.value, forHTTPHeaderField: field.name.rawName)
        }
        if !body.isEmpty {
            urlRequest.httpBody = body
        }
        let (data, response) = try await session.data(for: urlRequest)
        // `HTTPResponse.Status` traps on a code outside 0...999, which no HTTP response has.
        guard let response = response as? HTTPURLResponse, (100...999).contains(response.statusCode) else {
            throw URLError(.badServerResponse)
        }
        let status = HTTPResponse.Status(code: response.statusCode)
        var fields: [(name: String, value: String)] = response.allHeaderFields.compactMap { name, value in
            guard let name = name as? String else { return nil }
            return (name, value as? String ?? String(describing: value))
        }
        fields.sort { $0.name < $1.name }
        var headerFields = HTTPFields()
        for field in fields {
            guard let name = HTTPField.Name(field.name) else { continue }
            headerFields.append(HTTPField(name: name, value: field.value))
        }
        return (HTTPResponse(status: status, headerFields: headerFields), data)
    }
}

/// Hands redirect responses back to the caller instead of following them: AWS APIs do not redirect,
/// and following one would send a signed request somewhere it was not signed for.
private final class RedirectRefusal: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}

extension Duration {
    /// The duration in seconds, as a `TimeInterval`.
    fileprivate var timeInterval: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) * 1e-18
    }
}
