import Foundation

/// What botocore's `SigV4Auth` makes of one request.
struct BotocoreSignature: Decodable, Sendable, Hashable {
    /// The `Authorization` header.
    var authorization: String
    /// The `X-Amz-Date` header botocore added.
    var amzDate: String
    /// The `X-Amz-Security-Token` header botocore added, if any.
    var securityToken: String?
    /// botocore's canonical request, to show in a failure.
    var canonicalRequest: String
    /// `hashlib.sha256(body).hexdigest()`.
    var bodySHA256: String
}

/// One request as botocore gets it.
struct BotocoreRequest: Encodable, Sendable {
    var method: String
    /// The full URL, exactly as the signer sees it (it may hold raw spaces or Unicode).
    var url: String
    var headers: [[String]]
    /// Base64.
    var body: String
    /// `yyyyMMdd'T'HHmmss'Z'`.
    var timestamp: String
    var accessKeyID: String
    var secretAccessKey: String
    var sessionToken: String?
    var region: String
    var service: String
    /// Hand the query to botocore as decoded `params` (how it signs the requests it builds itself)
    /// instead of leaving it in the URL.
    var queryAsParams: Bool
}

/// Runs botocore's own signer (`botocore.auth.SigV4Auth` on a `botocore.awsrequest.AWSRequest`, its
/// clock fixed) in one `python3` process for a batch of requests.
enum BotocoreOracle {
    enum Failure: Error, CustomStringConvertible {
        case python(status: Int32, output: String)

        var description: String {
            switch self {
            case .python(let status, let output):
                "python3 with botocore is needed for the SigV4 oracle (scripts/test installs it); exit status \(status): \(output)"
            }
        }
    }

    /// Signs every request with botocore; results in the same order.
    static func sign(_ requests: [BotocoreRequest]) throws -> [BotocoreSignature] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(try JSONEncoder().encode(requests))
        try input.fileHandleForWriting.close()
        let result = output.fileHandleForReading.readDataToEndOfFile()
        let diagnostics = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure.python(status: process.terminationStatus, output: String(decoding: diagnostics, as: UTF8.self))
        }
        return try JSONDecoder().decode([BotocoreSignature].self, from: result)
    }

    private static let script = #"""
        import base64, datetime, hashlib, json, sys
        from urllib.parse import unquote
        import botocore.auth
        from botocore.auth import SigV4Auth
        from botocore.awsrequest import AWSRequest
        from botocore.credentials import Credentials

        class RecordingSigV4Auth(SigV4Auth):
            def canonical_request(self, request):
                self.recorded = super().canonical_request(request)
                return self.recorded

        results = []
        for case in json.load(sys.stdin):
            instant = datetime.datetime.strptime(case["timestamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.timezone.utc)
            botocore.auth.get_current_datetime = lambda instant=instant: instant
            url = case["url"]
            params = None
            if case["queryAsParams"] and "?" in url:
                url, query = url.split("?", 1)
                params = []
                for pair in query.split("&"):
                    name, _, value = pair.partition("=")
                    params.append((unquote(name), unquote(value)))
            body = base64.b64decode(case["body"])
            request = AWSRequest(method=case["method"], url=url, data=body, params=params)
            for name, value in case["headers"]:
                request.headers[name] = value
            credentials = Credentials(case["accessKeyID"], case["secretAccessKey"], case.get("sessionToken"))
            auth = RecordingSigV4Auth(credentials, case["service"], case["region"])
            auth.add_auth(request)
            results.append({
                "authorization": request.headers["Authorization"],
                "amzDate": request.headers["X-Amz-Date"],
                "securityToken": request.headers.get("X-Amz-Security-Token"),
                "canonicalRequest": auth.recorded,
                "bodySHA256": hashlib.sha256(body).hexdigest(),
            })
        json.dump(results, sys.stdout)
        """#
}
