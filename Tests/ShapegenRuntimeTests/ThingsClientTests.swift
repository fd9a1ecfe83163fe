import Foundation
import HTTPTypes
import ShapegenHTTPTestSupport
import ShapegenRuntime
import Testing

/// The code generated from `Tests/Fixtures/Things/things.yaml` (in `Things/`, kept current by
/// `ThingsFixtureTests`) sends labels, query parameters, headers and a payload, and reads headers,
/// the status code and a payload back, through an in-process transport.
@Suite("Generated rest-json client round trip")
struct ThingsClientTests {
    private static let noon = Date(timeIntervalSince1970: 1_714_564_800)  // 2024-05-01T12:00:00Z

    @Test(
        "PutItem: labels, query after the URI's own, headers, a structure payload; output from headers, status and body"
    )
    func putItem() async throws {
        let transport = RecordingTransport(responses: [
            CannedResponse(status: 201, headers: [HTTPField("x-version", "7")], body: Data(#"{"stored":true}"#.utf8))
        ])
        let client = ThingsClient(transport: transport)
        let input = Things.PutItemRequest(
            shelf: "top shelf", path: "fruit/ä/apple.txt", labels: ["red", "ripe & sweet"], after: Self.noon,
            dryRun: false,
            owner: "ann", expires: Date(timeIntervalSince1970: 1_800_000_000), metadata: ["Origin": "orchard"],
            item: Things.Item(name: "apple", size: 3))

        let output = try await client.putItem(input)

        #expect(output == Things.PutItemResponse(version: "7", status: 201, stored: true))
        let requests = await transport.requests
        try #require(requests.count == 1)
        let request = requests[0]
        #expect(request.method == "PUT")
        #expect(
            request.path == "/v1/shelves/top%20shelf/items/fruit/%C3%A4/apple.txt?store"
                + "&label=red&label=ripe%20%26%20sweet&after=2024-05-01T12%3A00%3A00Z&dry-run=false")
        #expect(request.header("X-Owner") == "ann")
        #expect(request.header("X-Expires") == "1800000000")
        #expect(request.header("x-meta-Origin") == "orchard")
        #expect(request.header("Content-Type") == "application/json")
        #expect(String(decoding: request.body, as: UTF8.self) == #"{"name":"apple","size":3}"#)
    }

    @Test("GetItem: no body is sent; the blob payload, Content-Type, Last-Modified and prefixed headers come back")
    func getItem() async throws {
        let bytes = Data([0x89, 0x50, 0x4E, 0x47])
        let transport = RecordingTransport(responses: [
            CannedResponse(
                status: 200,
                headers: [
                    HTTPField("Content-Type", "image/png"), HTTPField("Last-Modified", "Wed, 01 May 2024 12:00:00 GMT"),
                    HTTPField("X-Meta-Origin", "orchard"),
                ],
                body: bytes)
        ])
        let output = try await ThingsClient(transport: transport).getItem(
            Things.GetItemRequest(shelf: "s", path: "a/b", since: Self.noon))

        #expect(
            output
                == Things.GetItemResponse(
                    contentType: "image/png", modified: Self.noon, metadata: ["Origin": "orchard"], body: bytes))
        let request = try #require(await transport.requests.first)
        #expect(request.path == "/v1/shelves/s/items/a/b")
        #expect(request.header("If-Modified-Since") == "Wed, 01 May 2024 12:00:00 GMT")
        #expect(request.body.isEmpty)
        #expect(request.header("Content-Type") == nil)
    }

    @Test("a modelled error takes its header member from the response")
    func errorHeaders() async throws {
        let transport = RecordingTransport(responses: [
            CannedResponse(
                status: 409, headers: [HTTPField("X-Amzn-ErrorType", "ItemLocked"), HTTPField("Retry-After", "30")],
                body: Data(#"{"message":"locked"}"#.utf8))
        ])
        let error = await #expect(throws: Things.ItemLocked.self) {
            try await ThingsClient(transport: transport).putItem(Things.PutItemRequest(shelf: "s", path: "p"))
        }
        #expect(error?.retryAfter == 30)
        #expect(error?.message == "locked")
    }

    @Test("an empty greedy label is a validation error, not a request to /v1/shelves/s/items/")
    func emptyGreedyLabel() async throws {
        let transport = RecordingTransport(responses: [])
        await #expect(throws: ValidationError.self) {
            try await ThingsClient(transport: transport).getItem(Things.GetItemRequest(shelf: "s", path: ""))
        }
        #expect(await transport.requests.isEmpty)
    }

    @Test("a header with a line break is never sent")
    func headerInjection() async throws {
        let transport = RecordingTransport(responses: [])
        await #expect(throws: ClientError.self) {
            try await ThingsClient(transport: transport).putItem(
                Things.PutItemRequest(shelf: "s", path: "p", owner: "ann\r\nX-Admin: true"))
        }
        #expect(await transport.requests.isEmpty)
    }
}
