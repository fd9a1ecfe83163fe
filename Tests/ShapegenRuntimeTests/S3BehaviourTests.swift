import Foundation
import HTTPTypes
import ShapegenHTTPTestSupport
import Testing

@testable import ShapegenRuntime

/// What S3 needs beyond rest-xml: bucket addressing, the unwrapped `GetBucketLocation` answer,
/// status-only errors, and the checksum of operations whose model requires one.
@Suite("S3 behaviour")
struct S3BehaviourTests {
    /// `PUT /{Bucket}/{Key+}` with an XML body member, as S3's generated inputs are written.
    struct ObjectInput: Codable, Hashable, Validatable, WireStructure {
        var bucket: String
        var key: String
        var note: String?

        func validate(in context: inout ValidationContext) {}

        func encode(to encoder: any Encoder) throws {
            var container = HTTPMemberEncoder(encoder)
            try container.encodeMember(bucket, "Bucket", at: .uri)
            try container.encodeMember(key, "Key", at: .uri)
            try container.encodeOptionalMember(note, "Note")
        }

        static let wireMembers = [
            WireMember("Bucket", .string), WireMember("Key", .string), WireMember("Note", .string),
        ]
    }

    /// `GetBucketLocation`'s output: one member, which S3 sends as the document element itself.
    struct LocationOutput: Codable, Hashable, WireStructure {
        var locationConstraint: String?

        enum CodingKeys: String, CodingKey { case locationConstraint = "LocationConstraint" }

        static let wireMembers = [WireMember("LocationConstraint", .string)]
    }

    static let s3 = ServiceDescription(
        name: "S3", apiVersion: "2006-03-01", wireProtocol: .restXML, endpointPrefix: "s3")
    static let putObject = OperationDescription(name: "PutObject", method: "PUT", uri: "/{Bucket}/{Key+}")

    func request(
        bucket: String, uri: String = "/{Bucket}/{Key+}", endpoint: URL? = nil, service: ServiceDescription = s3
    ) async throws -> SentRequest {
        let fixture = ClientFixture(
            service: service, configuration: ClientConfiguration(region: "eu-west-1", endpoint: endpoint),
            responses: [CannedResponse(status: 200)])
        let operation = OperationDescription(name: "PutObject", method: "PUT", uri: uri, inputHasBody: false)
        let _: EmptyShape = try await fixture.client.send(ObjectInput(bucket: bucket, key: "a b/c"), to: operation)
        return try #require(await fixture.transport.requests.first)
    }

    @Test("a bucket that is a DNS label moves into AWS's host")
    func virtualHosted() async throws {
        let request = try await request(bucket: "my-bucket-v2")
        #expect(request.url?.absoluteString == "https://my-bucket-v2.s3.eu-west-1.amazonaws.com/a%20b/c")
        let location = try await self.request(bucket: "my-bucket", uri: "/{Bucket}?location")
        #expect(location.url?.absoluteString == "https://my-bucket.s3.eu-west-1.amazonaws.com/?location")
    }

    @Test(
        "a configured endpoint, and names with dots or capitals, stay path-style",
        arguments: ["my.bucket", "MyBucket", "ab", "-ab"])
    func pathStyle(bucket: String) async throws {
        let request = try await request(bucket: bucket)
        #expect(request.url?.absoluteString == "https://s3.eu-west-1.amazonaws.com/\(bucket)/a%20b/c")
        let local = try await self.request(bucket: "my-bucket", endpoint: URL(string: "http://127.0.0.1:9000"))
        #expect(local.url?.absoluteString == "http://127.0.0.1:9000/my-bucket/a%20b/c")
    }

    @Test("other services, and S3 operations without a bucket, keep their path")
    func otherServices() async throws {
        let other = ServiceDescription(
            name: "Things", apiVersion: "1", wireProtocol: .restXML, endpointPrefix: "things")
        #expect(
            try await request(bucket: "my-bucket", service: other).url?.absoluteString
                == "https://things.eu-west-1.amazonaws.com/my-bucket/a%20b/c")
        #expect(!S3Addressing.applies(to: Self.s3, OperationDescription(name: "ListBuckets", method: "GET", uri: "/")))
        #expect(
            !S3Addressing.applies(to: Self.s3, OperationDescription(name: "X", method: "GET", uri: "/{BucketName}")))
    }

    @Test("GetBucketLocation's unwrapped answer, and the empty one of us-east-1")
    func bucketLocation() async throws {
        let operation = OperationDescription(
            name: "GetBucketLocation", method: "GET", uri: "/{Bucket}?location", inputHasBody: false)
        let answers = [
            #"<?xml version="1.0" encoding="UTF-8"?><LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/">eu-west-1</LocationConstraint>"#,
            #"<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/"/>"#,
        ]
        let fixture = ClientFixture(
            service: Self.s3,
            configuration: ClientConfiguration(region: "eu-west-1", endpoint: URL(string: "http://localhost:9000")),
            responses: answers.map { CannedResponse(status: 200, body: Data($0.utf8)) })
        let first: LocationOutput = try await fixture.client.send(ObjectInput(bucket: "b-1", key: "k"), to: operation)
        let second: LocationOutput = try await fixture.client.send(ObjectInput(bucket: "b-1", key: "k"), to: operation)
        #expect(first.locationConstraint == "eu-west-1")
        #expect(second.locationConstraint == nil)
    }

    @Test("an error without a body is its status, as botocore reads a HEAD answer")
    func statusOnlyError() async throws {
        let response = CannedResponse(status: 404, headers: [HTTPField("x-amz-request-id", "R1")])
        let fixture = ClientFixture(service: Self.s3, responses: [response])
        await #expect(throws: ServiceError(status: 404, code: "404", message: nil, requestID: "R1")) {
            let _: EmptyShape = try await fixture.client.send(ObjectInput(bucket: "b-1", key: "k"), to: Self.putObject)
        }
    }

    @Test("a required checksum is the body's CRC32, unless the request carries one")
    func checksum() async throws {
        let operation = OperationDescription(
            name: "DeleteObjects", method: "POST", uri: "/{Bucket}?delete", requiresChecksum: true)
        let fixture = ClientFixture(
            service: Self.s3, responses: [CannedResponse(status: 200), CannedResponse(status: 200)])
        let _: EmptyShape = try await fixture.client.send(
            ObjectInput(bucket: "b-1", key: "k", note: "n"), to: operation)
        let request = try #require(await fixture.transport.requests.first)
        // Python: base64.b64encode(zlib.crc32(body).to_bytes(4, "big")).
        let body = String(decoding: request.body, as: UTF8.self)
        #expect(body == "<ObjectInput><Note>n</Note></ObjectInput>")
        #expect(request.header("x-amz-checksum-crc32") == "o4GK8Q==")
        #expect(request.header("x-amz-sdk-checksum-algorithm") == "CRC32")
        #expect(RequestChecksum.crc32Value(of: Data("123456789".utf8)) == "y/Q5Jg==")

        let given = RequestMessage(
            head: HTTPRequest(
                method: "POST", endpoint: URL(fileURLWithPath: "/"), path: "/",
                headers: [HTTPField("Content-MD5", "x")]))
        #expect(try RequestChecksum.adding(to: given, operation: "D").head == given.head)
        let sha = RequestMessage(
            head: HTTPRequest(
                method: "POST", endpoint: URL(fileURLWithPath: "/"), path: "/",
                headers: [HTTPField("x-amz-sdk-checksum-algorithm", "SHA256")]))
        #expect(throws: ClientError.self) { try RequestChecksum.adding(to: sha, operation: "D") }
    }
}
