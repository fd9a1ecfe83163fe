import Foundation
import ShapegenRuntime
import Testing

/// `JSONCoding`: the shared encoder and decoder, and decoding errors as one sentence.
@Suite("JSONCoding")
struct JSONCodingTests {
    /// A structure with a timestamp.
    private struct Stamped: Codable, Equatable {
        var at: Date
    }

    private func decodeDate(_ json: String) throws -> Date {
        try JSONCoding.decoder.decode(Stamped.self, from: Data(#"{"at":\#(json)}"#.utf8)).at
    }

    @Test("timestamps decode from epoch seconds and from ISO 8601, with or without fractions")
    func timestamps() throws {
        #expect(try decodeDate("1627776000") == Date(timeIntervalSince1970: 1_627_776_000))
        #expect(try decodeDate("1627776000.5") == Date(timeIntervalSince1970: 1_627_776_000.5))
        #expect(try decodeDate(#""2021-08-01T00:00:00Z""#) == Date(timeIntervalSince1970: 1_627_776_000))
        #expect(try decodeDate(#""2021-08-01T00:00:00.250Z""#) == Date(timeIntervalSince1970: 1_627_776_000.25))
    }

    @Test("a string that is not a timestamp fails, quoting it with the path")
    func badTimestamp() throws {
        let error = try #require(throws: DecodingError.self) { try decodeDate(#""yesterday""#) }
        #expect(JSONCoding.describe(error) == "at: 'yesterday' is not a timestamp")
    }

    @Test("timestamps encode as epoch seconds and keys are sorted")
    func encoding() throws {
        struct Pair: Encodable {
            var zulu = 1
            var alpha = Date(timeIntervalSince1970: 10)
        }
        #expect(String(decoding: try JSONCoding.encoder.encode(Pair()), as: UTF8.self) == #"{"alpha":10,"zulu":1}"#)
    }

    @Test("slashes are not escaped")
    func slashes() throws {
        #expect(String(decoding: try JSONCoding.encoder.encode(["arn:aws:batch:job/1"]), as: UTF8.self) == #"["arn:aws:batch:job/1"]"#)
    }

    @Test("describe names the path of a null where a value is required")
    func valueNotFound() throws {
        struct Box: Decodable { var items: [Int] }
        let error = try #require(throws: DecodingError.self) {
            try JSONCoding.decoder.decode(Box.self, from: Data(#"{"items":[1,null]}"#.utf8))
        }
        #expect(JSONCoding.describe(error) == "items[1]: expected Int, found null")
    }

    @Test("describe passes other errors through")
    func otherErrors() {
        #expect(JSONCoding.describe(ClientError.protocolNotSupported("ec2")) == "the 'ec2' protocol is not supported by this client yet")
    }
}
