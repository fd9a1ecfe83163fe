import Foundation
import ShapegenTestSupport
import Testing

/// Generated code keeps optimized builds linear in the size of a service.
///
/// The compiler's cross-module optimization, on in every `-O` whole-module build, rebuilds the
/// module's table of local archetypes (opened existentials such as an `any Decoder`, and pack
/// elements of `repeat each`) after each small public function it looks at. A service has a
/// property accessor for every member, so local archetypes that come with each generated shape make
/// a release build quadratic: SageMaker's did not finish in 17 minutes while each structure's
/// specialized coding table held pack elements. The test builds the runtime as a release build
/// does, compiles generated modules of one and of four copies of every kind of shape to optimized
/// SIL and counts the local archetypes in them.
@Suite("Optimized builds")
struct OptimizedBuildTests {
    static let root = #filePath.components(separatedBy: "/Tests/")[0]

    @Test(.timeLimit(.minutes(10)))
    func localArchetypesDoNotGrowWithTheService() async throws {
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent(
            "shapegen-optimized-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workspace) }
        try await compileRuntime(into: workspace)

        let one = try await localArchetypes(ofServiceWithCopies: 1, in: workspace)
        let four = try await localArchetypes(ofServiceWithCopies: 4, in: workspace)
        #expect(
            one.packElements == 0 && four.packElements == 0, "pack elements: \(one.packElements), \(four.packElements)")
        #expect(
            four.openedExistentials == one.openedExistentials,
            "opened existentials grow with the service: \(one.openedExistentials) for one copy, \(four.openedExistentials) for four"
        )
    }

    /// `ShapeCoding+Arities.swift` is what `scripts/write-shape-coding-arities` writes.
    @Test func arityInitializersAreCurrent() async throws {
        let check = try await ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", Self.root + "/scripts/write-shape-coding-arities", "--check"],
            mergeStandardError: true)
        #expect(check.status == 0, "\(check.standardOutput)")
    }

    /// Local-archetype definitions in a module's optimized SIL.
    struct LocalArchetypes {
        var packElements = 0
        var openedExistentials = 0

        init(sil: String) {
            for line in sil.split(separator: "\n") {
                if line.contains("= open_pack_element ") { packElements += 1 }
                if line.contains("= open_existential_") { openedExistentials += 1 }
            }
        }
    }

    /// Builds `ShapegenPatterns` and `ShapegenRuntime` into `workspace` with the flags of
    /// SwiftPM's release builds: optimized, whole-module, with cross-module optimization.
    private func compileRuntime(into workspace: URL) async throws {
        try await compileHTTPTypes(into: workspace)
        for module in ["ShapegenPatterns", "ShapegenRuntime"] {
            let sources = try swiftFiles(in: URL(fileURLWithPath: Self.root + "/Sources/" + module))
            try await swiftc(
                [
                    "-O", "-wmo", "-parse-as-library", "-swift-version", "6", "-module-name", module, "-I",
                    workspace.path,
                    "-emit-module", "-emit-module-path", workspace.appendingPathComponent(module + ".swiftmodule").path,
                    "-c", "-o", workspace.appendingPathComponent(module + ".o").path,
                ] + sources)
        }
    }

    /// Generates a service of `copies` copies of every kind of shape and operation, compiles it to
    /// optimized SIL and counts its local archetypes.
    /// swift-http-types' `HTTPTypes`, which the runtime imports, from SwiftPM's checkout, with the
    /// settings its manifest gives: the default trait `FoundationURL`, its upcoming features and
    /// its availability macros.
    private func compileHTTPTypes(into workspace: URL) async throws {
        let checkout = Self.root + "/.build/checkouts/swift-http-types"
        let manifest = try String(contentsOfFile: checkout + "/Package.swift", encoding: .utf8)
        let macros = manifest.split(separator: "\n").compactMap { line -> String? in
            let parts = line.split(separator: "\"")
            guard parts.count >= 4, parts[1].hasPrefix("HTTPTypes "), parts[3].hasPrefix("macOS ") else { return nil }
            return "AvailabilityMacro=\(parts[1]): \(parts[3])"
        }
        try #require(!macros.isEmpty, "no availability macros in \(checkout)/Package.swift")
        let sources = try swiftFiles(in: URL(fileURLWithPath: checkout + "/Sources/HTTPTypes"))
        try await swiftc(
            [
                "-O", "-wmo", "-parse-as-library", "-swift-version", "6", "-module-name", "HTTPTypes", "-D",
                "FoundationURL", "-enable-upcoming-feature", "InternalImportsByDefault", "-enable-upcoming-feature",
                "MemberImportVisibility", "-emit-module", "-emit-module-path",
                workspace.appendingPathComponent("HTTPTypes.swiftmodule").path,
                "-c", "-o", workspace.appendingPathComponent("HTTPTypes.o").path,
            ] + macros.flatMap { ["-enable-experimental-feature", $0] } + sources)
    }

    private func localArchetypes(ofServiceWithCopies copies: Int, in workspace: URL) async throws -> LocalArchetypes {
        let folder = workspace.appendingPathComponent("Copies\(copies)")
        let files = try generate(Self.service(copies: copies))
        for (path, contents) in files {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: file)
        }
        let sil = folder.appendingPathComponent("Service.sil")
        try await swiftc(
            [
                "-O", "-wmo", "-parse-as-library", "-swift-version", "6", "-module-name", "Service", "-I",
                workspace.path,
                "-emit-sil", "-o", sil.path,
            ] + files.keys.sorted().map { folder.appendingPathComponent($0).path })
        return LocalArchetypes(sil: try String(contentsOf: sil, encoding: .utf8))
    }

    /// A rest-json service with `copies` copies of: an operation whose input binds members to
    /// HTTP and whose output has a list, a map, an enum and a nested structure; a structure of 30
    /// members of every scalar type and others (the largest coding table); one of 31 (more than a
    /// table takes); a union; a paginated operation.
    static func service(copies: Int) -> String {
        let targets = ["String", "Integer", "Long", "Boolean", "Float", "Double", "Timestamp", "Color", "Tags"]
        let operations = (1...copies).map { copy in
            """
              Get\(copy):
                http: {method: POST, uri: "/things\(copy)/{id}"}
                input: GetRequest\(copy)
                output: GetResponse\(copy)
              List\(copy):
                http: {method: POST, uri: "/list\(copy)"}
                input: ListRequest\(copy)
                output: ListResponse\(copy)
                pagination: {inputToken: nextToken, outputToken: nextToken, items: things}
            """
        }
        let shapes = (1...copies).map { copy in
            let wideMembers = (1...31).map { "      m\($0): {target: String\($0 % 3 == 0 ? ", required: true" : "")}" }
            let fullMembers = (1...30).map { index in
                let target = targets[index % targets.count]
                let suffix = target == "Color" || target == "Tags" ? "\(copy)" : ""
                return "      m\(index): {target: \(target)\(suffix)\(index % 2 == 0 ? ", required: true" : "")}"
            }
            return """
                  GetRequest\(copy):
                    type: structure
                    members:
                      id: {target: String, required: true, location: uri, locationName: id}
                      version: {target: Integer, location: header, locationName: X-Version}
                      body: {target: Thing\(copy)}
                  GetResponse\(copy):
                    type: structure
                    members:
                      thing: {target: Thing\(copy)}
                      wide: {target: Wide\(copy)}
                      choice: {target: Choice\(copy)}
                      full: {target: Full\(copy)}
                  ListRequest\(copy):
                    type: structure
                    members:
                      nextToken: {target: String}
                  ListResponse\(copy):
                    type: structure
                    members:
                      things: {target: ThingList\(copy)}
                      nextToken: {target: String}
                  ThingList\(copy):
                    type: list
                    member: Thing\(copy)
                  Thing\(copy):
                    type: structure
                    members:
                      name: {target: String, required: true, min: 1}
                      color: {target: Color\(copy)}
                      tags: {target: Tags\(copy)}
                      size: {target: Integer, min: 0}
                      createdAt: {target: Timestamp}
                  Tags\(copy):
                    type: map
                    key: String
                    value: String
                  Color\(copy):
                    type: enum
                    values: [RED, GREEN]
                  Choice\(copy):
                    type: union
                    members:
                      text: {target: String}
                      number: {target: Integer}
                  Wide\(copy):
                    type: structure
                    members:
                \(wideMembers.joined(separator: "\n"))
                  Full\(copy):
                    type: structure
                    members:
                \(fullMembers.joined(separator: "\n"))
                """
        }
        let scalars = ["String", "Integer", "Long", "Boolean", "Float", "Double", "Timestamp"].map {
            "  \($0): {type: \($0.lowercased())}"
        }
        return model(operations: operations.joined(separator: "\n"), shapes: (shapes + scalars).joined(separator: "\n"))
    }

    private func swiftFiles(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }.sorted()
            .map { folder.appendingPathComponent($0).path }
    }

    private func swiftc(_ arguments: [String]) async throws {
        let result = try await ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["swiftc"] + arguments, mergeStandardError: true)
        try #require(result.status == 0, "swiftc exited with \(result.status):\n\(result.standardOutput)")
    }
}
