import Foundation
import HTTPTypes
import ShapegenHTTPTestSupport
import Testing

@testable import ShapegenRuntime

/// Where a request goes, and how it is shown.
@Suite("HTTPRequest path and description")
struct HTTPRequestTargetTests {
    @Test(
        "the target is the endpoint's path followed by the request's",
        arguments: [
            (
                "https://batch.us-east-1.amazonaws.com", "/v1/listjobs", "/v1/listjobs",
                "https://batch.us-east-1.amazonaws.com/v1/listjobs"
            ),
            (
                "https://batch.us-east-1.amazonaws.com/", "/v1/listjobs", "/v1/listjobs",
                "https://batch.us-east-1.amazonaws.com/v1/listjobs"
            ),
            ("http://127.0.0.1:5000/stage/", "/x?a=1", "/stage/x?a=1", "http://127.0.0.1:5000/stage/x?a=1"),
            ("http://[::1]:9000", "/x", "/x", "http://[::1]:9000/x"),
        ])
    func target(endpoint: String, path: String, target: String, url: String) throws {
        let request = try HTTPRequest(
            method: .get, endpoint: try #require(URL(string: endpoint)), path: path, operation: "Op")
        #expect(request.path == target)
        #expect(request.url?.absoluteString == url)
    }

    @Test("an endpoint without a host is an invalid request, not a crash")
    func endpointWithoutHost() throws {
        #expect(
            throws: ClientError.invalidRequest(operation: "Op", reason: "the endpoint file:///x has no scheme or host")
        ) {
            try HTTPRequest(method: .get, endpoint: URL(fileURLWithPath: "/x"), path: "/", operation: "Op")
        }
    }

    @Test("credentials in headers do not show in a request's description")
    func redaction() throws {
        // swift-http-types' request describes itself by method and URL only; `dump` walks its
        // fields, which the runtime does not control.
        let request = HTTPRequest(
            method: "POST", endpoint: try #require(URL(string: "https://a.example")), path: "/p",
            headers: [
                HTTPField("Authorization", "AWS4-HMAC-SHA256 Credential=AKIA/…, Signature=abc123"),
                HTTPField("x-amz-security-token", "tok-secret"),
                HTTPField("Content-Type", "application/json"),
            ])
        for text in [String(describing: request), String(reflecting: request), "\(request)"] {
            #expect(!text.contains("abc123"))
            #expect(!text.contains("tok-secret"))
        }
        #expect(String(describing: request) == "(POST) https://a.example/p")
        #expect(request.header("x-amz-security-token") == "tok-secret")
    }
}
