import Foundation
import HTTPTypes
import ShapegenHTTPTestSupport
import ShapegenRuntime
import ShapegenSigV4
import Testing

/// `SigV4Signer` against botocore's own signer: for each request the `Authorization` header (and the
/// `X-Amz-Date` and `X-Amz-Security-Token` headers) must be the same, byte for byte.
@Suite("SigV4 against botocore")
struct SigV4OracleTests {
    static let session = AWSCredentials(
        accessKeyID: "ASIAEXAMPLETEMPKEY", secretAccessKey: "tEmP/SeCrEt+KeY/ExAmPlE0123456789abcdefg",
        sessionToken: "IQoJb3JpZ2luX2VjEXAMPLE//////////wEaCXVzLWVhc3QtMSJHMEUCIQ+tOkEn=")
    static let json = Data(#"{"jobQueue":"builds","filters":[{"name":"JOB_NAME","values":["build-*"]}]}"#.utf8)

    static let cases: [SigningCase] = [
        // Methods and bodies.
        SigningCase(name: "GET /, empty body", method: "GET", path: "/"),
        SigningCase(name: "GET with an empty path", method: "GET", path: ""),
        SigningCase(
            name: "POST JSON with a session token", path: "/v1/listjobs",
            headers: [HTTPField("Content-Type", "application/json")], body: json, credentials: session),
        SigningCase(
            name: "PUT binary body", method: "PUT", path: "/v1/blobs/b1",
            headers: [HTTPField("Content-Type", "application/octet-stream")], body: Data((0...255).map { UInt8($0) })),
        SigningCase(name: "DELETE, no body", method: "DELETE", path: "/v1/jobs/j-1"),
        SigningCase(name: "lower-case method", method: "get", path: "/v1/jobs"),

        // Paths that need escaping.
        SigningCase(name: "encoded space in the path is encoded again", method: "GET", path: "/v1/jobs/my%20job"),
        SigningCase(name: "raw space in the path", method: "GET", path: "/v1/jobs/my job"),
        SigningCase(name: "encoded percent", method: "GET", path: "/v1/jobs/100%25done"),
        SigningCase(name: "bare percent", method: "GET", path: "/v1/jobs/100%"),
        SigningCase(name: "raw Unicode", method: "GET", path: "/v1/jobs/ünïcödé/日本語/🚀"),
        SigningCase(name: "encoded Unicode", method: "GET", path: "/v1/jobs/%C3%BCn%C3%AF/%E6%97%A5"),
        SigningCase(
            name: "encoded ARN with colons and slash", method: "GET",
            path: "/v1/tags/arn%3Aaws%3Abatch%3Aus-east-1%3A123456789012%3Ajob-queue%2Fq"),
        SigningCase(name: "raw reserved characters", method: "GET", path: "/v1/a:b@c!d$e&f'g(h)i*j+k,l;m=n"),
        SigningCase(name: "dot segments", method: "GET", path: "/v1/a/b/../c/./d"),
        SigningCase(name: "leading dot-dot", method: "GET", path: "/../x/.."),
        SigningCase(name: "double slashes and a trailing slash", method: "GET", path: "//v1///jobs//"),
        SigningCase(name: "encoded dots stay", method: "GET", path: "/v1/%2E%2E/x"),
        SigningCase(name: "unreserved characters", method: "GET", path: "/v1/A-Z_a.z~0"),

        // Query strings.
        SigningCase(name: "unsorted and repeated keys", method: "GET", path: "/v1/jobs?b=2&a=1&a=0&c="),
        SigningCase(name: "upper-case keys sort first", method: "GET", path: "/v1/jobs?b=1&B=2&a=3&_=4&~=5"),
        SigningCase(
            name: "encoded special characters", method: "GET", path: "/v1/jobs?key=a%20b%2Fc%3Dd%26e%2Bf&x=%E2%82%AC"),
        SigningCase(name: "key without value and empty pair", method: "GET", path: "/v1/jobs?flag&a=1&&b=2"),
        SigningCase(name: "unreserved characters in the query", method: "GET", path: "/v1/jobs?Name=Value~-_.&t=x"),
        SigningCase(
            name: "raw special characters, botocore given params", method: "GET",
            path: "/v1/jobs?q=a b:c/d@e+f&é=ü&z=*&a=(1)", queryAsParams: true),
        SigningCase(
            name: "lower-case escapes, botocore given params", method: "GET", path: "/v1/jobs?q=%2f%3a%c3%a9&Q=x",
            queryAsParams: true),
        SigningCase(
            name: "query and a dot segment", method: "GET", path: "/v1/./jobs/../all?maxResults=10&nextToken=abc%3D%3D"),

        // Headers.
        SigningCase(
            name: "odd spacing in values", method: "GET", path: "/",
            headers: [
                HTTPField("X-Custom", "   a   b \t c   "), HTTPField("X-Tab", "\tx\ty\t"), HTTPField("x-empty", ""),
                HTTPField("X-Newline", "one\n two\r\n three"),
            ]),
        SigningCase(
            name: "repeated fields and mixed case names", method: "GET", path: "/",
            headers: [
                HTTPField("X-Multi", "1"), HTTPField("x-multi", " 2 "), HTTPField("X-MULTI", "3"),
                HTTPField("X-Amz-Meta", "m"),
            ]),
        SigningCase(
            name: "unsigned headers are left out", path: "/v1/listjobs",
            headers: [
                HTTPField("User-Agent", "shapegen/1.0"), HTTPField("Expect", "100-continue"),
                HTTPField("Connection", "keep-alive"),
                HTTPField("X-Amzn-Trace-Id", "Root=1-abc"), HTTPField("Content-Type", "application/json"),
                HTTPField("Transfer-Encoding", "chunked"),
            ],
            body: json),
        SigningCase(
            name: "stale signing headers are replaced", path: "/v1/listjobs",
            headers: [
                HTTPField("Authorization", "AWS4-HMAC-SHA256 stale"), HTTPField("X-Amz-Date", "20000101T000000Z"),
                HTTPField("X-Amz-Security-Token", "stale-token"),
            ],
            body: json, credentials: session),
        SigningCase(
            name: "X-Amz-Target and JSON 1.1", path: "/",
            headers: [
                HTTPField("Content-Type", "application/x-amz-json-1.1"), HTTPField("X-Amz-Target", "AWSBatch.ListJobs"),
            ],
            body: json, service: "batch"),
        SigningCase(
            name: "an explicit Host header is signed as given", method: "GET", path: "/",
            headers: [HTTPField("Host", "Example.COM:8080")]),

        // Endpoints.
        SigningCase(name: "loopback with a port", origin: "http://127.0.0.1:5000", body: json),
        SigningCase(
            name: "default https port is left out", method: "GET", origin: "https://batch.us-east-1.amazonaws.com:443",
            path: "/"),
        SigningCase(name: "default http port is left out", method: "GET", origin: "http://localhost:80", path: "/"),
        SigningCase(name: "upper-case host", method: "GET", origin: "https://BATCH.US-EAST-1.AMAZONAWS.COM", path: "/"),
        SigningCase(
            name: "endpoint with a base path", origin: "https://example.com:8443", basePath: "/stage/",
            path: "/v1/listjobs?a=1", body: json),
        SigningCase(name: "IPv6 loopback", method: "GET", origin: "http://[::1]:9000", path: "/x"),
        SigningCase(
            name: "China region and another service", method: "GET",
            origin: "https://execute-api.cn-north-1.amazonaws.com.cn", path: "/prod/items", region: "cn-north-1",
            service: "execute-api"),

        // Dates and credentials.
        SigningCase(name: "the AWS documentation's date", timestamp: "20150830T123600Z"),
        SigningCase(name: "end of a leap day", timestamp: "20240229T235959Z", fraction: 0.999),
        SigningCase(name: "end of the century", timestamp: "19991231T235959Z"),
        SigningCase(name: "after 2038", timestamp: "20380119T031408Z"),
        SigningCase(name: "with session token", method: "GET", path: "/v1/jobs?x=1", credentials: session),
        SigningCase(
            name: "secret with symbols",
            credentials: AWSCredentials(accessKeyID: "AKIA0000", secretAccessKey: "+/=!@#$%^&*()_ü")),

        // X-Amz-Content-SHA256.
        SigningCase(name: "content hash header, empty body", method: "GET", path: "/", includesContentHashHeader: true),
        SigningCase(name: "content hash header, JSON body", body: json, includesContentHashHeader: true),
        SigningCase(
            name: "content hash header replaces a stale one", headers: [HTTPField("X-Amz-Content-SHA256", "stale")],
            body: json,
            includesContentHashHeader: true),

        // S3: the path is signed as sent (not normalized, not encoded again), with the body's hash.
        SigningCase(
            name: "S3 key with spaces, non-ASCII and reserved characters", method: "PUT",
            origin: "http://127.0.0.1:5000",
            path: "/bucket/folder%20one/na%C3%AFve%20caf%C3%A9%20%E6%97%A5%E6%9C%AC%20%2B%20%26%20%3D%20%3F%20%23.bin",
            body: Data("object".utf8), service: "s3"),
        SigningCase(
            name: "S3 dot segments and double slashes stay", method: "GET",
            origin: "https://s3.us-east-1.amazonaws.com", path: "/bucket/a/../b//c/./d", service: "s3"),
        SigningCase(
            name: "S3 virtual-hosted ListObjectsV2", method: "GET",
            origin: "https://my-bucket.s3.eu-west-1.amazonaws.com",
            path: "/?list-type=2&max-keys=1000&prefix=a%20b%2F", region: "eu-west-1", service: "s3"),
        SigningCase(
            name: "S3 stale content hash replaced", method: "PUT", origin: "https://s3.us-east-1.amazonaws.com",
            path: "/bucket",
            headers: [HTTPField("X-Amz-Content-SHA256", "stale")], service: "s3"),
    ]

    /// botocore's signatures of every case, computed once in one `python3` run.
    ///
    /// A task, not a lazily computed value, so that the cases awaiting it suspend instead of blocking
    /// cooperative threads while `python3` runs.
    static let oracle = Task<[String: BotocoreSignature], any Error> {
        let signatures = try await BotocoreOracle.sign(cases.map { try $0.botocoreRequest() })
        return Dictionary(uniqueKeysWithValues: zip(cases.map(\.name), signatures))
    }

    @Test("the Authorization header matches botocore's", arguments: cases)
    func matchesBotocore(_ signingCase: SigningCase) async throws {
        let expected = try #require(try await Self.oracle.value[signingCase.name])
        let signed = try signingCase.signed()
        #expect(
            signed.header("Authorization") == expected.authorization,
            "botocore's canonical request:\n\(expected.canonicalRequest)")
        #expect(signed.header("X-Amz-Date") == expected.amzDate)
        #expect(signed.header("X-Amz-Security-Token") == expected.securityToken)
        if signingCase.includesContentHashHeader || signingCase.service == "s3" {
            #expect(signed.header("X-Amz-Content-SHA256") == expected.bodySHA256)
        }
    }

    @Test("each signing header appears once after signing", arguments: cases)
    func signingHeadersOnce(_ signingCase: SigningCase) throws {
        let signed = try signingCase.signed()
        for name in ["Authorization", "X-Amz-Date"] {
            #expect(signed.headerFields.filter { $0.name.canonicalName == name.lowercased() }.count == 1, "\(name)")
        }
        let tokens = signed.headerFields.filter { $0.name.canonicalName == "x-amz-security-token" }
        #expect(tokens.count == (signingCase.credentials.sessionToken == nil ? 0 : 1))
    }

    @Test("the cases cover every method, tokens and several dates")
    func coverage() {
        #expect(Set(Self.cases.map { $0.method.uppercased() }).isSuperset(of: ["GET", "POST", "PUT", "DELETE"]))
        #expect(Self.cases.contains { $0.credentials.sessionToken != nil })
        #expect(Set(Self.cases.map(\.timestamp)).count >= 4)
        #expect(Set(Self.cases.map(\.name)).count == Self.cases.count, "case names must be unique")
    }
}
