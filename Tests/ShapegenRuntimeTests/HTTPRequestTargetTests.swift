import Foundation
import ShapegenRuntime
import Testing

/// Where a request goes, and how it is shown.
@Suite("HTTPRequest target and description")
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
        let request = HTTPRequest(method: "GET", endpoint: try #require(URL(string: endpoint)), path: path)
        #expect(request.target == target)
        #expect(request.url?.absoluteString == url)
    }

    @Test("credentials in headers are redacted in descriptions and dumps")
    func redaction() throws {
        let request = HTTPRequest(
            method: "POST", endpoint: try #require(URL(string: "https://a.example")), path: "/p",
            headers: [
                HTTPField("Authorization", "AWS4-HMAC-SHA256 Credential=AKIA/…, Signature=abc123"),
                HTTPField("x-amz-security-token", "tok-secret"),
                HTTPField("Content-Type", "application/json"),
            ],
            body: Data("{}".utf8))
        var dumped = ""
        dump(request, to: &dumped)
        for text in [request.description, request.debugDescription, String(reflecting: request), dumped] {
            #expect(!text.contains("abc123"))
            #expect(!text.contains("tok-secret"))
            #expect(text.contains("application/json"))
        }
        #expect(
            request.description
                == "POST https://a.example /p [Authorization: <redacted>, x-amz-security-token: <redacted>, Content-Type: application/json] 2 bytes"
        )
        #expect(request.header("x-amz-security-token") == "tok-secret")
    }
}
