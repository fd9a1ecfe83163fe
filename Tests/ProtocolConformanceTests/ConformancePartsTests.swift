import Foundation
import Testing

@testable import ShapegenConformance
@testable import ShapegenImporter

/// The conformance runner's parts, on small made-up suites: grouping cases into modules, writing
/// values as Swift, and comparing requests as botocore does.
@Suite("Conformance runner parts")
struct ConformancePartsTests {
    /// A suite folder with `input/json.json` holding `suites`, and an ignore list.
    private func suite(
        _ suites: String, ignore: String = #"{"protocols": {"json": {"input": {"cases": ["skipped"]}}}}"#
    ) throws -> ProtocolTestSuite {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("conformance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("input"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(suites.utf8).write(to: folder.appendingPathComponent("input/json.json"))
        try Data(ignore.utf8).write(to: folder.appendingPathComponent(ProtocolTestSuite.ignoreListName))
        return try ProtocolTestSuite(folder: folder.path)
    }

    static let metadata =
        #"{"protocol": "json", "jsonVersion": "1.1", "targetPrefix": "T", "apiVersion": "2020-01-01"}"#

    /// Two suites that both call `OperationName` with other shapes.
    static let clashing = """
        [{"description": "A", "metadata": \(metadata), "shapes": {"In": {"type": "structure", "members": {"a": {"shape": "S"}}}, "S": {"type": "string"}},
          "cases": [{"id": "one", "given": {"name": "OperationName", "input": {"shape": "In"}}, "params": {"a": "x"}, "serialized": {"uri": "/"}},
                    {"id": "skipped", "given": {"name": "OperationName", "input": {"shape": "In"}}, "params": {}, "serialized": {"uri": "/"}}]},
         {"description": "B", "metadata": \(metadata), "shapes": {"In": {"type": "structure", "members": {"b": {"shape": "S"}}}, "S": {"type": "string"}},
          "cases": [{"id": "two", "given": {"name": "OperationName", "input": {"shape": "In"}}, "params": {"b": "y"}, "serialized": {"uri": "/"}}]},
         {"description": "C", "metadata": \(metadata), "shapes": {"Other": {"type": "structure", "members": {}}},
          "cases": [{"id": "three", "given": {"name": "Other", "input": {"shape": "Other"}}, "params": {}, "serialized": {"uri": "/"}}]}]
        """

    @Test func casesShareAModuleOnlyWhereNothingOfTheSameNameDiffers() throws {
        let cases = try suite(Self.clashing).cases
        #expect(cases.map(\.title) == ["one", "skipped", "two", "three"])
        #expect(cases.map(\.ignoredBecause) == [nil, "botocore's ignore list (json)", nil, nil])
        let modules = ConformanceModule.plan(cases)
        #expect(modules.map(\.serviceName) == ["JsonSuite1", "JsonSuite2"])
        #expect(modules.map { $0.cases.map(\.title) } == [["one", "skipped", "three"], ["two"]])
        #expect(modules[0].operations.map(\.name) == ["OperationName", "Other"])
        #expect(modules[0].shapes.map(\.name) == ["In", "S", "Other"])
    }

    @Test func aCaseIsWrittenAsTheGeneratedTypesValue() throws {
        let json =
            #"{"metadata": \#(Self.metadata), "operations": {}, "shapes": {"In": {"type": "structure", "required": ["n"], "members": {"n": {"shape": "N"}, "list": {"shape": "L"}, "when": {"shape": "T"}, "blob": {"shape": "B"}, "f": {"shape": "F"}, "doc": {"shape": "D"}, "e": {"shape": "E"}}}, "N": {"type": "integer"}, "L": {"type": "list", "member": {"shape": "S"}}, "S": {"type": "string"}, "T": {"type": "timestamp"}, "B": {"type": "blob"}, "F": {"type": "float"}, "D": {"type": "structure", "members": {}, "document": true}, "E": {"type": "string", "enum": ["A"]}}}"#
        let model = try BotocoreImporter().importModel(
            service: try #require(JSONObject(try JSONParser.parse(Array(json.utf8)))), paginators: nil,
            sourcePath: "t.json")
        let literal = ValueLiteral(model: model)
        let value = try JSONParser.parse(
            Array(
                #"{"list": ["a\"b", "é"], "when": 1.5, "blob": "hi", "f": "NaN", "doc": {"k": [1, true, null]}, "e": "A", "n": 3}"#
                    .utf8))
        #expect(
            try literal.expression(value, shape: "In")
                == #"Service.In(n: Int(3), list: ["a\"b", "\u{e9}"] as [String], when: Date(timeIntervalSince1970: 1.5), "#
                + #"blob: Data("hi".utf8), f: Float.nan, doc: Document.object(["k": .array([.number(1), .boolean(true), .null])]), e: Service.E(rawValue: "A"))"#
        )
        #expect(try literal.placeholder(shape: "In") == "Service.In(n: 0)")
        #expect(throws: ValueLiteral.Mismatch.self) {
            try literal.expression(JSONValue.object([(key: "nope", value: JSONValue.null)]), shape: "In")
        }
    }

    @Test func requestsAreComparedAsBotocoreComparesThem() throws {
        let suites = """
            [{"description": "A", "metadata": \(Self.metadata), "shapes": {},
              "cases": [{"id": "one", "given": {"name": "Op"}, "params": {},
                         "serialized": {"method": "POST", "uri": "/p?b=2&a=1", "body": "{\\"x\\": [1, 2]}",
                                        "headers": {"X-Amz-Target": "T.Op"}, "forbidHeaders": ["X-Nope"], "host": "example.com"}}]}]
            """
        let testCase = try #require(try suite(suites).cases.first)
        var sent = RequestComparison.SentRequest(
            method: "POST", path: "/p?a=1&b=2", headers: [("x-amz-target", "T.Op")], body: Data(#"{"x":[1,2]}"#.utf8),
            host: "example.com")
        #expect(RequestComparison.differences(sent, testCase).isEmpty)
        sent.headers.append(("X-Nope", "1"))
        sent.body = Data(#"{"x":[2,1]}"#.utf8)
        sent.path = "/p?a=1&b=3"
        #expect(
            RequestComparison.differences(sent, testCase) == [
                "URI /p?a=1&b=3, expected /p?b=2&a=1", "header X-Nope is sent, but must not be",
                #"body {"x":[2.0,1.0]}, expected {"x":[1.0,2.0]}"#,
            ])
    }
}
