import Foundation
import HTTPTypes
import ShapegenHTTPTestSupport
import ShapegenRuntime
import Testing

@testable import ShapegenSigV4

/// `SigV4Signer` on its own: a published example, the async entry point, canonical forms.
@Suite("SigV4Signer")
struct SigV4SignerTests {
    static let docsCredentials = AWSCredentials(
        accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    static let docsDate = Date(timeIntervalSince1970: 1_440_938_160)  // 2015-08-30T12:36:00Z

    @Test("the AWS documentation's IAM ListUsers example gives its published signature")
    func documentationExample() throws {
        let request = HTTPRequest(
            method: "GET", endpoint: try #require(URL(string: "https://iam.amazonaws.com")),
            path: "/?Action=ListUsers&Version=2010-05-08",
            headers: [HTTPField("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")])
        let signed = SigV4Signer(credentials: StaticCredentialProvider(Self.docsCredentials)).sign(
            request, body: Data(),
            context: SigningContext(signingName: "iam", region: "us-east-1", operation: "ListUsers"),
            credentials: Self.docsCredentials, date: Self.docsDate)
        #expect(signed.header("X-Amz-Date") == "20150830T123600Z")
        #expect(
            signed.header("Authorization") == """
                AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, \
                SignedHeaders=content-type;host;x-amz-date, \
                Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7
                """)
    }

    @Test("sign(_:context:) asks the provider and the clock, and keeps the request's own headers")
    func asyncEntryPoint() async throws {
        let signer = SigV4Signer(credentials: StaticCredentialProvider(Self.docsCredentials), now: { Self.docsDate })
        let request = HTTPRequest(
            method: "POST", endpoint: try #require(URL(string: "https://batch.eu-west-1.amazonaws.com")),
            path: "/v1/listjobs",
            headers: [HTTPField("Content-Type", "application/json")])
        let body = Data("{}".utf8)
        let context = SigningContext(signingName: "batch", region: "eu-west-1", operation: "ListJobs")
        let signed = try await signer.sign(request, body: body, context: context)
        #expect(
            signed
                == signer.sign(
                    request, body: body, context: context, credentials: Self.docsCredentials, date: Self.docsDate))
        #expect(signed.header("Content-Type") == "application/json")
        #expect(
            signed.header("Authorization")?.hasPrefix(
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/eu-west-1/batch/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature="
            ) == true)
    }

    @Test("signing an already signed request again gives the same request as signing it once")
    func resigning() throws {
        let request = HTTPRequest(method: "GET", endpoint: try #require(URL(string: "https://a.b")), path: "/x")
        let context = SigningContext(signingName: "s", region: "us-east-1", operation: "Op")
        let signer = SigV4Signer(credentials: StaticCredentialProvider(Self.docsCredentials))
        let once = signer.sign(
            request, body: Data(), context: context, credentials: Self.docsCredentials, date: Self.docsDate)
        let twice = signer.sign(
            once, body: Data(), context: context, credentials: Self.docsCredentials, date: Self.docsDate)
        #expect(Set(twice.headerFields.map(\.name)) == Set(once.headerFields.map(\.name)))
        #expect(twice.headerFields.count == once.headerFields.count)
        #expect(twice.header("Authorization") == once.header("Authorization"))
        let later = signer.sign(
            once, body: Data(), context: context, credentials: Self.docsCredentials, date: Self.docsDate + 1)
        #expect(later.header("Authorization") != once.header("Authorization"))
    }

    @Test(
        "a query is canonical however it was encoded",
        arguments: [
            ("a=x y&b=1", "a=x%20y&b=1"),
            ("b=1&a=x%20y", "a=x%20y&b=1"),
            ("a=%2f%3A", "a=%2F%3A"),
            ("a=é", "a=%C3%A9"),
            ("a=1+2", "a=1%2B2"),
            ("z&a=", "a=&z="),
            ("a=%zz%", "a=%25zz%25"),
            ("", ""),
        ])
    func canonicalQuery(query: String, expected: String) {
        #expect(CanonicalRequest.canonicalQuery(Substring(query)) == expected)
    }

    @Test(
        "paths lose dot segments and empty segments, then are encoded again",
        arguments: [
            ("", "/"),
            ("/", "/"),
            ("/a/b/../c/./d/", "/a/c/d/"),
            ("/..", "/"),
            ("//a//b", "/a/b"),
            ("/a%20b", "/a%2520b"),
            ("/é", "/%C3%A9"),
        ])
    func canonicalURI(path: String, expected: String) {
        #expect(CanonicalRequest.canonicalURI(Substring(path)) == expected)
    }

    @Test(
        "the signed host is the authority, lower-cased, without the scheme's default port",
        arguments: [
            ("https", "BATCH.example.com", "batch.example.com"),
            ("https", "a.example:443", "a.example"),
            ("http", "a.example:80", "a.example"),
            ("http", "a.example:443", "a.example:443"),
            ("https", "a.example:8443", "a.example:8443"),
            ("http", "[::1]:80", "[::1]"),
            ("http", "[::1]:9000", "[::1]:9000"),
            ("http", "[::80]", "[::80]"),
        ])
    func signedHost(scheme: String, authority: String, expected: String) {
        #expect(CanonicalRequest.host(scheme: scheme, authority: authority) == expected)
    }

    @Test("signing times are UTC, with fractions of a second dropped")
    func signingTime() {
        #expect(SigningTime(Date(timeIntervalSince1970: 0)).dateTime == "19700101T000000Z")
        #expect(
            SigningTime(Date(timeIntervalSince1970: 951_868_799.999))
                == SigningTime(Date(timeIntervalSince1970: 951_868_799)))
        #expect(SigningTime(Date(timeIntervalSince1970: 951_868_799.999)).dateTime == "20000229T235959Z")
        #expect(SigningTime(Date(timeIntervalSince1970: 951_868_799)).date == "20000229")
    }
}
