import Foundation
import HTTPTypes

/// Sends requests: the seam between generated clients and the network (or a test).
///
/// Requests and responses are swift-http-types' `HTTPRequest` and `HTTPResponse`, the types
/// Hummingbird, swift-openapi-runtime and AsyncHTTPClient's bridges use. The request carries the
/// method, scheme, authority (host and port), the percent-encoded path with its query, and the
/// header fields in the order they are to be sent (a name may repeat); the body travels beside it.
public protocol HTTPTransport: Sendable {
    /// Sends `request` with `body` and returns the service's response and its body, whatever its status.
    func send(_ request: HTTPRequest, body: Data) async throws -> (HTTPResponse, Data)
}

/// A request and its body, as the client encodes, signs and sends it.
struct RequestMessage: Sendable {
    /// Method, scheme, authority, path and header fields.
    var head: HTTPRequest
    /// The body; empty for none.
    var body: Data = Data()

    /// The value of the field `name`; the values of a repeated field joined by commas.
    func header(_ name: HTTPField.Name) -> String? { head.headerFields[name] }
}

/// A response and its body, as a transport returns it.
struct ResponseMessage: Sendable {
    /// Status and header fields.
    var head: HTTPResponse
    /// The body; empty for none.
    var body: Data

    /// The status code.
    var status: Int { head.status.code }

    /// The value of the field `name`; the values of a repeated field joined by commas.
    func header(_ name: HTTPField.Name) -> String? { head.headerFields[name] }

    /// The value of the field a model names `name`; `nil` when there is none, or when `name` is not
    /// a valid field name (then no response can carry it).
    func header(named name: String) -> String? { HTTPField.Name(name).flatMap { head.headerFields[$0] } }
}

extension HTTPRequest {
    /// A request to `endpoint`: its scheme, its host and port as the authority, and `path` (percent-encoded,
    /// with its query) after the endpoint's own path, if it has one (e.g. `https://example.com/stage`).
    ///
    /// - Throws: ``ClientError/invalidRequest(operation:reason:)`` when `endpoint` has no scheme or host.
    init(method: Method, endpoint: URL, path: String, headerFields: HTTPFields = [:], operation: String)
        throws(ClientError)
    {
        guard let scheme = endpoint.scheme, let host = endpoint.host(percentEncoded: true), !host.isEmpty else {
            throw ClientError.invalidRequest(
                operation: operation, reason: "the endpoint \(endpoint.absoluteString) has no scheme or host")
        }
        var authority = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        if let port = endpoint.port { authority += ":\(port)" }
        var base = endpoint.path(percentEncoded: true)
        while base.hasSuffix("/") { base.removeLast() }
        self.init(method: method, scheme: scheme, authority: authority, path: base + path, headerFields: headerFields)
    }
}

extension HTTPFields {
    /// Appends the field `name: value`, where `name` comes from a model or an input (a header
    /// member's location name, or a header map's prefix and key).
    ///
    /// - Throws: ``ClientError/invalidRequest(operation:reason:)`` when `name` is not an HTTP field
    ///   name (RFC 9110's token characters), or when the name or value holds CR or LF.
    mutating func append(named name: String, _ value: String, operation: String) throws(ClientError) {
        // By bytes: "\r\n" is one Character, equal to neither "\r" nor "\n".
        func breaksLines(_ text: String) -> Bool { text.utf8.contains { $0 == 0x0D || $0 == 0x0A } }
        let shownName = String(decoding: name.utf8.filter { $0 != 0x0D && $0 != 0x0A }, as: UTF8.self)
        if breaksLines(name) || breaksLines(value) {
            throw ClientError.invalidRequest(
                operation: operation,
                reason: "header '\(shownName)' holds a line break (CR or LF), which HTTP does not allow")
        }
        guard let fieldName = HTTPField.Name(name) else {
            throw ClientError.invalidRequest(
                operation: operation,
                reason:
                    "'\(shownName)' is not a valid HTTP header name (RFC 9110 allows letters, digits and !#$%&'*+-.^_`|~)"
            )
        }
        append(HTTPField(name: fieldName, value: value))
    }
}

extension HTTPField.Name {
    /// `X-Amz-Target`: the operation a `json` protocol request calls, e.g. `AWSBatch.ListJobs`.
    public static let xAmzTarget = runtimeName("X-Amz-Target")
    /// `X-Amz-Date`: when a SigV4 signature was made.
    public static let xAmzDate = runtimeName("X-Amz-Date")
    /// `X-Amz-Security-Token`: the session token of temporary credentials.
    public static let xAmzSecurityToken = runtimeName("X-Amz-Security-Token")
    /// `X-Amz-Content-SHA256`: the hex SHA-256 of the body, which S3 requires.
    public static let xAmzContentSHA256 = runtimeName("X-Amz-Content-SHA256")
    /// `x-amz-request-id`: the request ID of S3 and other rest-xml services.
    public static let xAmzRequestID = runtimeName("x-amz-request-id")
    /// `x-amzn-RequestId`: the request ID of most services.
    public static let xAmznRequestID = runtimeName("x-amzn-RequestId")
    /// `X-Amzn-ErrorType`: an error response's code.
    public static let xAmznErrorType = runtimeName("X-Amzn-ErrorType")
    /// `x-amzn-query-error`: `Code;Fault`, the code a query-compatible service's query API had.
    public static let xAmznQueryError = runtimeName("x-amzn-query-error")
    /// `x-amzn-query-mode`: `true` in requests to a query-compatible service.
    public static let xAmznQueryMode = runtimeName("x-amzn-query-mode")
    /// `smithy-protocol`: `rpc-v2-cbor` in smithy-rpc-v2-cbor requests.
    public static let smithyProtocol = runtimeName("smithy-protocol")
    /// `x-amz-sdk-checksum-algorithm`: the algorithm of a request's checksum, e.g. `CRC32`.
    public static let xAmzSDKChecksumAlgorithm = runtimeName("x-amz-sdk-checksum-algorithm")
    /// `x-amz-checksum-crc32`: the base64 of the body's CRC32.
    public static let xAmzChecksumCRC32 = runtimeName("x-amz-checksum-crc32")
    /// `Content-MD5`: the base64 of the body's MD5, a checksum the caller may set.
    public static let contentMD5 = runtimeName("Content-MD5")

    /// The name `token`, one of the literals above. Every one is an RFC 9110 token, which
    /// `HTTPField.Name.init?(_:)` accepts (`HTTPFieldNameTests` checks each against its spelling);
    /// the fallback, `Via`, only keeps a trap out of the code and is never reached.
    private static func runtimeName(_ token: String) -> Self {
        Self(token) ?? .via
    }
}
