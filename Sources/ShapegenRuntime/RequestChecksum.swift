import Foundation
import HTTPTypes

/// The checksum header of an operation whose model requires one (`httpChecksumRequired`, or
/// `httpChecksum` with `requestChecksumRequired`), such as S3's `DeleteObjects`: the body's CRC32
/// as `x-amz-checksum-crc32`, the algorithm botocore sends by default.
enum RequestChecksum {
    /// `request` with `x-amz-checksum-crc32` and `x-amz-sdk-checksum-algorithm: CRC32`, unless it
    /// already carries a checksum (`Content-MD5` or an `x-amz-checksum-*` field the caller set).
    ///
    /// - Throws: ``ClientError/invalidRequest(operation:reason:)`` when the input asks for another
    ///   algorithm (its `ChecksumAlgorithm` member) without giving that checksum's value, which
    ///   this runtime does not compute.
    static func adding(to request: RequestMessage, operation: String) throws(ClientError) -> RequestMessage {
        let fields = request.head.headerFields
        if fields.contains(.contentMD5)
            || fields.contains(where: { $0.name.canonicalName.hasPrefix("x-amz-checksum-") })
        {
            return request
        }
        if let algorithm = request.header(.xAmzSDKChecksumAlgorithm), algorithm.uppercased() != "CRC32" {
            throw ClientError.invalidRequest(
                operation: operation,
                reason:
                    "the runtime computes CRC32 checksums only; set the x-amz-checksum-\(algorithm.lowercased()) value for \(algorithm)"
            )
        }
        var result = request
        result.head.headerFields[.xAmzSDKChecksumAlgorithm] = nil
        result.head.headerFields.append(HTTPField(name: .xAmzSDKChecksumAlgorithm, value: "CRC32"))
        result.head.headerFields.append(HTTPField(name: .xAmzChecksumCRC32, value: crc32Value(of: request.body)))
        return result
    }

    /// The base64 of the body's CRC32 in big-endian order, as AWS expects it.
    static func crc32Value(of body: Data) -> String {
        let crc = CRC32.checksum(body)
        return Data([UInt8(crc >> 24), UInt8(crc >> 16 & 0xFF), UInt8(crc >> 8 & 0xFF), UInt8(crc & 0xFF)])
            .base64EncodedString()
    }
}
