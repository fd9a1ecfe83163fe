import Batch
import Foundation
import ShapegenFuzz
import ShapegenRuntime
import ShapegenTestSupport
import Testing

/// Hostile responses: a seeded fuzz pass over `ListJobsResponse` decoding. Random, truncated,
/// oversized and type-confused JSON never crashes the decoder, and a value of the wrong type
/// fails naming exactly where it is.
@Suite("ListJobsResponse decoding fuzz")
struct ResponseDecodingFuzzTests {
    private func decode(_ data: Data) throws -> Batch.ListJobsResponse {
        try JSONCoding.decoder.decode(Batch.ListJobsResponse.self, from: data)
    }

    /// Every place in the sample response with its path as `JSONCoding.describe` writes it.
    private static func places(in value: JSONValue, path: String = "") -> [String] {
        switch value {
        case .array(let elements):
            return [path] + elements.indices.flatMap { places(in: elements[$0], path: path + "[\($0)]") }
        case .object(let members):
            return [path]
                + members.keys.sorted().flatMap { key in
                    places(in: members[key]!, path: path.isEmpty ? key : path + "." + key)
                }
        default:
            return [path]
        }
    }

    @Test("a value of the wrong type anywhere fails, naming its path", arguments: 0..<400)
    func typeConfusion(_ index: Int) throws {
        var random = FuzzRandom(seed: UInt64(index))
        let sample = try JSONValue(parsing: SeedSamples.fullResponse)
        let path = Self.places(in: sample).filter { !$0.isEmpty }.randomElement(using: &random)!
        let original = sample.value(at: path)
        let replacement = JSONValue.confusing(original, using: &random)
        let data = Data(sample.replacing(path, with: replacement).json.utf8)
        do {
            _ = try decode(data)
        } catch {
            let description = JSONCoding.describe(error)
            #expect(description.hasPrefix(path), "\(path) = \(replacement.json): \(description)")
        }
    }

    @Test("truncated, corrupted and random bytes fail with an error, never a crash", arguments: 0..<8)
    func brokenBytes(_ batch: Int) throws {
        let sample = Data(SeedSamples.fullResponse.utf8)
        var random = FuzzRandom(seed: 1_000 + UInt64(batch))
        for _ in 0..<100 {
            var data = sample.prefix(Int.random(in: 0..<sample.count, using: &random))
            if Bool.random(using: &random) {
                data = sample
                for _ in 0..<Int.random(in: 1...6, using: &random) {
                    let at = Int.random(in: 0..<data.count, using: &random)
                    data[at] = UInt8.random(in: 0...255, using: &random)
                }
            }
            _ = try? decode(data)
        }
        let noise = Data((0..<4_096).map { _ in UInt8.random(in: 0...255, using: &random) })
        #expect(throws: (any Error).self) { try decode(noise) }
    }

    @Test("oversized: 20,000 jobs, megabyte strings, numbers past Int64, nesting 100,000 deep")
    func oversized() throws {
        let job = #"{"jobId":"1","jobName":"a"}"#
        let many = #"{"jobSummaryList":["# + Array(repeating: job, count: 20_000).joined(separator: ",") + "]}"
        #expect(try decode(Data(many.utf8)).jobSummaryList.count == 20_000)

        let long = String(repeating: "x", count: 1 << 20)
        let longName = #"{"jobSummaryList":[{"jobId":"1","jobName":"\#(long)"}]}"#
        #expect(try decode(Data(longName.utf8)).jobSummaryList.first?.jobName.count == 1 << 20)

        for number in ["9223372036854775808", "1e400", "-1e400", "1.5", "0x10", "NaN"] {
            let json = #"{"jobSummaryList":[{"jobId":"1","jobName":"a","createdAt":\#(number)}]}"#
            #expect(throws: (any Error).self, "\(number)") { try decode(Data(json.utf8)) }
        }

        let deep =
            #"{"jobSummaryList":[{"jobId":"1","jobName":"a","x":"# + String(repeating: "[", count: 100_000)
            + String(repeating: "]", count: 100_000) + "}]}"
        _ = try? decode(Data(deep.utf8))
    }
}

extension JSONValue {
    /// The value at a path such as `jobSummaryList[0].container.exitCode`.
    func value(at path: String) -> JSONValue {
        var value = self
        for step in Self.steps(path) {
            switch (step, value) {
            case (.left(let key), .object(let members)): value = members[key] ?? .null
            case (.right(let index), .array(let elements)): value = elements[index]
            default: return .null
            }
        }
        return value
    }

    /// This document with the value at `path` replaced.
    func replacing(_ path: String, with replacement: JSONValue) -> JSONValue {
        replacing(Self.steps(path)[...], with: replacement)
    }

    private func replacing(_ steps: ArraySlice<Either>, with replacement: JSONValue) -> JSONValue {
        guard let step = steps.first else { return replacement }
        switch (step, self) {
        case (.left(let key), .object(var members)):
            members[key] = (members[key] ?? .null).replacing(steps.dropFirst(), with: replacement)
            return .object(members)
        case (.right(let index), .array(var elements)):
            elements[index] = elements[index].replacing(steps.dropFirst(), with: replacement)
            return .array(elements)
        default:
            return self
        }
    }

    enum Either {
        case left(String)
        case right(Int)
    }

    private static func steps(_ path: String) -> [Either] {
        var steps: [Either] = []
        for part in path.split(separator: ".") {
            let pieces = part.split(separator: "[")
            steps.append(.left(String(pieces[0])))
            steps += pieces.dropFirst().compactMap { Int($0.dropLast()).map(Either.right) }
        }
        return steps
    }

    /// A value of another JSON type than `original` (a string for a number, an object for a list…).
    static func confusing(_ original: JSONValue, using random: inout some RandomNumberGenerator) -> JSONValue {
        let candidates: [JSONValue] = [
            .string("x"), .string(""), .number(1.5), .number(-1), .bool(true), .array([]), .array([.null]),
            .object([:]), .object(["jobId": .number(1)]),
        ]
        return candidates.filter { !$0.hasSameType(as: original) }.randomElement(using: &random)!
    }

    private func hasSameType(as other: JSONValue) -> Bool {
        switch (self, other) {
        case (.string, .string), (.number, .number), (.bool, .bool), (.array, .array), (.object, .object),
            (.null, .null):
            true
        default: false
        }
    }

    /// The document as JSON text: strings escaped, whole numbers without a fraction.
    var json: String {
        switch self {
        case .null: "null"
        case .bool(let value): "\(value)"
        case .number(let value): value == value.rounded() && abs(value) < 1e15 ? "\(Int64(value))" : "\(value)"
        case .string(let value):
            "\""
                + value.unicodeScalars.map {
                    $0 == "\"" || $0 == "\\"
                        ? "\\\($0)" : $0.value < 0x20 ? String(format: "\\u%04x", $0.value) : String($0)
                }.joined() + "\""
        case .array(let values): "[" + values.map(\.json).joined(separator: ",") + "]"
        case .object(let members):
            "{"
                + members.keys.sorted().map { JSONValue.string($0).json + ":" + members[$0]!.json }.joined(
                    separator: ",") + "}"
        }
    }
}
