import Foundation
import ShapegenHTTPTestSupport
import Testing

@testable import ShapegenRuntime

/// rest-xml bodies: a structure's `Codable` form written as elements by its wire description, and
/// a client that binds members to HTTP as for rest-json and writes the rest as XML.
@Suite("rest-xml")
struct RestXMLTests {
    struct Bucket: Codable, Hashable, Validatable, WireStructure {
        var id: String?
        var name: String?
        var tags: [String]?
        var flat: [Int]?
        var labels: [String: String]?
        var created: Date?

        func validate(in context: inout ValidationContext) {}

        static let wireMembers = [
            WireMember("id", .string, isAttribute: true),
            WireMember("name", .string, wireName: "Name", namespace: XMLNamespace("urn:n", prefix: "n")),
            WireMember("tags", .list(.string, memberName: "Tag", memberNamespace: XMLNamespace("urn:t"))),
            WireMember("flat", .list(.integer, memberName: "ignored", flattened: true), wireName: "Flat"),
            WireMember("labels", .map(key: .string, value: .string, keyName: "K", flattened: true), wireName: "Label"),
            WireMember("created", .timestamp(.rfc822)),
        ]
    }

    static let bucket = Bucket(
        id: "a\"b", name: "x<y&z", tags: ["t"], flat: [1, 2], labels: ["b": "2", "a": "1"],
        created: Date(timeIntervalSince1970: 0))

    @Test("elements, attributes, namespaces, wrapped and flattened lists, flattened maps sorted by key, escaping")
    func document() throws {
        let object =
            try JSONSerialization.jsonObject(with: JSONCoding.encoder.encode(Self.bucket)) as? [String: Any] ?? [:]
        let xml = String(
            decoding: XMLEncoding.document(
                object, members: Bucket.wireMembers, root: XMLRoot("B", namespace: XMLNamespace("urn:b"))),
            as: UTF8.self)
        #expect(
            xml == """
                <B xmlns="urn:b" id="a&quot;b"><Name xmlns:n="urn:n">x&lt;y&amp;z</Name><tags><Tag xmlns="urn:t">t</Tag></tags>\
                <Flat>1</Flat><Flat>2</Flat><Label><K>a</K><value>1</value></Label><Label><K>b</K><value>2</value></Label>\
                <created>Thu, 01 Jan 1970 00:00:00 GMT</created></B>
                """)
    }

    @Test("the client sends body members as the operation's document element and reads XML back")
    func client() async throws {
        let service = ServiceDescription(name: "S3", apiVersion: "2006-03-01", wireProtocol: .restXML)
        let response = CannedResponse(
            status: 200, body: Data("<Result><Name>n</Name><tags><Tag>t</Tag></tags></Result>".utf8))
        let fixture = ClientFixture(service: service, responses: [response])
        let operation = OperationDescription(name: "Put", method: "PUT", uri: "/b", xmlRoot: XMLRoot("PutRequest"))
        let output: Bucket = try await fixture.client.send(Bucket(name: "n"), to: operation)
        #expect(output == Bucket(name: "n", tags: ["t"]))
        let request = try #require(await fixture.transport.requests.first)
        #expect(
            String(decoding: request.body, as: UTF8.self) == #"<PutRequest><Name xmlns:n="urn:n">n</Name></PutRequest>"#
        )
        #expect(request.method == "PUT" && request.path == "/b")
    }
}
