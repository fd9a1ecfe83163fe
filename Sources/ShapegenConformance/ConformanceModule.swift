import ShapegenImporter

/// A group of cases whose operations and shapes fit into one service without a clash, so that
/// they are generated and compiled as one module rather than one per suite.
///
/// botocore's suites reuse names (`OperationName`, `InputShape`) with other meanings from suite to
/// suite, so cases can share a module only when everything of theirs that has the same name is
/// the same.
public struct ConformanceModule: Sendable {
    /// The service's name in the model, which names the Swift module too, e.g. `RestJsonSuite3`.
    public var serviceName: String
    /// The protocol metadata every case of the module shares.
    public var metadata: JSONObject
    /// The operations, by name, as botocore writes them.
    public private(set) var operations: [(name: String, json: JSONValue)] = []
    /// The shapes the operations reach, by name.
    public private(set) var shapes: [(name: String, json: JSONValue)] = []
    /// The cases, in suite order.
    public private(set) var cases: [ProtocolTestCase] = []

    private var operationTexts: [String: String] = [:]
    private var shapeTexts: [String: String] = [:]

    /// Groups `cases` into modules: first fit, in case order, so the grouping is the same every run.
    public static func plan(_ cases: [ProtocolTestCase]) -> [ConformanceModule] {
        var modules: [ConformanceModule] = []
        var counters: [String: Int] = [:]
        for testCase in cases {
            let metadata = metadataText(testCase)
            let reached = reachedShapes(testCase)
            if let index = modules.firstIndex(where: {
                metadataText($0.metadata) == metadata && $0.accepts(testCase, reached)
            }) {
                modules[index].add(testCase, reached)
                continue
            }
            let stem = serviceStem(testCase.protocolName)
            counters[stem, default: 0] += 1
            var module = ConformanceModule(
                serviceName: "\(stem)Suite\(counters[stem] ?? 1)", metadata: testCase.metadata)
            module.add(testCase, reached)
            modules.append(module)
        }
        return modules
    }

    private init(serviceName: String, metadata: JSONObject) {
        self.serviceName = serviceName
        self.metadata = metadata
    }

    /// The module as a botocore `service-2.json`: the metadata with the module's name as
    /// `serviceId`, its operations and its shapes.
    ///
    /// botocore's older json suites test responses only and name no `targetPrefix`, without
    /// which no request can be made (botocore's serializer needs it too); those get the module's name.
    public var serviceJSON: JSONValue {
        var entries =
            metadata.entries.filter { $0.key != "serviceId" } + [
                (key: "serviceId", value: JSONValue.string(serviceName))
            ]
        if metadata.string("protocol") == "json", metadata["targetPrefix"] == nil {
            entries.append((key: "targetPrefix", value: .string(serviceName)))
        }
        return .object([
            (key: "version", value: .string("2.0")),
            (key: "metadata", value: .object(entries)),
            (key: "operations", value: .object(operations.map { (key: $0.name, value: $0.json) })),
            (key: "shapes", value: .object(shapes.map { (key: $0.name, value: $0.json) })),
        ])
    }

    private func accepts(_ testCase: ProtocolTestCase, _ reached: [(name: String, json: JSONValue)]) -> Bool {
        if let text = operationTexts[testCase.operationName], text != Self.operationText(testCase) { return false }
        return reached.allSatisfy { shape in shapeTexts[shape.name].map { $0 == shape.json.text } ?? true }
    }

    private mutating func add(_ testCase: ProtocolTestCase, _ reached: [(name: String, json: JSONValue)]) {
        cases.append(testCase)
        if operationTexts[testCase.operationName] == nil {
            operationTexts[testCase.operationName] = Self.operationText(testCase)
            operations.append((testCase.operationName, .object(testCase.given.entries)))
        }
        for shape in reached where shapeTexts[shape.name] == nil {
            shapeTexts[shape.name] = shape.json.text
            shapes.append(shape)
        }
    }

    private static func operationText(_ testCase: ProtocolTestCase) -> String {
        JSONValue.object(testCase.given.entries).text
    }

    private static func metadataText(_ testCase: ProtocolTestCase) -> String {
        metadataText(testCase.metadata)
    }

    private static func metadataText(_ metadata: JSONObject) -> String {
        JSONValue.object(metadata.entries).text
    }

    /// `rest-json` → `RestJson`, `json_1_0` → `Json10`.
    private static func serviceStem(_ protocolName: String) -> String {
        protocolName.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }

    /// The suite's shapes that the case's operation reaches through its input, output and errors,
    /// and for a response its other error shapes (botocore looks an error code up among all of a
    /// service's errors), in the order of the suite.
    static func reachedShapes(_ testCase: ProtocolTestCase) -> [(name: String, json: JSONValue)] {
        var pending =
            ["input", "output"].compactMap { testCase.given.object($0)?.string("shape") }
            + testCase.given.objects("errors").compactMap { $0.string("shape") }
        if testCase.body["error"] != nil {
            pending += testCase.shapes.entries.filter { JSONObject($0.value)?.bool("exception") == true }.map(\.key)
        }
        var reached: Set<String> = []
        while let name = pending.popLast() {
            guard reached.insert(name).inserted, let shape = testCase.shapes.object(name) else { continue }
            let references = shape.object("members")?.entries.compactMap { JSONObject($0.value)?.string("shape") } ?? []
            pending += references + ["member", "key", "value"].compactMap { shape.object($0)?.string("shape") }
        }
        return testCase.shapes.entries.filter { reached.contains($0.key) }.map { ($0.key, $0.value) }
    }
}
