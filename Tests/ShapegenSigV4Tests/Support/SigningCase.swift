import Foundation
import HTTPTypes
import ShapegenHTTPTestSupport
import ShapegenRuntime
import ShapegenSigV4
import Testing

/// A request to sign, with everything the signature depends on.
struct SigningCase: Sendable, CustomTestStringConvertible {
    var name: String
    var method: String = "POST"
    /// Scheme, host and port, e.g. `https://batch.us-east-1.amazonaws.com`.
    var origin: String = "https://batch.us-east-1.amazonaws.com"
    /// A path the endpoint itself has, e.g. `/stage`.
    var basePath: String = ""
    /// The request's path and query, after `basePath` in `HTTPRequest.path`.
    var path: String = "/v1/listjobs"
    var headers: [HTTPField] = []
    var body: Data = Data()
    /// `yyyyMMdd'T'HHmmss'Z'`.
    var timestamp: String = "20240229T235959Z"
    /// Seconds to add to `timestamp`, to check that fractions are dropped.
    var fraction: Double = 0
    var credentials = AWSCredentials(
        accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    var region: String = "us-east-1"
    var service: String = "batch"
    var queryAsParams: Bool = false
    var includesContentHashHeader: Bool = false

    var testDescription: String { name }

    var date: Date {
        get throws {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(secondsFromGMT: 0)
            formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
            let date = try #require(formatter.date(from: timestamp), "bad timestamp \(timestamp)")
            return date.addingTimeInterval(fraction)
        }
    }

    var request: HTTPRequest {
        get throws {
            let endpoint = try #require(URL(string: origin + basePath), "bad endpoint \(origin + basePath)")
            return HTTPRequest(method: method, endpoint: endpoint, path: path, headers: headers)
        }
    }

    var signer: SigV4Signer {
        SigV4Signer(
            credentials: StaticCredentialProvider(credentials), includesContentHashHeader: includesContentHashHeader)
    }

    var context: SigningContext { SigningContext(signingName: service, region: region, operation: "Op") }

    /// Signs the case with ``SigV4Signer``.
    func signed() throws -> HTTPRequest {
        signer.sign(try request, body: body, context: context, credentials: credentials, date: try date)
    }

    /// The case as botocore gets it: the headers it would have been given (the request's own,
    /// plus our `X-Amz-Content-SHA256` when we add one, which botocore then signs as given).
    func botocoreRequest() throws -> BotocoreRequest {
        var headers = headers.map { [$0.name.rawName, $0.value] }
        if includesContentHashHeader {
            let hash = try #require(try signed().header("X-Amz-Content-SHA256"))
            headers.removeAll { $0[0].lowercased() == "x-amz-content-sha256" }
            headers.append(["X-Amz-Content-SHA256", hash])
        }
        return BotocoreRequest(
            method: method, url: origin + ((try request).path ?? ""), headers: headers,
            body: body.base64EncodedString(),
            timestamp: timestamp, accessKeyID: credentials.accessKeyID, secretAccessKey: credentials.secretAccessKey,
            sessionToken: credentials.sessionToken, region: region, service: service, queryAsParams: queryAsParams)
    }
}
