import Foundation
import ShapegenImporter
import ShapegenRuntime
import ShapegenTestSupport

/// Compares the request a generated client sent with the one a case expects, as botocore's own
/// runner does: the method, the path, the query as a multiset, each expected header exactly,
/// forbidden headers absent, the body as a value of its format, and the host where given.
enum RequestComparison {
    /// The case's outcome from the runner's line: a request to compare, or a verdict.
    static func outcome(of testCase: ProtocolTestCase, line: [String: Any]) -> CaseResult.Outcome {
        if let reason = line["failed"] as? String { return .failed(reason) }
        if line["passed"] as? Bool == true { return .passed }
        guard let method = line["method"] as? String, let path = line["path"] as? String,
            let headerPairs = line["headers"] as? [[String]], let bodyText = line["body"] as? String,
            let body = Data(base64Encoded: bodyText)
        else { return .failed("the runner's line is not a request") }
        let headers = headerPairs.compactMap { $0.count == 2 ? (name: $0[0], value: $0[1]) : nil }
        let sent = SentRequest(
            method: method, path: path, headers: headers, body: body, host: line["host"] as? String ?? "")
        let problems = differences(sent, testCase)
        return problems.isEmpty ? .passed : .failed(problems.joined(separator: "; "))
    }

    /// A request as the runner reports it.
    struct SentRequest {
        var method: String
        var path: String
        var headers: [(name: String, value: String)]
        var body: Data
        var host: String

        func header(_ name: String) -> String? {
            headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
        }
    }

    static func differences(_ sent: SentRequest, _ testCase: ProtocolTestCase) -> [String] {
        let expected = testCase.body.object("serialized") ?? JSONObject([])
        let wireProtocol = testCase.metadata.string("protocol") ?? testCase.protocolName
        var problems: [String] = []
        if let method = expected.string("method"), method != sent.method {
            problems.append("method \(sent.method), expected \(method)")
        }
        let uri = expected.string("uri") ?? ""
        if !sameURI(sent.path, uri) {
            problems.append("URI \(sent.path), expected \(uri)")
        }
        let listHeaders = listHeaderNames(testCase)
        for (name, value) in expected.object("headers")?.entries ?? [] {
            guard case .string(var wanted) = value else { continue }
            if isUnchecked(header: name, value: wanted, protocol: wireProtocol) { continue }
            var actual = sent.header(name)
            if listHeaders.contains(name.lowercased()) {
                wanted = wanted.replacingOccurrences(of: ", ", with: ",")
                actual = actual?.replacingOccurrences(of: ", ", with: ",")
            }
            let accepted =
                ["query", "ec2"].contains(wireProtocol) && name.lowercased() == "content-type"
                ? [wanted, wanted + "; charset=utf-8"] : [wanted]
            if !accepted.contains(actual ?? "\u{0}") {
                problems.append("header \(name): \(actual.map { "'\($0)'" } ?? "missing"), expected '\(wanted)'")
            }
        }
        for name in expected.strings("forbidHeaders") where sent.header(name) != nil {
            problems.append("header \(name) is sent, but must not be")
        }
        if let body = expected.string("body"), let problem = bodyDifference(sent.body, body, protocol: wireProtocol) {
            problems.append(problem)
        }
        if let host = expected.string("host"), host != sent.host {
            problems.append("host \(sent.host), expected \(host)")
        }
        return problems
    }

    /// botocore's exceptions: it sets no `Content-Type` for rest-xml, nor one for rest-json
    /// payloads that are not JSON, and does not check what the cases expect there.
    private static func isUnchecked(header name: String, value: String, protocol wireProtocol: String) -> Bool {
        guard name.lowercased() == "content-type" else { return false }
        return wireProtocol == "rest-xml" || (wireProtocol == "rest-json" && value != "application/json")
    }

    /// The header names of the input's list members bound to headers, which Smithy's cases join
    /// with ", " and botocore with ",".
    private static func listHeaderNames(_ testCase: ProtocolTestCase) -> Set<String> {
        guard let input = testCase.given.object("input")?.string("shape"),
            let members = testCase.shapes.object(input)?.object("members")
        else { return [] }
        var names: Set<String> = []
        for (name, value) in members.entries {
            guard let member = JSONObject(value), member.string("location") == "header",
                let target = member.string("shape"), testCase.shapes.object(target)?.string("type") == "list"
            else { continue }
            names.insert((member.string("locationName") ?? name).lowercased())
        }
        return names
    }

    /// The same path, and the same query parameters in any order.
    static func sameURI(_ sent: String, _ expected: String) -> Bool {
        func split(_ uri: String) -> (path: Substring, query: [Substring]) {
            guard let mark = uri.firstIndex(of: "?") else { return (Substring(uri), []) }
            let query = uri[uri.index(after: mark)...].split(separator: "&", omittingEmptySubsequences: true)
            return (uri[..<mark], query.sorted())
        }
        let (sentPath, sentQuery) = split(sent)
        let (expectedPath, expectedQuery) = split(expected)
        return sentPath == expectedPath && sentQuery.map(normalizedEscapes) == expectedQuery.map(normalizedEscapes)
    }

    /// `%2f` and `%2F` are the same escape.
    private static func normalizedEscapes(_ text: Substring) -> String {
        var result = ""
        var pending = 0
        for character in text {
            if pending > 0 {
                result += character.uppercased()
                pending -= 1
            } else {
                if character == "%" { pending = 2 }
                result.append(character)
            }
        }
        return result
    }

    private static func bodyDifference(_ sent: Data, _ expected: String, protocol wireProtocol: String) -> String? {
        let sentText = String(decoding: sent, as: UTF8.self)
        switch wireProtocol {
        case "json", "rest-json":
            guard let expectedValue = try? ShapegenTestSupport.JSONValue(parsing: expected) else {
                return sentText == expected ? nil : "body '\(sentText)', expected '\(expected)'"
            }
            guard let sentValue = try? ShapegenTestSupport.JSONValue(parsing: sent) else {
                return "body '\(sentText)' is not JSON, expected \(expectedValue)"
            }
            return sentValue == expectedValue ? nil : "body \(sentValue), expected \(expectedValue)"
        case "query", "ec2":
            // Form parameters, decoded: `+` and `%20` are both a space.
            let pairs = { (text: String) in
                text.split(separator: "&").map {
                    ($0.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0))
                }.sorted()
            }
            return pairs(sentText) == pairs(expected) ? nil : "body '\(sentText)', expected '\(expected)'"
        case "rest-xml":
            guard let expectedTree = XMLTree(expected) else {
                return sentText == expected ? nil : "body '\(sentText)', expected '\(expected)'"
            }
            return XMLTree(sentText) == expectedTree ? nil : "body '\(sentText)', expected '\(expected)'"
        case "smithy-rpc-v2-cbor":
            // Compared as values, as botocore's runner compares them: definite or indefinite
            // lengths, float widths and map entry order do not matter.
            let expectedBytes = Data(base64Encoded: expected) ?? Data()
            if expectedBytes.isEmpty || sent.isEmpty {
                return expectedBytes == sent ? nil : "body \(sent.base64EncodedString()), expected \(expected)"
            }
            guard let expectedValue = cborValue(expectedBytes) else {
                return "the expected body \(expected) is not CBOR"
            }
            guard let sentValue = cborValue(sent) else { return "body \(sent.base64EncodedString()) is not CBOR" }
            return sentValue == expectedValue ? nil : "body \(sentValue), expected \(expectedValue)"
        default:
            let expectedBytes = Data(base64Encoded: expected) ?? Data(expected.utf8)
            return sent == expectedBytes ? nil : "body \(sent.base64EncodedString()), expected \(expected)"
        }
    }

    /// A CBOR body as a JSON value (maps compared regardless of order).
    private static func cborValue(_ data: Data) -> ShapegenTestSupport.JSONValue? {
        guard let text = (try? CBORValue(decoding: data))?.jsonText else { return nil }
        return try? ShapegenTestSupport.JSONValue(parsing: text)
    }
}
