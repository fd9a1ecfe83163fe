import Foundation
import HTTPTypes

/// How S3 requests name their bucket. Against AWS's own endpoint a bucket whose name is a DNS
/// label moves from the path into the host (`https://my-bucket.s3.us-east-1.amazonaws.com/key`),
/// as botocore and the AWS SDKs address buckets; AWS no longer serves new buckets path-style.
/// A configured endpoint (moto, MinIO, LocalStack, a proxy) keeps path-style addressing
/// (`http://localhost:9000/my-bucket/key`), as do names with dots or upper-case letters, which
/// cannot be one label of an HTTPS host.
enum S3Addressing {
    /// Whether `service`'s operation `operation` addresses a bucket S3's way: S3's operations
    /// whose URI begins with the `{Bucket}` label.
    static func applies(to service: ServiceDescription, _ operation: OperationDescription) -> Bool {
        service.wireProtocol == .restXML && service.endpointPrefix == "s3"
            && (operation.uri == "/{Bucket}" || operation.uri.hasPrefix("/{Bucket}/")
                || operation.uri.hasPrefix("/{Bucket}?"))
    }

    /// `request` addressed virtual-hosted style when its bucket can be; otherwise unchanged.
    static func virtualHosted(_ request: HTTPRequest) -> HTTPRequest {
        guard let path = request.path?.dropFirst(), let authority = request.authority, !authority.isEmpty else {
            return request
        }
        let end = path.firstIndex { $0 == "/" || $0 == "?" } ?? path.endIndex
        let bucket = String(path[..<end])
        guard isVirtualHostable(bucket) else { return request }
        var result = request
        result.authority = bucket + "." + authority
        let rest = path[end...]
        result.path = rest.hasPrefix("/") ? String(rest) : "/" + rest
        return result
    }

    /// Whether `bucket` can be the first label of an HTTPS host: 3 to 63 lower-case letters,
    /// digits and hyphens, beginning and ending with a letter or digit.
    static func isVirtualHostable(_ bucket: String) -> Bool {
        let bytes = Array(bucket.utf8)
        guard (3...63).contains(bytes.count), let first = bytes.first, let last = bytes.last,
            isLetterOrDigit(first), isLetterOrDigit(last)
        else { return false }
        return bytes.allSatisfy { isLetterOrDigit($0) || $0 == UInt8(ascii: "-") }
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
