import Foundation
import ShapegenTestSupport
import Testing

/// IAM, STS, SNS (query protocol), EC2 (ec2 protocol) and CloudWatch (its json alternative: moto
/// does not serve smithy-rpc-v2-cbor) clients generated from botocore's models, signed, against
/// moto: what they create, boto3 reads back the same, and what they read equals what boto3 reads.
@Suite(
    "query and ec2 services against moto", .enabled(if: Moto.isConfigured, "needs the moto server scripts/test starts"))
struct QueryServicesAgainstMotoTests {
    @Test("STS, IAM (paging, a modelled error), SNS, EC2 and CloudWatch agree with boto3", .timeLimit(.minutes(20)))
    func agreeWithBoto3() async throws {
        let fixtures = try Moto.fixtures.get()
        let runner = try await BotocoreClientsPackage.runner("QueryRunner")
        let arguments = [fixtures.endpoint, fixtures.region, fixtures.accessKeyID, fixtures.secretAccessKey]
        let run = try await ChildProcess.run(runner, arguments)
        try #require(run.status == 0, "the runner failed:\n\(run.standardError)")
        let swift = try JSONValue(parsing: run.standardOutput)
        guard case .object(let report) = swift, case .array(let instanceValues)? = report["instances"],
            case .string(let topic)? = report["topic"]
        else {
            Issue.record("the runner printed \(run.standardOutput)")
            return
        }
        let instances = instanceValues.compactMap { value -> String? in
            if case .string(let id) = value { id } else { nil }
        }
        #expect(instances.count == 2)
        #expect(report["duplicate"] == .string("EntityAlreadyExists"))
        #expect(report["published"] == .bool(true))
        #expect(report["metrics"] == .array([.array([.string("shapegen-metric"), .string("stage"), .string("test")])]))
        // moto's ListUsers ignores MaxItems and answers in one page (boto3 gets the same), so
        // the paging loop ends after its first page here; the paginator's own tests cover paging.
        #expect(report["users"] == .array((1...5).map { .string("shapegen-user-\($0)") }))

        let script = BotocoreClientsPackage.repository + "/scripts/moto/query_services.py"
        let boto = try await ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", script] + arguments + [topic] + instances)
        try #require(boto.status == 0, "boto3 failed:\n\(boto.standardError)")
        guard case .object(let expected) = try JSONValue(parsing: boto.standardOutput) else { return }
        for key in ["identity", "users", "user", "topics", "describedByID", "describedByFilter", "metrics"] {
            #expect(
                report[key] == expected[key],
                "\(key): swift \(report[key].map(String.init(describing:)) ?? "nil"), boto3 \(expected[key].map(String.init(describing:)) ?? "nil")"
            )
        }
        #expect(expected["topicExists"] == .bool(true))
    }
}
