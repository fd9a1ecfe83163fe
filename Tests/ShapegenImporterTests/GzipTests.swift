import Foundation
import Testing

@testable import ShapegenImporter

@Suite("Reading gzip-compressed botocore files")
struct GzipTests {
    /// `{"metadata": {"protocol": "json"}}` compressed by Python's gzip module.
    static let compressed = Data([
        0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0xAB, 0x56, 0xCA, 0x4D, 0x2D, 0x49, 0x4C, 0x49,
        0x2C, 0x49, 0x54, 0xB2, 0x52, 0xA8, 0x56, 0x2A, 0x28, 0xCA, 0x2F, 0xC9, 0x4F, 0xCE, 0xCF, 0x01, 0x72, 0x94,
        0xB2, 0x8A, 0xF3, 0xF3, 0x94, 0x6A, 0x6B, 0x01, 0x02, 0xCF, 0x95, 0xB6, 0x22, 0x00, 0x00, 0x00,
    ])

    @Test func decompressesAWholeStream() throws {
        #expect(Gzip.isCompressed(Self.compressed))
        #expect(!Gzip.isCompressed(Data("{}".utf8)))
        let text = String(decoding: try Gzip.decompress(Self.compressed), as: UTF8.self)
        #expect(text == #"{"metadata": {"protocol": "json"}}"#)
    }

    @Test func truncatedStreamsAreErrorsNotCrashes() {
        #expect(throws: Gzip.Failure.self) { try Gzip.decompress(Self.compressed.prefix(20)) }
        #expect(throws: Gzip.Failure.self) { try Gzip.decompress(Data([0x1F, 0x8B])) }
    }
}
