import Foundation
import ShapegenLoader
import ShapegenModel
import ShapegenUtilities
import Testing

@Suite("Loading YAML models")
struct ModelLoaderTests {
    static let minimal = """
        shapegen: 1
        service:
          name: Demo
          apiVersion: "2024-01-01"
          protocol: rest-json
        operations:
          Ping:
            http: {method: POST, uri: /ping}
            input: PingRequest
            pagination: {inputToken: token, outputToken: token}
        shapes:
          PingRequest:
            type: structure
            exactlyOneOf: [a, b]
            rules:
              - {when: a, in: [X], then: b, pattern: "^x$", message: must be x}
            members:
              a: {target: Text, required: false, documentation: The a., allowedValues: [X, Y]}
              b: {target: Text, locationName: B, location: header, max: 3, deprecated: use a}
          Text:
            type: string
            min: 1
            sensitive: true
          Colour:
            type: enum
            values:
              - RED
              - {value: GREEN, documentation: Go., swiftName: verde}
          Stamp: {type: timestamp, format: iso8601}
          Failure:
            type: structure
            error: {httpStatus: 409, fault: server, code: Conflict}
            members: {}
        """

    func load(_ yaml: String) throws(DiagnosticsError) -> ServiceModel {
        try ModelLoader().load(yaml: yaml, path: "m.yaml")
    }

    func diagnostics(_ yaml: String) -> [String] {
        do {
            _ = try load(yaml)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func readsEveryPartOfTheFormat() throws {
        let model = try load(Self.minimal)
        #expect(model.service.name == "Demo")
        #expect(model.service.wireProtocol == .restJSON)
        let ping = try #require(model.operations.first)
        #expect(ping.httpMethod == "POST" && ping.requestURI == "/ping")
        #expect(ping.input?.name == "PingRequest")
        #expect(ping.input?.location == SourceLocation(file: "m.yaml", line: 9, column: 12))
        #expect(ping.pagination?.inputToken.name == "token")

        let request = try #require(model.shape(named: "PingRequest"))
        let body = try #require(request.kind.structure)
        #expect(body.exactlyOneOf.map { $0.members.map(\.name) } == [["a", "b"]])
        #expect(body.conditionalRules.first?.condition == .valueIn(["X"]))
        #expect(body.conditionalRules.first?.constraints.pattern?.source == "^x$")
        let b = try #require(body.member(named: "b"))
        #expect(b.httpLocation == .header && b.locationName == "B" && b.wireName == "B")
        #expect(b.constraints.max?.value == 3)
        #expect(b.deprecation?.message == "use a")
        #expect(b.location == SourceLocation(file: "m.yaml", line: 19, column: 7))
        #expect(body.member(named: "a")?.constraints.allowedValues == ["X", "Y"])

        let text = try #require(model.shape(named: "Text"))
        #expect(text.isSensitive && text.constraints.min?.value == 1)
        guard case .enum(let values) = model.shape(named: "Colour")?.kind else {
            Issue.record("Colour is not an enum")
            return
        }
        #expect(values.map(\.value) == ["RED", "GREEN"])
        #expect(values[1].swiftName == "verde" && values[1].documentation == "Go.")
        #expect(model.shape(named: "Stamp")?.kind == .timestamp(.iso8601))
        #expect(model.shape(named: "Failure")?.error == ErrorTrait(httpStatus: 409, fault: .server, code: "Conflict"))
    }

    /// A `headers` map with an empty prefix (botocore's protocol tests have one) takes every
    /// header; anywhere else an empty wire name is an error.
    @Test func anEmptyHeaderPrefixIsAllowedForHeaderMapsOnly() throws {
        let everyHeader = Self.minimal.replacingOccurrences(
            of: "locationName: B, location: header", with: "locationName: \"\", location: headers")
        let member = try load(everyHeader).shapes.first { $0.name == "PingRequest" }?.kind.structure?.member(named: "b")
        #expect(member?.httpLocation == .headers && member?.locationName == "")
        let emptyHeader = Self.minimal.replacingOccurrences(of: "locationName: B", with: "locationName: \"\"")
        #expect(diagnostics(emptyHeader) == ["m.yaml:19:39: error: 'locationName' must not be empty"])
    }

    @Test func unknownKeysSuggestTheClosestKnownOne() {
        let yaml = Self.minimal.replacingOccurrences(
            of: "    type: string\n    min: 1", with: "    type: string\n    mni: 1")
        #expect(
            diagnostics(yaml) == [
                "m.yaml:22:5: error: unknown key 'mni' in shape 'Text' (string) (did you mean 'min'?)"
            ])
    }

    @Test func keysOfAnotherShapeTypeAreRejected() {
        let yaml = Self.minimal.replacingOccurrences(
            of: "    type: string\n    min: 1", with: "    type: string\n    members: {}")
        #expect(diagnostics(yaml) == ["m.yaml:22:5: error: unknown key 'members' in shape 'Text' (string)"])
    }

    @Test func everyProblemIsReportedInOnePass() {
        let yaml = """
            shapegen: 1
            service: {name: X, apiVersion: "1", protocol: grpc}
            shapes:
              A: {type: strng}
              B: {type: structure, members: {m: {target: A, required: yes}}}
            """
        #expect(
            diagnostics(yaml) == [
                "m.yaml:2:47: error: 'protocol' must be one of 'rest-json', 'json', 'query', 'rest-xml', 'ec2', 'smithy-rpc-v2-cbor', found 'grpc'",
                "m.yaml:4:13: error: unknown shape type 'strng' (did you mean 'string'?); expected one of blob, boolean, document, double, enum, float, integer, list, long, map, string, structure, timestamp, union",
                "m.yaml:5:59: error: 'required' must be true or false, found 'yes'",
            ])
    }

    @Test func yamlSyntaxErrorsAreLocated() {
        let result = diagnostics("shapegen: 1\nservice: [unclosed\n")
        #expect(result.count == 1)
        #expect(result.first?.hasPrefix("m.yaml:2:10: error: invalid YAML:") == true, "located at the opening bracket")
    }

    @Test func invalidUTF8IsLocated() {
        var data = Data("shapegen: 1\nservice: ".utf8)
        data.append(0xFF)
        do {
            _ = try ModelLoader().load(data: data, path: "bad.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.description) == ["bad.yaml:2:10: error: model file is not valid UTF-8"])
        }
    }

    @Test func duplicateKeysAreErrors() {
        let yaml = Self.minimal.replacingOccurrences(
            of: "  Stamp: {type: timestamp, format: iso8601}", with: "  Stamp: {type: timestamp, type: blob}")
        #expect(diagnostics(yaml) == ["m.yaml:29:11: error: key 'type' is written more than once in this mapping"])
    }

    @Test func versionIsChecked() {
        #expect(
            diagnostics(Self.minimal.replacingOccurrences(of: "shapegen: 1", with: "shapegen: 2")) == [
                "m.yaml:1:11: error: unsupported format version 2; this shapegen reads version 1"
            ])
    }

    @Test func missingFileIsAnError() {
        #expect(throws: DiagnosticsError.self) { try ModelLoader().load(contentsOf: "/nonexistent/model.yaml") }
    }

    /// Errors of `load(contentsOf:)`, which reads through ``FileBytes``.
    private func fileDiagnostics(_ path: String) -> [String] {
        do {
            _ = try ModelLoader().load(contentsOf: path)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func filesAreReadWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "shapegen-loader-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let model = folder.appendingPathComponent("m.yaml").path
        try Data(Self.minimal.utf8).write(to: URL(fileURLWithPath: model))
        #expect(try ModelLoader().load(contentsOf: model) == ModelLoader().load(yaml: Self.minimal, path: model))

        #expect(
            fileDiagnostics(folder.path) == ["error: no such model file: '\(folder.path)'"], "a folder is no model file"
        )
        #expect(fileDiagnostics(model + "/inner.yaml") == ["error: no such model file: '\(model)/inner.yaml'"])

        let invalid = folder.appendingPathComponent("bad.yaml").path
        try Data([0x61, 0x3A, 0x20, 0xFF]).write(to: URL(fileURLWithPath: invalid))
        #expect(fileDiagnostics(invalid) == ["\(invalid):1:4: error: model file is not valid UTF-8"])

        let marked = folder.appendingPathComponent("bom.yaml").path
        try Data([0xEF, 0xBB, 0xBF] + Array(Self.minimal.utf8)).write(to: URL(fileURLWithPath: marked))
        #expect(
            try ModelLoader().load(contentsOf: marked) == ModelLoader().load(yaml: Self.minimal, path: marked),
            "a byte order mark is dropped, as String(data:encoding:) drops it")
        #expect(
            try ModelLoader().load(data: Data(contentsOf: URL(fileURLWithPath: marked)), path: marked)
                == ModelLoader().load(yaml: Self.minimal, path: marked))

        let big = folder.appendingPathComponent("big.yaml").path
        #expect(FileManager.default.createFile(atPath: big, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: big))
        try handle.truncate(atOffset: UInt64(ModelLimits.maxFileSize + 1))
        try handle.close()
        #expect(
            fileDiagnostics(big) == [
                "\(big):1:1: error: model file is \(ModelLimits.maxFileSize + 1) bytes; models are at most \(ModelLimits.maxFileSize) bytes (64 MiB)"
            ], "refused by its size, before it is read")
    }

    @Test func fileBytesTellMissingFromEmptyFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "shapegen-bytes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let empty = folder.appendingPathComponent("empty").path
        #expect(FileManager.default.createFile(atPath: empty, contents: nil))
        #expect(try FileBytes.read(empty) == .bytes([]))
        #expect(try FileBytes.read(folder.appendingPathComponent("none").path) == .missing)
        let three = folder.appendingPathComponent("three").path
        #expect(FileManager.default.createFile(atPath: three, contents: Data("abc".utf8)))
        #expect(try FileBytes.read(three) == .bytes(Array("abc".utf8)))
        #expect(try FileBytes.read(three, limit: 2) == .tooLarge(size: 3))
    }
}
