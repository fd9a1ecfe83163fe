import Foundation
import ShapegenLoader
import ShapegenModel
import Testing

/// The documented limits give located, one-line errors (the model format article, "Limits").
@Suite("Model limits")
struct ModelLimitTests {
    static let header = """
        shapegen: 1
        service: {name: Demo, apiVersion: "1", protocol: json, targetPrefix: Demo}

        """

    private func diagnostics(_ yaml: String) -> [String] {
        do {
            _ = try ModelLoader().load(yaml: Self.header + yaml, path: "m.yaml")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func aNameLongerThan256CharactersIsAnErrorQuotingItsStart() {
        let name = String(repeating: "N", count: 257)
        #expect(
            diagnostics("shapes:\n  \(name): {type: string}\n") == [
                "m.yaml:4:3: error: a key in 'shapes' '\(String(repeating: "N", count: 40))…' is 257 characters long; names are at most 256"
            ])
        #expect(diagnostics("shapes:\n  \(name.dropLast()): {type: string}\n") == [])
    }

    @Test func nestingDeeperThan1000LevelsIsAnError() {
        let deep = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        #expect(
            diagnostics("shapes:\n  A: {type: string, traits: {x: \(deep)}}\n").first?
                .hasSuffix("error: lists and mappings nest deeper than 1000 levels, the limit") == true)
    }

    @Test func anAliasBombInTraitsIsAnErrorNotAHang() {
        var bomb = "{l0: &l0 [x, x, x, x, x, x, x, x, x, x]"
        for level in 1..<30 {
            bomb +=
                ", l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
                + "]"
        }
        #expect(
            diagnostics("shapes:\n  A: {type: string, traits: \(bomb)}}\n") == [
                "m.yaml:4:29: error: 'traits' holds more than 100000 values (counting each use of a YAML alias)"
            ])
    }

    @Test func aFileOver64MiBIsAnErrorBeforeItIsParsed() {
        let data = Data(count: ModelLimits.maxFileSize + 1)
        #expect(throws: DiagnosticsError.self) { try ModelLoader().load(data: data, path: "big.yaml") }
    }

    @Test func lineBreaksInQuotedNamesAreEscapedSoEveryDiagnosticIsOneLine() {
        let messages = diagnostics("shapes:\n  A: {type: string, \"line\\nbreak\": 1}\n")
        #expect(messages == [#"m.yaml:4:21: error: unknown key 'line\nbreak' in shape 'A' (string)"#])
    }
}
