import Foundation
import ShapegenRuntime
import Testing

/// The `ShapeEnum` defaults: string coding that keeps unknown values.
@Suite("ShapeEnum")
struct ShapeEnumTests {
    @Test("known values decode to their cases, unknown ones are kept")
    func decoding() throws {
        let colors = try JSONCoding.decoder.decode([Color].self, from: Data(#"["RED","GREEN","BLUE"]"#.utf8))
        #expect(colors == [.red, .green, .unknown("BLUE")])
        #expect(colors.map(\.isKnown) == [true, true, false])
    }

    @Test("every value encodes as its raw string")
    func encoding() throws {
        let data = try JSONCoding.encoder.encode([Color.green, .unknown("BLUE")])
        #expect(String(decoding: data, as: UTF8.self) == #"["GREEN","BLUE"]"#)
    }

    @Test("the description is the raw value")
    func description() {
        #expect(Color.red.description == "RED")
        #expect(Color.unknown("BLUE").description == "BLUE")
    }

    @Test("a non-string fails to decode")
    func nonString() {
        #expect(throws: DecodingError.self) { try JSONCoding.decoder.decode([Color].self, from: Data("[1]".utf8)) }
    }
}
