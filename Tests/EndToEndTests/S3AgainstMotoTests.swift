import Foundation
import ShapegenTestSupport
import Testing

/// An S3 client generated from botocore's model (rest-xml), signed, against moto: objects it
/// writes, boto3 reads back byte for byte, and what it lists, reads and fails to read equals what
/// boto3 gets on the same server. The object whose key has non-ASCII and reserved characters goes
/// to the moto server without signature checks: moto's S3 signature check rejects such keys even
/// from boto3 (the signature of such a path is checked against botocore's in SigV4OracleTests).
@Suite("S3 against moto", .enabled(if: Moto.isConfigured, "needs the moto server scripts/test starts"))
struct S3AgainstMotoTests {
    @Test(
        "objects, 2,500 keys by the paginator, NoSuchKey and a checksummed DeleteObjects agree with boto3",
        .timeLimit(.minutes(20)))
    func agreesWithBoto3() async throws {
        let fixtures = try Moto.fixtures.get()
        let runner = try await BotocoreClientsPackage.runner("S3Runner")
        let unsignedEndpoint = try #require(ProcessInfo.processInfo.environment["SHAPEGEN_MOTO_UNSIGNED_ENDPOINT"])
        let arguments = [
            fixtures.endpoint, fixtures.region, fixtures.accessKeyID, fixtures.secretAccessKey, "shapegen-objects",
            unsignedEndpoint,
        ]
        let run = try await ChildProcess.run(runner, arguments)
        try #require(run.status == 0, "the runner failed:\n\(run.standardError)")
        guard case .object(let report) = try JSONValue(parsing: run.standardOutput) else {
            Issue.record("the runner printed \(run.standardOutput)")
            return
        }
        #expect(report["roundTrip"] == .bool(true))
        #expect(report["oddKeyRoundTrip"] == .bool(true))
        #expect(report["oddFolder"] == .array([.string("folder one/naïve café 日本 + & = ? # % ;.bin")]))
        #expect(report["missing"] == .string("NoSuchKey"))
        #expect(report["headMissing"] == .string("404"))
        #expect(report["pageSizes"] == .array([.number(1000), .number(1000), .number(500)]))
        #expect(report["listedAll"] == .bool(true))
        #expect(report["deleted"] == .array([.string("trash/a"), .string("trash/b c")]))

        let script = BotocoreClientsPackage.repository + "/scripts/moto/s3_objects.py"
        let boto = try await ChildProcess.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", script] + arguments)
        try #require(boto.status == 0, "boto3 failed:\n\(boto.standardError)")
        guard case .object(let expected) = try JSONValue(parsing: boto.standardOutput) else { return }
        #expect(expected["bytesMatch"] == .bool(true))
        #expect(expected["oddKeyBytesMatch"] == .bool(true))
        #expect(expected["trashLeft"] == .array([]))
        for key in [
            "location", "contentLength", "missing", "headMissing", "pageSizes", "listedAll", "folder", "oddFolder",
        ] {
            #expect(
                report[key] == expected[key],
                "\(key): swift \(report[key].map(String.init(describing:)) ?? "nil"), boto3 \(expected[key].map(String.init(describing:)) ?? "nil")"
            )
        }
    }
}
