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

    /// RFC 3339 as AWS writes it, read without a formatter: offsets, fractions, and nothing else.
    @Test("ISO 8601 timestamps with offsets and fractions; malformed ones fail")
    func iso8601Forms() throws {
        #expect(try decodeDate(#""2019-12-16T22:48:18-01:00""#) == Date(timeIntervalSince1970: 1_576_540_098))
        #expect(try decodeDate(#""2019-12-16T23:48:18+00:00""#) == Date(timeIntervalSince1970: 1_576_540_098))
        #expect(try decodeDate(#""2019-12-16t23:48:18.5z""#) == Date(timeIntervalSince1970: 1_576_540_098.5))
        #expect(try decodeDate(#""1969-12-31T23:59:59Z""#) == Date(timeIntervalSince1970: -1))
        for bad in [
            "2021-13-01T00:00:00Z", "2021-08-01 00:00:00Z", "2021-08-01T00:00:00", "2021-08-01T00:00:00.Z",
            "2021-08-01T24:00:00Z",
        ] {
            #expect(throws: DecodingError.self, "\(bad)") { try decodeDate("\"\(bad)\"") }
        }
    }

    /// botocore's protocol tests (json, rest-json) parse a body timestamp in the HTTP-date format.
    @Test("timestamps decode from RFC 822 (IMF-fixdate) strings too")
    func httpDateTimestamps() throws {
        #expect(try decodeDate(#""Sun, 02 Jan 2000 20:34:56 GMT""#) == Date(timeIntervalSince1970: 946_845_296))
    }

    /// JSON has no number for NaN or the infinities; AWS writes them as strings, both ways.
    @Test("NaN and the infinities travel as strings")
    func nonConformingFloats() throws {
        struct Floats: Codable {
            var values: [Double]
            var single: Float
        }
        let encoded = try JSONCoding.encoder.encode(Floats(values: [.nan, .infinity, -.infinity, 1.5], single: .nan))
        #expect(
            String(decoding: encoded, as: UTF8.self) == #"{"single":"NaN","values":["NaN","Infinity","-Infinity",1.5]}"#
        )
        let decoded = try JSONCoding.decoder.decode(Floats.self, from: encoded)
        #expect(
            decoded.values[0].isNaN && decoded.values[1] == .infinity && decoded.values[2] == -.infinity
                && decoded.single.isNaN)
    }

    /// A generated table's timestamp members with a format of their own.
    private struct Formatted: ShapeCodable, Equatable {
        var iso: Date?
        var http: Date
        var plain: Date?

        static let coding: ShapeCoding<Formatted> = ShapeCoding(
            Self.init(iso:http:plain:), .optionalTimestamp("iso", \.iso, .iso8601),
            .requiredTimestamp("http", \.http, .rfc822),
            .optional("plain", \.plain))
    }

    @Test("timestamp members with a format are written in it, and read back")
    func formattedTimestamps() throws {
        let value = Formatted(
            iso: Date(timeIntervalSince1970: 946_845_296.5), http: Date(timeIntervalSince1970: 946_845_296),
            plain: .init(timeIntervalSince1970: 1))
        let encoded = try JSONCoding.encoder.encode(value)
        #expect(
            String(decoding: encoded, as: UTF8.self)
                == #"{"http":"Sun, 02 Jan 2000 20:34:56 GMT","iso":"2000-01-02T20:34:56.500Z","plain":1}"#)
        #expect(try JSONCoding.decoder.decode(Formatted.self, from: encoded) == value)
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
        #expect(
            String(decoding: try JSONCoding.encoder.encode(["arn:aws:batch:job/1"]), as: UTF8.self)
                == #"["arn:aws:batch:job/1"]"#)
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
        #expect(JSONCoding.describe(ClientError.invalidRegion("Mars")) == ClientError.invalidRegion("Mars").description)
    }
}
