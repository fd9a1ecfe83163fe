import ShapegenImporter

/// One case of botocore's protocol test suite: an operation, and either parameters with the
/// request they serialize to (input) or a response with what it parses to (output).
public struct ProtocolTestCase: Sendable {
    /// Whether a case tests serializing a request or parsing a response.
    public enum Direction: String, Sendable, Hashable, Comparable {
        case input, output

        public static func < (lhs: Direction, rhs: Direction) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The suite file the case is in, e.g. `input/rest-json.json` or `legacy/output/json.json`.
    public var file: String
    /// The protocol, named as the file is: `rest-json`, `json_1_0`, `smithy-rpc-v2-cbor-query-compatible`…
    public var protocolName: String
    /// Serializing or parsing.
    public var direction: Direction
    /// The suite's position in its file, from 0.
    public var suiteIndex: Int
    /// The case's position in its suite, from 0.
    public var caseIndex: Int
    /// The suite's description, which botocore's ignore list names suites by.
    public var suiteDescription: String
    /// The case's own `id`, which botocore's ignore list names cases by.
    public var id: String?
    /// The suite's service metadata.
    public var metadata: JSONObject
    /// The endpoint the suite's client is set up with, if it names one.
    public var clientEndpoint: String?
    /// The suite's shapes, in botocore's format.
    public var shapes: JSONObject
    /// The case as written: `given`, `params` and `serialized`, or `response` and `result`/`error`.
    public var body: JSONObject
    /// Why botocore does not run the case, if it is on its ignore list.
    public var ignoredBecause: String?

    /// The operation the case calls, in botocore's format.
    public var given: JSONObject { body.object("given") ?? JSONObject([]) }
    /// The operation's name.
    public var operationName: String { given.string("name") ?? "OperationName" }
    /// A short, unique name for the case: its file and its place in it, e.g. `input/json.json 3:1`.
    public var key: String { "\(file) \(suiteIndex):\(caseIndex)" }
    /// The case's `id`, or its place when it has none.
    public var title: String { id ?? "\(suiteDescription) (\(suiteIndex):\(caseIndex))" }
}
