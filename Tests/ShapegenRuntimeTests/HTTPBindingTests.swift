import Foundation
import HTTPTypes
import ShapegenHTTPTestSupport
import ShapegenRuntime
import Testing

/// A rest-json input written as generated code writes one with members bound to HTTP.
struct PutThingInput: Codable, Hashable, Validatable {
    var bucket: String
    var key: String
    var tags: [String]?
    var since: Date?
    var limit: Int?
    var verbose: Bool?
    var filters: [String: [String]]?
    var modified: Date?
    var modifiedSeconds: Date?
    var ids: [String]?
    var meta: [String: String]?
    var context: String?
    var color: Color?
    var note: String?

    func validate(in context: inout ValidationContext) {}

    func encode(to encoder: any Encoder) throws {
        var container = HTTPMemberEncoder(encoder)
        try container.encodeMember(self.bucket, "Bucket", at: .uri)
        try container.encodeMember(self.key, "Key", at: .uri)
        try container.encodeMember(self.tags, "tag", at: .querystring)
        try container.encodeMember(self.since, "since", at: .querystring)
        try container.encodeMember(self.limit, "limit", at: .querystring)
        try container.encodeMember(self.verbose, "verbose", at: .querystring)
        try container.encodeMapMember(self.filters, "filters", at: .querystring)
        try container.encodeMember(self.modified, "If-Modified-Since", at: .header)
        try container.encodeMember(self.modifiedSeconds, "X-Seconds", at: .header, format: .epochSeconds)
        try container.encodeMember(self.ids, "X-Ids", at: .header)
        try container.encodeMapMember(self.meta, "x-meta-", at: .headers)
        try container.encodeMember(self.context, "X-Context", at: .header, format: .jsonValue)
        try container.encodeMember(self.color, "X-Color", at: .header)
        try container.encodeOptionalMember(self.note, "note")
    }
}

/// An input whose body is one blob, string or structure member.
struct UploadInput<Body: Codable & Hashable & Sendable>: Codable, Hashable, Validatable {
    var name: String
    var body: Body?

    func validate(in context: inout ValidationContext) {}

    func encode(to encoder: any Encoder) throws {
        var container = HTTPMemberEncoder(encoder)
        try container.encodeMember(self.name, "name", at: .uri)
        try container.encodePayload(self.body, "body")
    }
}

/// An output with members from headers, the status code and the body, as generated code decodes one.
struct GetThingOutput: Codable, Hashable {
    var etag: String?
    var length: Int64
    var modified: Date?
    var ids: [String]?
    var meta: [String: String]?
    var status: Int?
    var name: String?

    init(from decoder: any Decoder) throws {
        let container = try HTTPMemberDecoder(decoder)
        self.etag = try container.decodeOptionalMember("ETag", at: .header)
        self.length = try container.decodeRequiredMember("Content-Length", at: .header)
        self.modified = try container.decodeOptionalMember("Last-Modified", at: .header)
        self.ids = try container.decodeOptionalMember("X-Ids", at: .header)
        self.meta = try container.decodeMapMember("x-meta-", at: .headers)
        self.status = try container.decodeOptionalMember("status", at: .statusCode)
        self.name = try container.decodeOptionalMember("name")
    }
}

/// An output whose body is one member.
struct DownloadOutput<Body: Codable & Hashable & Sendable>: Codable, Hashable {
    var contentType: String?
    var body: Body?

    init(from decoder: any Decoder) throws {
        let container = try HTTPMemberDecoder(decoder)
        self.contentType = try container.decodeOptionalMember("Content-Type", at: .header)
        self.body = try container.decodeOptionalPayload("body")
    }
}

struct Manifest: Codable, Hashable, Sendable {
    var title: String
}

@Suite("rest-json HTTP bindings")
struct HTTPBindingTests {
    private static let noon = Date(timeIntervalSince1970: 1_714_564_800)  // 2024-05-01T12:00:00Z

    private func send<Input: Validatable & Encodable>(
        _ input: Input, uri: String, method: String = "PUT", inputHasBody: Bool = true
    ) async throws -> SentRequest {
        let fixture = ClientFixture(responses: [.text(200, "{}")])
        let operation = OperationDescription(name: "Put", method: method, uri: uri, inputHasBody: inputHasBody)
        let _: EmptyShape = try await fixture.client.send(input, to: operation)
        let requests = await fixture.transport.requests
        try #require(requests.count == 1)
        return requests[0]
    }

    private func receive<Output: Decodable>(
        _ response: CannedResponse, as: Output.Type, outputHasPayload: Bool = false
    ) async throws -> Output {
        let fixture = ClientFixture(responses: [response])
        let operation = OperationDescription(name: "Get", method: "GET", uri: "/", outputHasPayload: outputHasPayload)
        return try await fixture.client.send(EmptyShape(), to: operation)
    }

    @Test("labels are percent-encoded: spaces, slashes, unicode; a greedy label keeps its slashes")
    func labels() async throws {
        let input = PutThingInput(bucket: "my bucket/ä~x", key: "a/b c/ü.txt")
        let request = try await send(input, uri: "/{Bucket}/{Key+}", inputHasBody: false)
        #expect(request.path == "/my%20bucket%2F%C3%A4~x/a/b%20c/%C3%BC.txt")
        #expect(request.method == "PUT")
    }

    @Test("query: lists repeat the key, a map adds its entries, timestamps ISO 8601, booleans and numbers plain")
    func query() async throws {
        var input = PutThingInput(bucket: "b", key: "k")
        input.tags = ["a b", "c&d"]
        input.since = Self.noon
        input.limit = 25
        input.verbose = true
        input.filters = ["status": ["RUNNING", "FAILED"], "name=x": ["y"]]
        let request = try await send(input, uri: "/{Bucket}/{Key}?versioning", inputHasBody: false)
        #expect(
            request.path == "/b/k?versioning&tag=a%20b&tag=c%26d&since=2024-05-01T12%3A00%3A00Z&limit=25&verbose=true"
                + "&name%3Dx=y&status=RUNNING&status=FAILED")
    }

    /// botocore's RestJsonQueryPrecedence: a member bound to a query parameter wins over a query
    /// map's entry of the same name, wherever the map comes in the structure.
    @Test("a named query member takes precedence over a query map entry of the same name")
    func queryPrecedence() async throws {
        var input = PutThingInput(bucket: "b", key: "k")
        input.limit = 5
        input.filters = ["limit": ["99"], "other": ["x"]]
        let request = try await send(input, uri: "/{Bucket}/{Key}", inputHasBody: false)
        #expect(request.path == "/b/k?limit=5&other=x")
    }

    @Test(
        "headers: RFC 822 timestamps unless the model says otherwise, lists comma-separated, prefixed maps, JSON values base64"
    )
    func headers() async throws {
        var input = PutThingInput(bucket: "b", key: "k")
        input.modified = Self.noon
        input.modifiedSeconds = Date(timeIntervalSince1970: 1_714_564_800.25)
        input.ids = ["1", "two, three", #"say "hi""#]
        input.meta = ["Owner": "me", "team": "x"]
        input.context = #"{"a":1}"#
        input.color = .green
        let request = try await send(input, uri: "/{Bucket}/{Key}")
        #expect(request.header("If-Modified-Since") == "Wed, 01 May 2024 12:00:00 GMT")
        #expect(request.header("X-Seconds") == "1714564800.250")
        #expect(request.header("X-Ids") == #"1,"two, three","say \"hi\"""#)
        #expect(request.header("x-meta-Owner") == "me")
        #expect(request.header("x-meta-team") == "x")
        #expect(request.header("X-Context") == "eyJhIjoxfQ==")
        #expect(request.header("X-Color") == "GREEN")
    }

    @Test("bound members stay out of the body; with body members the body is JSON, even when empty")
    func body() async throws {
        var input = PutThingInput(bucket: "b", key: "k")
        input.limit = 3
        input.note = "hello"
        let request = try await send(input, uri: "/{Bucket}/{Key}")
        #expect(String(decoding: request.body, as: UTF8.self) == #"{"note":"hello"}"#)
        #expect(request.header("Content-Type") == "application/json")
        input.note = nil
        let empty = try await send(input, uri: "/{Bucket}/{Key}")
        #expect(String(decoding: empty.body, as: UTF8.self) == "{}")
    }

    @Test("without body members the request has no body and no Content-Type")
    func noBody() async throws {
        let request = try await send(
            PutThingInput(bucket: "b", key: "k"), uri: "/{Bucket}/{Key}", method: "DELETE", inputHasBody: false)
        #expect(request.body.isEmpty)
        #expect(request.header("Content-Type") == nil)
    }

    @Test("outside a request, every member is encoded and decoded under its key")
    func plainCodable() throws {
        var input = PutThingInput(bucket: "b", key: "k")
        input.limit = 3
        input.meta = ["a": "b"]
        let json = try JSONCoding.encoder.encode(input)
        #expect(String(decoding: json, as: UTF8.self) == #"{"Bucket":"b","Key":"k","limit":3,"x-meta-":{"a":"b"}}"#)
    }

    @Test("a payload is the whole body: blob raw, string as text, structure as JSON; nil blob sends nothing")
    func payloads() async throws {
        let blob = try await send(UploadInput(name: "n", body: Data([0, 1, 2])), uri: "/{name}", inputHasBody: false)
        #expect(blob.body == Data([0, 1, 2]))
        #expect(blob.header("Content-Type") == "application/octet-stream")
        let text = try await send(UploadInput(name: "n", body: "héllo"), uri: "/{name}", inputHasBody: false)
        #expect(text.body == Data("héllo".utf8))
        #expect(text.header("Content-Type") == "text/plain")
        let structure = try await send(
            UploadInput(name: "n", body: Manifest(title: "t")), uri: "/{name}", inputHasBody: false)
        #expect(String(decoding: structure.body, as: UTF8.self) == #"{"title":"t"}"#)
        #expect(structure.header("Content-Type") == "application/json")
        let noBlob = try await send(UploadInput<Data>(name: "n", body: nil), uri: "/{name}", inputHasBody: false)
        #expect(noBlob.body.isEmpty)
        #expect(noBlob.header("Content-Type") == nil)
        let noStructure = try await send(
            UploadInput<Manifest>(name: "n", body: nil), uri: "/{name}", inputHasBody: false)
        #expect(String(decoding: noStructure.body, as: UTF8.self) == "{}")
    }

    @Test(
        "an empty label is rejected before sending, not sent as //", arguments: ["/{Bucket}/{Key}", "/{Bucket}/{Key+}"])
    func emptyLabel(uri: String) async throws {
        let fixture = ClientFixture(responses: [.text(200, "{}")])
        let operation = OperationDescription(name: "Put", method: "PUT", uri: uri)
        await #expect(throws: ClientError.invalidRequest(operation: "Put", reason: "URI label 'Key' is empty")) {
            let _: EmptyShape = try await fixture.client.send(PutThingInput(bucket: "b", key: ""), to: operation)
        }
        #expect(await fixture.transport.requests.isEmpty)
    }

    @Test(
        "a header value or map key with CR or LF is rejected and nothing is sent",
        arguments: [
            PutThingInput(bucket: "b", key: "k", ids: ["a\r\nX-Injected: 1"]),
            PutThingInput(bucket: "b", key: "k", meta: ["a\nb": "c"]),
            PutThingInput(bucket: "b", key: "k", context: nil, color: Color(rawValue: "x\ry")),
        ])
    func lineBreaks(input: PutThingInput) async throws {
        let fixture = ClientFixture(responses: [.text(200, "{}")])
        let operation = OperationDescription(name: "Put", method: "PUT", uri: "/{Bucket}/{Key}")
        let error = await #expect(throws: ClientError.self) {
            let _: EmptyShape = try await fixture.client.send(input, to: operation)
        }
        #expect(error?.description.contains("line break (CR or LF)") == true)
        #expect(await fixture.transport.requests.isEmpty)
    }

    /// An input as a hostile model makes one: its header member's `locationName` is `name`.
    struct HostileHeaderInput: Encodable, Validatable {
        var name: String
        var value: String?
        var meta: [String: String]?

        func validate(in context: inout ValidationContext) {}

        func encode(to encoder: any Encoder) throws {
            var container = HTTPMemberEncoder(encoder)
            try container.encodeMember(self.value, self.name, at: .header)
            try container.encodeMapMember(self.meta, "x-meta-", at: .headers)
        }
    }

    @Test(
        "a header name that is not an HTTP token, from the model or a header map's key, is an error, never a crash",
        arguments: [
            ("X Spaced", "v", nil, "'X Spaced' is not a valid HTTP header name"),
            ("X-Colon:", "v", nil, "'X-Colon:' is not a valid HTTP header name"),
            ("", "v", nil, "'' is not a valid HTTP header name"),
            ("X-Émoji", "v", nil, "'X-Émoji' is not a valid HTTP header name"),
            ("X-Fine", "v", ["(bad)": "v"], "'x-meta-(bad)' is not a valid HTTP header name"),
        ] as [(String, String, [String: String]?, String)])
    func invalidHeaderNames(name: String, value: String, meta: [String: String]?, reason: String) async throws {
        let fixture = ClientFixture(responses: [.text(200, "{}")])
        let operation = OperationDescription(name: "Put", method: "PUT", uri: "/")
        let error = await #expect(throws: ClientError.self) {
            let _: EmptyShape = try await fixture.client.send(
                HostileHeaderInput(name: name, value: value, meta: meta), to: operation)
        }
        #expect(error?.description.contains(reason) == true, "\(String(describing: error))")
        #expect(await fixture.transport.requests.isEmpty)
    }

    @Test("a valid header name from the model is sent as the model spells it")
    func modelHeaderNameSpelling() async throws {
        let fixture = ClientFixture(responses: [.text(200, "{}")])
        let operation = OperationDescription(name: "Put", method: "PUT", uri: "/")
        let _: EmptyShape = try await fixture.client.send(
            HostileHeaderInput(name: "X-Odd_Name!", value: "v", meta: ["Key": "k"]), to: operation)
        let request = try #require(await fixture.transport.requests.first)
        #expect(request.headers.map(\.name.rawName) == ["X-Odd_Name!", "x-meta-Key", "Content-Type"])
        #expect(request.header("x-odd_name!") == "v")
    }

    @Test("response headers, a prefixed header map, the status code and body members fill the output")
    func responseBinding() async throws {
        let response = CannedResponse(
            status: 206,
            headers: [
                HTTPField("etag", "\"abc\""), HTTPField("Content-Length", "42"),
                HTTPField("Last-Modified", "Wed, 01 May 2024 12:00:00 GMT"), HTTPField("X-Ids", #"1, "two, three" ,4"#),
                HTTPField("X-Meta-Owner", "me"), HTTPField("x-meta-team", "x"),
            ],
            body: Data(#"{"name":"thing","ETag":"ignored"}"#.utf8))
        let output = try await receive(response, as: GetThingOutput.self)
        #expect(output.etag == "\"abc\"")
        #expect(output.length == 42)
        #expect(output.modified == Self.noon)
        #expect(output.ids == ["1", "two, three", "4"])
        #expect(output.meta == ["Owner": "me", "team": "x"])
        #expect(output.status == 206)
        #expect(output.name == "thing")
    }

    /// An output whose header map takes every header, as generated code decodes a `headers`
    /// member without a `locationName`.
    struct AllHeadersOutput: Decodable {
        var headers: [String: String]?

        init(from decoder: any Decoder) throws {
            let container = try HTTPMemberDecoder(decoder)
            headers = try container.decodeMapMember("AllHeaders", at: .headers, prefix: "")
        }
    }

    /// botocore's "Supports header maps": without a prefix the map holds every header.
    @Test("a header map with an empty prefix takes every header")
    func everyHeader() async throws {
        let response = CannedResponse(status: 200, headers: [HTTPField("X-Foo", "a"), HTTPField("bam", "b")])
        let output = try await receive(response, as: AllHeadersOutput.self)
        #expect(output.headers == ["X-Foo": "a", "bam": "b"])
    }

    @Test("a missing required header or an unreadable one is an invalid response")
    func badHeaders() async throws {
        await #expect(
            throws: ClientError.invalidResponse(operation: "Get", reason: "Content-Length: required member is missing")
        ) {
            _ = try await receive(CannedResponse(status: 200), as: GetThingOutput.self)
        }
        await #expect(
            throws: ClientError.invalidResponse(
                operation: "Get", reason: "Content-Length: header 'Content-Length' does not hold a Int64")
        ) {
            _ = try await receive(
                CannedResponse(status: 200, headers: [HTTPField("Content-Length", "many")]), as: GetThingOutput.self)
        }
    }

    @Test("a payload output takes the whole body: blob raw, string as text, structure from JSON")
    func responsePayloads() async throws {
        let bytes = Data([0xFF, 0x00, 0x7B])
        let blob = try await receive(
            CannedResponse(status: 200, headers: [HTTPField("Content-Type", "image/png")], body: bytes),
            as: DownloadOutput<Data>.self, outputHasPayload: true)
        #expect(blob.body == bytes)
        #expect(blob.contentType == "image/png")
        let text = try await receive(
            CannedResponse(status: 200, body: Data("plain {".utf8)), as: DownloadOutput<String>.self,
            outputHasPayload: true)
        #expect(text.body == "plain {")
        let structure = try await receive(
            CannedResponse(status: 200, body: Data(#"{"title":"t"}"#.utf8)), as: DownloadOutput<Manifest>.self,
            outputHasPayload: true)
        #expect(structure.body == Manifest(title: "t"))
        let none = try await receive(
            CannedResponse(status: 200), as: DownloadOutput<Manifest>.self, outputHasPayload: true)
        #expect(none.body == nil)
    }

    /// botocore's RestJsonEnumPayloadRequest and RestJsonEnumPayloadResponse: an enum payload is
    /// its raw value, not a JSON string.
    @Test("an enum payload is its raw value as text, both ways")
    func enumPayloads() async throws {
        let request = try await send(UploadInput(name: "n", body: Color.green), uri: "/{name}", inputHasBody: false)
        #expect(request.body == Data("GREEN".utf8))
        #expect(request.header("Content-Type") == "text/plain")
        let output = try await receive(
            CannedResponse(status: 200, body: Data("GREEN".utf8)), as: DownloadOutput<Color>.self,
            outputHasPayload: true)
        #expect(output.body == .green)
    }

    @Test("timestamps round-trip through each format, before and after 1970")
    func timestamps() throws {
        let cases: [(Date, HTTPValueFormat, String)] = [
            (Self.noon, .iso8601, "2024-05-01T12:00:00Z"),
            (Date(timeIntervalSince1970: 0.5), .iso8601, "1970-01-01T00:00:00.500Z"),
            (Date(timeIntervalSince1970: -86_401), .rfc822, "Tue, 30 Dec 1969 23:59:59 GMT"),
            (Date(timeIntervalSince1970: 951_782_400), .rfc822, "Tue, 29 Feb 2000 00:00:00 GMT"),
            (Self.noon, .epochSeconds, "1714564800"),
        ]
        for (date, format, text) in cases {
            #expect(date.httpText(format: format) == text)
            #expect(Date(httpText: text, format: format) == date)
        }
        #expect(Date(httpText: "Thu, 01 Jan 99999999999999 00:00:00 GMT", format: .rfc822) == nil)
    }
}
