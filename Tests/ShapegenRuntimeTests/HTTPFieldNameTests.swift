import HTTPTypes
import ShapegenRuntime
import Testing

/// The header names the runtime spells itself: each is the token it says, never the fallback.
@Suite("Runtime header names")
struct HTTPFieldNameTests {
    @Test(
        "each name is its own spelling",
        arguments: [
            (HTTPField.Name.xAmzTarget, "X-Amz-Target"), (.xAmzDate, "X-Amz-Date"),
            (.xAmzSecurityToken, "X-Amz-Security-Token"), (.xAmzContentSHA256, "X-Amz-Content-SHA256"),
            (.xAmzRequestID, "x-amz-request-id"), (.xAmznRequestID, "x-amzn-RequestId"),
            (.xAmznErrorType, "X-Amzn-ErrorType"), (.xAmznQueryError, "x-amzn-query-error"),
            (.xAmznQueryMode, "x-amzn-query-mode"), (.smithyProtocol, "smithy-protocol"),
            (.xAmzSDKChecksumAlgorithm, "x-amz-sdk-checksum-algorithm"),
            (.xAmzChecksumCRC32, "x-amz-checksum-crc32"), (.contentMD5, "Content-MD5"),
        ])
    func spelling(name: HTTPField.Name, expected: String) {
        #expect(name.rawName == expected)
        #expect(name.canonicalName == expected.lowercased())
    }
}
