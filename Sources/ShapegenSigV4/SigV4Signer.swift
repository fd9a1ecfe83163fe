import Crypto
import Foundation
import HTTPTypes
import ShapegenRuntime

/// Signs requests with AWS Signature Version 4 (`AWS4-HMAC-SHA256`), byte for byte as botocore does.
///
/// Each signature adds `X-Amz-Date`, `X-Amz-Security-Token` for temporary credentials, optionally
/// `X-Amz-Content-SHA256`, and `Authorization`, replacing any left from an earlier attempt. All
/// headers of the request are signed except those proxies and HTTP clients may change
/// (`User-Agent`, `Expect`, `Connection`, …); `host` is signed as the endpoint's host (and port, if
/// not the default), the `Host` an HTTP client sends.
///
/// Requests signed for `s3` (S3 and S3 Control) follow botocore's `S3SigV4Auth`: the path is
/// signed as sent, neither normalized nor encoded again, and `X-Amz-Content-SHA256` is always sent.
public struct SigV4Signer: RequestSigner, CustomStringConvertible {
    /// Where the credentials come from; asked at every signature.
    public let credentials: any CredentialProvider
    /// Whether to send the body's SHA-256 as `X-Amz-Content-SHA256` (S3 and a few services require it).
    public let includesContentHashHeader: Bool
    private let now: @Sendable () -> Date

    /// Creates a signer.
    ///
    /// - Parameters:
    ///   - credentials: The credentials' source; the default chain (environment, then profile files) unless given.
    ///   - includesContentHashHeader: Whether to add `X-Amz-Content-SHA256`; off, as in botocore's `SigV4Auth`.
    ///   - now: The clock that dates signatures; tests fix it.
    public init(
        credentials: any CredentialProvider = DefaultCredentialChain(), includesContentHashHeader: Bool = false,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.credentials = credentials
        self.includesContentHashHeader = includesContentHashHeader
        self.now = now
    }

    /// Signs `request`, whose body is `body`, for `context` with the provider's current credentials
    /// and the clock's time.
    public func sign(_ request: HTTPRequest, body: Data, context: SigningContext) async throws -> HTTPRequest {
        sign(request, body: body, context: context, credentials: try await credentials.credentials(), date: now())
    }

    /// Signs `request`, whose body is `body`, with the given credentials and time: the pure core of
    /// ``sign(_:body:context:)``.
    ///
    /// `Authorization` and `X-Amz-Security-Token` are added with the indexing strategy
    /// `.disallow`, so HTTP/2 and HTTP/3 encoders never put them in a compression table.
    public func sign(
        _ request: HTTPRequest, body: Data, context: SigningContext, credentials: AWSCredentials, date: Date
    ) -> HTTPRequest {
        let timestamp = SigningTime(date)
        let isS3 = context.signingName == "s3"
        let includesContentHashHeader = includesContentHashHeader || isS3
        var signed = request
        var replaced: [HTTPField.Name] = [.authorization, .xAmzDate, .xAmzSecurityToken]
        if includesContentHashHeader { replaced.append(.xAmzContentSHA256) }
        for name in replaced { signed.headerFields[name] = nil }
        signed.headerFields.append(HTTPField(name: .xAmzDate, value: timestamp.dateTime))
        if let token = credentials.sessionToken {
            var field = HTTPField(name: .xAmzSecurityToken, value: token)
            field.indexingStrategy = .disallow
            signed.headerFields.append(field)
        }
        let payloadHash =
            request.headerFields[.xAmzContentSHA256].flatMap { includesContentHashHeader ? nil : $0 }
            ?? Self.hex(SHA256.hash(data: body))
        if includesContentHashHeader {
            signed.headerFields.append(HTTPField(name: .xAmzContentSHA256, value: payloadHash))
        }
        let canonical = CanonicalRequest(signed, payloadHash: payloadHash, normalizesPath: !isS3)
        let scope = "\(timestamp.date)/\(context.region)/\(context.signingName)/aws4_request"
        let stringToSign = [
            "AWS4-HMAC-SHA256", timestamp.dateTime, scope, Self.hex(SHA256.hash(data: Data(canonical.text.utf8))),
        ].joined(separator: "\n")
        let key = Self.signingKey(secret: credentials.secretAccessKey, date: timestamp.date, context: context)
        let signature = Self.hex(HMAC<SHA256>.authenticationCode(for: Data(stringToSign.utf8), using: key))
        var authorization = HTTPField(
            name: .authorization,
            value:
                "AWS4-HMAC-SHA256 Credential=\(credentials.accessKeyID)/\(scope), SignedHeaders=\(canonical.signedHeaders), Signature=\(signature)"
        )
        authorization.indexingStrategy = .disallow
        signed.headerFields.append(authorization)
        return signed
    }

    /// `kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request")`.
    private static func signingKey(secret: String, date: String, context: SigningContext) -> SymmetricKey {
        var key = SymmetricKey(data: Data("AWS4\(secret)".utf8))
        for part in [date, context.region, context.signingName, "aws4_request"] {
            key = SymmetricKey(data: Data(HMAC<SHA256>.authenticationCode(for: Data(part.utf8), using: key)))
        }
        return key
    }

    private static func hex<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var output: [UInt8] = []
        for byte in bytes { output += [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]] }
        return String(decoding: output, as: UTF8.self)
    }

    /// Names the credential source, never a key.
    public var description: String { "SigV4Signer(credentials: \(credentials))" }
}

/// A signature's time in the two forms SigV4 uses, in UTC: `20240229T235959Z` and `20240229`.
struct SigningTime: Sendable, Hashable {
    /// `yyyyMMdd'T'HHmmss'Z'`.
    var dateTime: String
    /// `yyyyMMdd`.
    var date: String

    init(_ instant: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        func pad(_ value: Int?, _ width: Int) -> String {
            let text = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        date = pad(parts.year, 4) + pad(parts.month, 2) + pad(parts.day, 2)
        dateTime = date + "T" + pad(parts.hour, 2) + pad(parts.minute, 2) + pad(parts.second, 2) + "Z"
    }
}
