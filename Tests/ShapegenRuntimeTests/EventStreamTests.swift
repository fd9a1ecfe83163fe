import Foundation
import ShapegenHTTPTestSupport
import ShapegenTestSupport
import Testing

@testable import ShapegenRuntime

/// Output event streams: the binary messages, their checks, and the output they decode into.
@Suite("Event streams")
struct EventStreamTests {
    /// An event stream message with string headers (type 7) and `payload`, as a service frames it.
    static func message(_ headers: [(String, String)], _ payload: String) -> [UInt8] {
        var headerBytes: [UInt8] = []
        for (name, value) in headers {
            headerBytes +=
                [UInt8(name.utf8.count)] + Array(name.utf8) + [
                    7, UInt8(value.utf8.count >> 8), UInt8(value.utf8.count & 0xFF),
                ]
                + Array(value.utf8)
        }
        let total = 16 + headerBytes.count + payload.utf8.count
        func bigEndian(_ value: UInt32) -> [UInt8] { [24, 16, 8, 0].map { UInt8((value >> UInt32($0)) & 0xFF) } }
        var bytes = bigEndian(UInt32(total)) + bigEndian(UInt32(headerBytes.count))
        bytes += bigEndian(CRC32.checksum(bytes[...]))
        bytes += headerBytes + Array(payload.utf8)
        return bytes + bigEndian(CRC32.checksum(bytes[...]))
    }

    static func event(_ type: String, _ payload: String) -> [UInt8] {
        message([(":message-type", "event"), (":event-type", type)], payload)
    }

    static let stream = EventStreamDescription(
        member: "Events",
        events: [
            "Chunk": .init(payload: .blob("Bytes")),
            "Note": .init(payload: .structure("Body"), headers: [":event-type"]),
        ])

    @Test("CRC-32 is zlib's")
    func crc() {
        #expect(CRC32.checksum(Array("123456789".utf8)[...]) == 0xCBF4_3926)
    }

    @Test("messages become the output's JSON: events in order, the initial response's members beside them")
    func document() throws {
        let body =
            Self.event("initial-response", #"{"Id": "x"}"#) + Self.event("Chunk", "raw bytes")
            + Self.event("Unknown", "{}")
            + Self.event("Note", #"{"text": "hi"}"#)
        let json = try EventStreamDocument.json(from: Data(body), stream: Self.stream)
        #expect(
            try JSONValue(parsing: json)
                == JSONValue(
                    parsing: """
                        {"Events": [{"Chunk": {"Bytes": "\(Data("raw bytes".utf8).base64EncodedString())"}},
                                    {"Note": {"Body": {"text": "hi"}, ":event-type": "Note"}}], "Id": "x"}
                        """))
    }

    /// A generated-style output with an event stream member.
    struct Output: Codable, Hashable {
        var id: String?
        var events: EventStream<Event>?

        struct Event: Codable, Hashable, Sendable {
            var chunk: Chunk?

            struct Chunk: Codable, Hashable, Sendable {
                var bytes: Data?

                enum CodingKeys: String, CodingKey { case bytes = "Bytes" }
            }

            enum CodingKeys: String, CodingKey { case chunk = "Chunk" }
        }

        enum CodingKeys: String, CodingKey {
            case id = "Id"
            case events = "Events"
        }
    }

    @Test("the client reads a stream into the output, and an exception message into its error")
    func client() async throws {
        let operation = OperationDescription(
            name: "Watch", method: "POST", uri: "/", errors: [FooError.self], outputEventStream: Self.stream)
        let body = Self.event("initial-response", #"{"Id": "x"}"#) + Self.event("Chunk", "a") + Self.event("Chunk", "b")
        let fixture = ClientFixture(responses: [CannedResponse(status: 200, body: Data(body))])
        let output: Output = try await fixture.client.send(PingInput(message: "hi"), to: operation)
        #expect(output.id == "x")
        var chunks: [Data] = []
        for try await event in try #require(output.events) { chunks.append(try #require(event.chunk?.bytes)) }
        #expect(chunks == [Data("a".utf8), Data("b".utf8)])

        let failing =
            Self.event("Chunk", "a")
            + Self.message([(":message-type", "exception"), (":exception-type", "FooError")], #"{"message": "m"}"#)
        let failed = ClientFixture(responses: [CannedResponse(status: 200, body: Data(failing))])
        await #expect(throws: FooError(message: "m")) {
            let _: Output = try await failed.client.send(PingInput(message: "hi"), to: operation)
        }
        let error = Self.message(
            [(":message-type", "error"), (":error-code", "Throttled"), (":error-message", "slow down")], "")
        let erring = ClientFixture(responses: [CannedResponse(status: 200, body: Data(error))])
        await #expect(throws: ServiceError(status: 200, code: "Throttled", message: "slow down", requestID: nil)) {
            let _: Output = try await erring.client.send(PingInput(message: "hi"), to: operation)
        }
    }

    /// Hostile bodies: every truncation and many corruptions of a valid stream end in a clear
    /// error or in events, never a crash or a hang.
    @Test("truncated and corrupted streams fail with a reason")
    func hostile() throws {
        let first = Self.event("Chunk", "payload")
        let valid = first + Self.event("Note", #"{"a": 1}"#)
        // Cut at a message's end, the stream holds fewer messages; anywhere else it is malformed.
        for length in 1..<valid.count where length != first.count {
            #expect(throws: EventStreamDocument.Failure.self) {
                _ = try EventStreamDocument.json(from: Data(valid.prefix(length)), stream: Self.stream)
            }
        }
        var random = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            var corrupted = valid
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                corrupted[Int.random(in: 0..<corrupted.count, using: &random)] = UInt8.random(
                    in: 0...255, using: &random)
            }
            _ = try? EventStreamDocument.json(from: Data(corrupted), stream: Self.stream)
        }
        let oversized: [UInt8] = [0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0] + Array(repeating: 0, count: 8)
        #expect(throws: EventStreamDocument.Failure.self) {
            _ = try EventStreamDocument.json(from: Data(oversized), stream: Self.stream)
        }
    }
}
