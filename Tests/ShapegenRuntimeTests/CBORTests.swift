import Foundation
import ShapegenHTTPTestSupport
import ShapegenTestSupport
import Testing

@testable import ShapegenRuntime

/// The CBOR codec and the smithy-rpc-v2-cbor bodies built on it.
@Suite("CBOR")
struct CBORTests {
    static let item = CBORValue.map([
        (.text("n"), .unsigned(500)), (.text("neg"), .negative(9)), (.text("b"), .bytes(Data([0, 255]))),
        (.text("list"), .array([.boolean(true), .null, .float(1.5)])),
        (.text("when"), .tagged(1, .float(1_422_172_800))),
        (.text("nested"), .map([(.text("é"), .text("ü"))])),
    ])

    @Test("items round-trip, and read as the JSON the client decodes outputs from")
    func roundTrip() throws {
        #expect(try CBORValue(decoding: Self.item.encoded) == Self.item)
        let json = try #require(Self.item.jsonText)
        #expect(
            try JSONValue(parsing: json)
                == JSONValue(
                    parsing: """
                        {"n": 500, "neg": -10, "b": "AP8=", "list": [true, null, 1.5], "when": 1422172800, "nested": {"é": "ü"}}
                        """))
    }

    @Test("indefinite lengths, half and single floats, and the shortest heads are read")
    func forms() throws {
        // {_ "a": [_ 1, 2], "h": 1.5 (half), "f": 7.625 (single)}; a chunked text string; 2^32.
        let bytes: [UInt8] = [
            0xBF, 0x61, 0x61, 0x9F, 0x01, 0x02, 0xFF, 0x61, 0x68, 0xF9, 0x3E, 0x00, 0x61, 0x66, 0xFA, 0x40, 0xF4, 0x00,
            0x00, 0xFF,
        ]
        #expect(
            try CBORValue(decoding: Data(bytes))
                == .map([
                    (.text("a"), .array([.unsigned(1), .unsigned(2)])), (.text("h"), .float(1.5)),
                    (.text("f"), .float(7.625)),
                ]))
        #expect(try CBORValue(decoding: Data([0x7F, 0x62, 0x61, 0x62, 0x61, 0x63, 0xFF])) == .text("abc"))
        #expect(CBORValue.unsigned(1 << 32).encoded == Data([0x1B, 0, 0, 0, 1, 0, 0, 0, 0]))
        #expect(CBORValue.unsigned(23).encoded == Data([0x17]) && CBORValue.unsigned(24).encoded == Data([0x18, 24]))
    }

    /// Hostile bodies: every truncation, huge claimed lengths, deep nesting and random corruption
    /// end in an error (or a value), never a crash, a hang or a huge allocation.
    @Test("truncated, oversized, deep and corrupted items fail with a reason")
    func hostile() throws {
        let valid = [UInt8](Self.item.encoded)
        for length in 0..<valid.count {
            #expect(throws: CBORValue.Malformed.self) { _ = try CBORValue(decoding: Data(valid.prefix(length))) }
        }
        for claim: [UInt8] in [
            [0x5B, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF],
            [0x9B, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF], [0xBA, 0xFF, 0xFF, 0xFF, 0xFF],
        ] {
            #expect(throws: CBORValue.Malformed.self) { _ = try CBORValue(decoding: Data(claim)) }
        }
        #expect(throws: CBORValue.Malformed.self) { _ = try CBORValue(decoding: Data(repeating: 0x81, count: 100_000)) }
        // Not UTF-8:
        #expect(throws: CBORValue.Malformed.self) { _ = try CBORValue(decoding: Data([0x62, 0xC3, 0x28])) }
        var random = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            var bytes = valid
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            _ = try? CBORValue(decoding: Data(bytes))
        }
    }

    struct Input: Codable, WireStructure {
        var name: String?
        var data: Data?
        var when: Date?
        var ratio: Double?
        var counts: [String: Int]?

        static let wireMembers = [
            WireMember("name", .string), WireMember("data", .blob), WireMember("when", .timestamp()),
            WireMember("ratio", .floatingPoint), WireMember("counts", .map(key: .string, value: .integer)),
        ]
    }

    struct Echo: Codable, Hashable, Validatable, WireStructure {
        var name: String?
        func validate(in context: inout ValidationContext) {}
        static let wireMembers = [WireMember("name", .string)]
    }

    /// A service that prefers CBOR and offers json can be set to json; a protocol it does not
    /// offer is refused before anything is sent.
    @Test("the client speaks CBOR, or the json the service also offers")
    func protocolChoice() async throws {
        let service = ServiceDescription(
            name: "Metrics", apiVersion: "1", wireProtocol: .rpcV2CBOR, targetPrefix: "Granite", jsonVersion: "1.0",
            alternativeProtocols: [.json])
        let answer = CannedResponse(status: 200, body: CBORValue.map([(.text("name"), .text("out"))]).encoded)
        let cbor = ClientFixture(service: service, responses: [answer])
        let output: Echo = try await cbor.client.send(
            Echo(name: "in"), to: OperationDescription(name: "Put", method: "POST", uri: "/"))
        #expect(output == Echo(name: "out"))
        let sent = try #require(await cbor.transport.requests.first)
        #expect(sent.path == "/service/Granite/operation/Put" && sent.header("smithy-protocol") == "rpc-v2-cbor")
        #expect(try CBORValue(decoding: sent.body) == .map([(.text("name"), .text("in"))]))

        let json = ClientFixture(
            service: service, configuration: ClientConfiguration(wireProtocol: .json),
            responses: [.text(200, #"{"name":"out"}"#)])
        let viaJSON: Echo = try await json.client.send(
            Echo(name: "in"), to: OperationDescription(name: "Put", method: "POST", uri: "/"))
        #expect(viaJSON == Echo(name: "out"))
        #expect(await json.transport.requests.first?.header("X-Amz-Target") == "Granite.Put")

        let query = ClientFixture(
            service: service, configuration: ClientConfiguration(wireProtocol: .query), responses: [answer])
        await #expect(
            throws: ClientError.invalidRequest(operation: "Put", reason: "Metrics does not offer the 'query' protocol")
        ) {
            let _: Echo = try await query.client.send(
                Echo(name: "in"), to: OperationDescription(name: "Put", method: "POST", uri: "/"))
        }
        #expect(await query.transport.requests.isEmpty)
    }

    @Test("an input's CBOR: blobs as byte strings, timestamps tagged, NaN as a float")
    func input() throws {
        let input = Input(
            name: "n", data: Data([1]), when: Date(timeIntervalSince1970: 2), ratio: .nan, counts: ["b": -1, "a": 1])
        let object = try JSONSerialization.jsonObject(with: JSONCoding.encoder.encode(input)) as? [String: Any] ?? [:]
        #expect(
            try CBORCoding.encode(object, members: Input.wireMembers)
                == .map([
                    (.text("name"), .text("n")), (.text("data"), .bytes(Data([1]))),
                    (.text("when"), .tagged(1, .float(2))),
                    (.text("ratio"), .float(.nan)),
                    (.text("counts"), .map([(.text("a"), .unsigned(1)), (.text("b"), .negative(0))])),
                ]))
    }
}
