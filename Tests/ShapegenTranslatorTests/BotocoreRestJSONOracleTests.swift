import Foundation
import ShapegenTestSupport
import Testing

/// `Tests/Fixtures/BotocoreRestJSON/batch-requests.json`, which `BatchRestJSONBindingTests`
/// compares `BatchClient`'s requests with, is what the installed botocore's rest-json serializer
/// makes of the same parameters (`serialize.py` beside it runs botocore).
@Suite("botocore rest-json oracle")
struct BotocoreRestJSONOracleTests {
    static let folder = #filePath.components(separatedBy: "/Tests/")[0] + "/Tests/Fixtures/BotocoreRestJSON"

    /// The limit only guards against a hang: the child may first wait minutes for a turn behind
    /// the compilers other tests run (``ChildProcess/concurrencyLimit``).
    @Test(.timeLimit(.minutes(10)))
    func fixtureIsWhatBotocoreSerializes() async throws {
        let fixture = Self.folder + "/batch-requests.json"
        let result = try await ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", Self.folder + "/serialize.py", fixture])
        try #require(
            result.status == 0, "python3 with botocore is needed (scripts/test installs it): \(result.standardError)")
        let botocore = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? NSArray
        let committed =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: fixture))) as? NSArray
        #expect(botocore != nil && botocore == committed, "botocore now serializes:\n\(result.standardOutput)")
    }
}
