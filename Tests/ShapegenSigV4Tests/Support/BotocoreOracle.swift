import Foundation
import ShapegenTestSupport

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
    ///
    /// Requests, results and diagnostics go through files, not pipes: a pipe's end can be inherited
    /// by a process another test starts at the same moment, which would hold off the end of file.
    /// `python3` is waited for by `ChildProcess`, on a thread of its own, not one of the cooperative pool.
    static func sign(_ requests: [BotocoreRequest]) async throws -> [BotocoreSignature] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "shapegen-oracle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("requests.json")
        let output = directory.appendingPathComponent("signatures.json")
        let diagnostics = directory.appendingPathComponent("stderr.txt")
        try JSONEncoder().encode(requests).write(to: input)
        try Data().write(to: diagnostics)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, input.path, output.path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: diagnostics)
        let status = try await ChildProcess.run(process)
        guard status == 0 else {
            let message = (try? String(contentsOf: diagnostics, encoding: .utf8)) ?? ""
            throw Failure.python(status: status, output: message)
        }
        return try JSONDecoder().decode([BotocoreSignature].self, from: Data(contentsOf: output))
    }

    private static let script = #"""
        import base64, datetime, hashlib, json, sys
        from urllib.parse import unquote
        import botocore.auth
        from botocore.auth import S3SigV4Auth, SigV4Auth
        from botocore.awsrequest import AWSRequest
        from botocore.credentials import Credentials

        class RecordingSigV4Auth(SigV4Auth):
            def canonical_request(self, request):
                self.recorded = super().canonical_request(request)
                return self.recorded

        # S3 (and S3 Control, signed as s3): the path as sent, X-Amz-Content-SHA256 always.
        class RecordingS3SigV4Auth(S3SigV4Auth):
            def canonical_request(self, request):
                self.recorded = super().canonical_request(request)
                return self.recorded

        results = []
        with open(sys.argv[1], encoding="utf-8") as requests:
            cases = json.load(requests)
        for case in cases:
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
            signer = RecordingS3SigV4Auth if case["service"] == "s3" else RecordingSigV4Auth
            auth = signer(credentials, case["service"], case["region"])
            auth.add_auth(request)
            results.append({
                "authorization": request.headers["Authorization"],
                "amzDate": request.headers["X-Amz-Date"],
                "securityToken": request.headers.get("X-Amz-Security-Token"),
                "canonicalRequest": auth.recorded,
                "bodySHA256": hashlib.sha256(body).hexdigest(),
            })
        with open(sys.argv[2], "w", encoding="utf-8") as signatures:
            json.dump(results, signatures)
        """#
}
