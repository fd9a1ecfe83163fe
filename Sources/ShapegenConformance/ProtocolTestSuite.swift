import Foundation
import ShapegenImporter

/// botocore's protocol test suite, as its source distribution ships it in `tests/unit/protocols/`:
/// `input/`, `output/` and `legacy/` folders of one JSON file per protocol, and the ignore list of
/// the cases botocore itself does not run.
public struct ProtocolTestSuite: Sendable {
    /// Problems reading the suite's files.
    public struct Failure: Error, CustomStringConvertible {
        /// What is wrong, naming the file.
        public var description: String
    }

    /// The name of the file that lists the cases botocore skips.
    public static let ignoreListName = "protocol-tests-ignore-list.json"

    /// Every case of every file, in file, suite and case order.
    public var cases: [ProtocolTestCase]

    /// Reads every `*.json` file below `folder` (the ignore list aside), as botocore's own runner does.
    public init(folder: String) throws {
        let ignoreList = try Self.read(folder + "/" + Self.ignoreListName).flatMap(JSONObject.init)
        guard let ignoreList else { throw Failure(description: "\(folder)/\(Self.ignoreListName): not a JSON object") }
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: folder) else {
            throw Failure(description: "\(folder): cannot read the folder")
        }
        let files = enumerator.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".json") && !$0.hasSuffix(Self.ignoreListName) }
            .sorted()
        var cases: [ProtocolTestCase] = []
        for file in files {
            let components = file.split(separator: "/")
            guard
                let direction = components.dropLast().last.flatMap({ ProtocolTestCase.Direction(rawValue: String($0)) })
            else {
                continue
            }
            let protocolName = String(components[components.count - 1].dropLast(".json".count))
            guard case .array(let suites)? = try Self.read(folder + "/" + file) else {
                throw Failure(description: "\(folder)/\(file): not a JSON array of suites")
            }
            for (suiteIndex, suiteValue) in suites.enumerated() {
                guard let suite = JSONObject(suiteValue) else { continue }
                let description = suite.string("description") ?? ""
                for (caseIndex, body) in suite.objects("cases").enumerated() {
                    let id = body.string("id")
                    cases.append(
                        ProtocolTestCase(
                            file: file, protocolName: protocolName, direction: direction, suiteIndex: suiteIndex,
                            caseIndex: caseIndex, suiteDescription: description, id: id,
                            metadata: suite.object("metadata") ?? JSONObject([]),
                            clientEndpoint: suite.string("clientEndpoint"),
                            shapes: suite.object("shapes") ?? JSONObject([]), body: body,
                            ignoredBecause: Self.ignoreReason(
                                ignoreList, protocolName: protocolName, direction: direction, suite: description, id: id
                            )))
                }
            }
        }
        self.cases = cases
    }

    private static func read(_ path: String) throws -> JSONValue? {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "\(path): cannot read")
        }
        do {
            return try JSONParser.parse([UInt8](data))
        } catch {
            throw Failure(description: "\(path): \(error)")
        }
    }

    /// botocore's rule: a suite or case listed under `general`, or under the protocol, for the direction.
    private static func ignoreReason(
        _ list: JSONObject, protocolName: String, direction: ProtocolTestCase.Direction, suite: String, id: String?
    ) -> String? {
        let scopes = [
            ("every protocol", list.object("general")), (protocolName, list.object("protocols")?.object(protocolName)),
        ]
        for (scope, entry) in scopes {
            guard let entry = entry?.object(direction.rawValue) else { continue }
            if entry.strings("suites").contains(suite) { return "botocore's ignore list (suite, \(scope))" }
            if let id, entry.strings("cases").contains(id) { return "botocore's ignore list (\(scope))" }
        }
        return nil
    }
}
