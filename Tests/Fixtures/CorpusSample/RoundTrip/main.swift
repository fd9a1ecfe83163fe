// Every hostile structure and enum of `HostileNames.yaml` survives encoding and decoding through
// `JSONCoding` unchanged, and travels under the model's names. Run by `CorpusSampleCompileTests`
// after the fixture's build; prints one line per failure and exits 1 when there is one.
//
// The module's types shadow the standard library's (`Result`, `Array`, `Task`, `Data`, …), so
// everything is qualified.

import CorpusHostileNames
import Foundation
import ShapegenRuntime

nonisolated(unsafe) var failures: [Swift.String] = []

/// Encodes `value`, decodes it back and records a failure when it differs; returns the JSON object's
/// keys (empty for a non-object).
@discardableResult
func roundTrip<T: Swift.Codable & Swift.Equatable>(_ value: T, _ label: Swift.String) -> Swift.Set<Swift.String> {
    do {
        let data = try JSONCoding.encoder.encode(value)
        let decoded = try JSONCoding.decoder.decode(T.self, from: data)
        if decoded != value {
            failures.append(
                "\(label): decoded \(decoded), expected \(value) (JSON \(Swift.String(decoding: data, as: UTF8.self)))")
        }
        let object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        return Swift.Set((object as? [Swift.String: Any])?.keys.map { $0 } ?? [])
    } catch {
        failures.append("\(label): \(error)")
        return []
    }
}

/// Records a failure when `actual` is not `expected`.
func expectKeys(_ actual: Swift.Set<Swift.String>, _ expected: Swift.Set<Swift.String>, _ label: Swift.String) {
    if actual != expected {
        failures.append("\(label): JSON keys \(actual.sorted()), expected \(expected.sorted())")
    }
}

let hostileText = ["*/", "/*", "///", "\"", "\\(x)", "\\", "`", "\n", "\u{0}", "#if", "$0", "🙂", "İı", ""]

// Enums: every listed value, and values the model does not list.
for kind in HostileNames.Kind.allCases + hostileText.map(HostileNames.Kind.unknown) {
    roundTrip(kind, "Kind.\(kind)")
    roundTrip([kind], "[Kind.\(kind)]")
}
for region in HostileNames.Region.allCases + hostileText.map(HostileNames.Region.unknown) {
    roundTrip(region, "Region.\(region)")
}
if Swift.Set(HostileNames.Region.allCases.map(\.rawValue))
    != ["t2.micro", "*", "us-east-1", "\"", "\\(", "\\", "\n", "RED", "Red", "café", "Größe", "日本", "1.0", "#if", "$0"]
{
    failures.append("Region's raw values: \(HostileNames.Region.allCases.map(\.rawValue))")
}
for (index, text) in hostileText.enumerated() {
    let region = HostileNames.Region(rawValue: text)
    if region.rawValue != text {
        failures.append("Region(rawValue: \(text.debugDescription)).rawValue is \(region.rawValue.debugDescription)")
    }
    roundTrip(HostileNames.Func(func: text, class: text, return: text, u5F: text, x: text), "Func #\(index)")
}

// An enum whose `init(rawValue:)` switches in three parts: every value finds its case.
let manyValues = HostileNames.ManyValues.allCases
if manyValues.count != 230 || manyValues.contains(where: { HostileNames.ManyValues(rawValue: $0.rawValue) != $0 }) {
    failures.append("ManyValues: \(manyValues.filter { HostileNames.ManyValues(rawValue: $0.rawValue) != $0 })")
}
if HostileNames.ManyValues(rawValue: "V230") != .unknown("V230") {
    failures.append("ManyValues(rawValue: \"V230\") is known")
}

for value in HostileNames.ControlValues.allCases + hostileText.map(HostileNames.ControlValues.unknown) {
    roundTrip(value, "ControlValues.\(value)")
}
if HostileNames.ControlValues.allCases.map(\.rawValue) != ["\r", "\u{0}", "\u{2028}", "Unknown", "\t"] {
    failures.append("ControlValues' raw values: \(HostileNames.ControlValues.allCases.map(\.rawValue))")
}

// Structures whose names and members are keywords, standard-library names, punctuation, digits or
// non-ASCII letters, each member set.
expectKeys(
    roundTrip(
        HostileNames.Func(
            func: "*/", class: "///", let: "`", var: "\"", `inout`: "\\(", throws: "\n", async: "🙂", await: "İ",
            return: "ı",
            u5F: "_", u60: "`x`", x: "\\(x)", u22: "\"\""),
        "Func"),
    ["func", "class", "let", "var", "inout", "throws", "async", "await", "return", "_", "`", "\\(x)", "\""], "Func")
expectKeys(
    roundTrip(
        HostileNames._3DModel(
            color: "Color", colorLower: "color", _1st: "1st", _2ndPlace: "2nd", aBCD: "a.b-c:d", größe: "größe",
            grosseUpper: "Größe", 日本語: "日本語", café: "café", aB: "a b", dollar: "$", at: "@", tag: "#",
            region: .u5C_28),
        "3DModel"),
    [
        "Color", "color", "1st", "2nd-place", "a.b-c:d", "größe", "Größe", "日本語", "café", "a b", "$dollar", "@at",
        "#tag", "region",
    ],
    "3DModel")
expectKeys(
    roundTrip(HostileNames.Controls(u2A: "*", u5F_5F: "__", _0: .u22, values: .u0, cr: "\r"), "Controls"),
    ["*", "__", "0", "values", "\r"], "Controls")
expectKeys(roundTrip(HostileNames.Init(selfValue: "s"), "init"), ["self"], "init")
expectKeys(roundTrip(HostileNames.Self_(initValue: "i"), "self"), ["init"], "self")
expectKeys(roundTrip(HostileNames.Type_(type: "t"), "Type"), ["Type"], "Type")
expectKeys(roundTrip(HostileNames.Protocol_(protocol: "p"), "Protocol"), ["protocol"], "Protocol")
expectKeys(roundTrip(HostileNames.Default(default: "d"), "default"), ["default"], "default")
expectKeys(
    roundTrip(HostileNames.Task(task: HostileNames.Task(task: HostileNames.Task())), "Task"), ["task"], "Task")
expectKeys(roundTrip(HostileNames.ABCD(x: "x"), "a.b-c:d"), ["x"], "a.b-c:d")
expectKeys(roundTrip(HostileNames.Ünïcödé(ñ: "ñ"), "Ünïcödé"), ["ñ"], "Ünïcödé")
expectKeys(roundTrip(HostileNames.日本(名前: "名前"), "日本"), ["名前"], "日本")
expectKeys(roundTrip(HostileNames.Error(message: "*/"), "Error"), ["message"], "Error")
expectKeys(roundTrip(HostileNames.CodingKeys(a: "a"), "CodingKeys"), ["a"], "CodingKeys")
expectKeys(roundTrip(HostileNames.Data(bytes: Foundation.Data([0, 1, 255])), "Data"), ["bytes"], "Data")
expectKeys(
    roundTrip(HostileNames.Date(at: Foundation.Date(timeIntervalSince1970: 1_700_000_000)), "Date"), ["at"], "Date")
roundTrip(HostileNames.Array(), "Array")
roundTrip(HostileNames.Codable(), "Codable")
roundTrip(HostileNames.Void_(), "Void")
roundTrip(HostileNames.Any_(), "Any")
expectKeys(roundTrip(HostileNames.Choice.kind(.`self`), "Choice"), ["kind"], "Choice")
let expression = HostileNames.Expr.not(.all([.literal("a"), .not(.literal("*/"))]))
expectKeys(roundTrip(expression, "Expr"), ["not"], "Expr")

// A union decodes the one member set (a null one counts as unset), keeps the name of a member it
// does not know, and refuses a value that sets none or two; its unknown member cannot be sent.
func decodedChoice(_ json: Swift.String) -> Swift.Result<HostileNames.Choice, any Swift.Error> {
    Swift.Result { try JSONCoding.decoder.decode(HostileNames.Choice.self, from: Foundation.Data(json.utf8)) }
}
if case .success(.result(let value)) = decodedChoice(#"{"kind": null, "result": {"next": "x"}}"#), value.next == "x" {
} else {
    failures.append("Choice with a null member: \(decodedChoice(#"{"kind": null, "result": {"next": "x"}}"#))")
}
if case .success(.sdkUnknown("addedLater")) = decodedChoice(#"{"addedLater": {"a": 1}}"#) {
} else {
    failures.append("Choice with an unknown member: \(decodedChoice(#"{"addedLater": {"a": 1}}"#))")
}
for json in [#"{}"#, #"{"kind": "self", "result": {}}"#] {
    if case .failure(let error) = decodedChoice(json), "\(error)".contains("a Choice sets exactly one member") {
    } else {
        failures.append("Choice \(json) decoded: \(decodedChoice(json))")
    }
}
if (try? JSONCoding.encoder.encode(HostileNames.Choice.sdkUnknown("addedLater"))) != nil {
    failures.append("an unknown union member was encoded")
}

let result = HostileNames.Result(
    next: "abc", items: HostileNames.Kind.allCases + [.unknown("*/")], self2: "Self", super: "super",
    protocol: "Protocol", some: "some", any: "any", type: "Type", default: 7, context: "ctx", selector: .`self`,
    container: "container", decoder: "decoder", rawValue: "rawValue", allCases: "allCases", unknown: "unknown",
    description: "description", json: .object(["*/": .array([.null, .boolean(true), .number(1.5), .string("\\(")])]),
    when: Foundation.Date(timeIntervalSince1970: 1_700_000_000), bytes: Foundation.Data([1, 2]), flag: true, ratio: 0.5,
    size: 2.5, count: Swift.Int64.max, nested: HostileNames.Result(next: "n"),
    choice: .result(HostileNames.Result(next: "c")),
    byKind: ["self": HostileNames.Result(next: "k")], secret: "hunter2")
expectKeys(
    roundTrip(result, "Result"),
    [
        "next", "items", "Self", "super", "Protocol", "some", "any", "Type", "default", "context", "selector",
        "container",
        "decoder", "rawValue", "allCases", "unknown", "description", "json", "when", "bytes", "flag", "ratio", "size",
        "count",
        "nested", "choice", "byKind", "secret",
    ],
    "Result")

// Printing never shows the sensitive member, and still shows the others under their Swift names.
let printed = Swift.String(describing: result)
// A recursive union's case (`Choice.result`, `indirect`) prints its value.
if printed.contains("hunter2") || !printed.contains("secret: <redacted>") || !printed.contains("default: Optional(7)")
    || !printed.contains(
        #"choice: Optional(CorpusHostileNames.HostileNames.Choice.result(CorpusHostileNames.HostileNames.Result(next: Optional("c")"#
    )
{
    failures.append("Result prints \(printed)")
}

if failures.isEmpty {
    print("round trip: every hostile value unchanged")
} else {
    for failure in failures { print("round trip failed: \(failure)") }
    exit(1)
}
