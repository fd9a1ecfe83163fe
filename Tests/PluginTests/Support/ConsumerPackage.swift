import Foundation
import ShapegenTestSupport

/// A working copy of Tests/Fixtures/PluginConsumer that depends on this checkout of swift-shapegen.
struct ConsumerPackage {
    /// The root of this checkout of swift-shapegen.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// Where the copy and its scratch folder live; kept between runs (and ignored by git).
    static let workFolder = repository.appendingPathComponent(".build-plugin-consumer")
    /// What the build log says when the plugin runs the generator.
    static let generatorMessage = "Generating Swift from batch.shapes.yaml"
    /// The files generated for `batch.shapes.yaml`, in generation order.
    static let generatedNames =
        (["Shapes"] + (2...8).map { "Shapes\($0)" } + ["Validation", "Client", "Paginators", "Mock"])
        .map { "batch.\($0).swift" }

    /// The copy's root folder.
    let root: URL
    /// The scratch folder every command builds in.
    let scratch: URL

    /// The absolute path of the build-tool plugin's model in the copy.
    var modelPath: String { root.appendingPathComponent("Sources/BatchJobs/batch.shapes.yaml").path }

    /// Replaces any earlier copy with a fresh one of the fixture, symbolic links resolved, whose
    /// dependency on swift-shapegen points at this checkout.
    ///
    /// The copies are dated a minute back: a file modified in the same second as a build starts
    /// cannot be told apart from one modified during it, so the build system would rightly consider
    /// it changed again on the next build, as it would for a user who edits and builds that fast.
    static func fresh() throws -> ConsumerPackage {
        let fixture = repository.appendingPathComponent("Tests/Fixtures/PluginConsumer")
        let root = workFolder.appendingPathComponent("PluginConsumer")
        let manager = FileManager.default
        if manager.fileExists(atPath: root.path) { try manager.removeItem(at: root) }
        guard let enumerator = manager.enumerator(atPath: fixture.path) else {
            throw SetupError("cannot read the fixture at \(fixture.path)")
        }
        for case let relativePath as String in enumerator
        where !relativePath.hasPrefix(".") && relativePath != "Package.resolved" {
            let source = fixture.appendingPathComponent(relativePath).resolvingSymlinksInPath()
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: source.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                continue
            }
            let destination = root.appendingPathComponent(relativePath)
            try manager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contentsOf: source).write(to: destination)
            try manager.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: destination.path)
        }
        let manifest = root.appendingPathComponent("Package.swift")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        guard text.contains(#"path: "../../..""#) else {
            throw SetupError("the fixture's manifest no longer depends on ../../..")
        }
        try text.replacingOccurrences(of: #"path: "../../..""#, with: "path: \"\(repository.path)\"")
            .write(to: manifest, atomically: true, encoding: .utf8)
        try manager.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: manifest.path)
        return ConsumerPackage(root: root, scratch: workFolder.appendingPathComponent("scratch"))
    }

    /// Runs `swift arguments… --scratch-path <scratch>` in the copy; output and errors interleaved.
    func swift(_ arguments: [String]) async throws -> CommandResult {
        let scratchArguments = ["--scratch-path", scratch.path]
        // `swift run` passes everything after the product name to it, so the option goes before.
        let placed =
            arguments.first == "run" || arguments.first == "package"
            ? [arguments[0]] + scratchArguments + arguments.dropFirst() : arguments + scratchArguments
        return try await ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["swift"] + placed, in: root, mergeStandardError: true)
    }

    /// The lines of `result` that are warnings about swift-shapegen's code (its plugins and
    /// modules), this package's code, or the code generated for it; not about other dependencies.
    func warnings(in result: CommandResult) -> [String] {
        result.standardOutput.components(separatedBy: "\n").filter { line in
            line.contains("warning:") && line.contains(Self.repository.path + "/") && !line.contains("/checkouts/")
        }
    }

    /// The text of the shape files among `outputs` (`batch.Shapes.swift`, `batch.Shapes2.swift`…), joined.
    static func shapes(in outputs: [URL]) throws -> String {
        try outputs.filter { $0.lastPathComponent.hasPrefix("batch.Shapes") }
            .map { try String(contentsOf: $0, encoding: .utf8) }
            .joined()
    }

    /// The files the build-tool plugin generated for `BatchJobs`, in generation order.
    func generatedFiles() throws -> [URL] {
        let outputs = scratch.appendingPathComponent("plugins/outputs")
        guard let enumerator = FileManager.default.enumerator(atPath: outputs.path) else {
            throw SetupError("no plugin outputs in \(outputs.path)")
        }
        let found = enumerator.compactMap { $0 as? String }.filter {
            $0.contains("/BatchJobs/") && $0.hasSuffix("batch.Shapes.swift")
        }
        guard found.count == 1, let shapes = found.first else {
            throw SetupError("expected one batch.Shapes.swift for BatchJobs below \(outputs.path), found \(found)")
        }
        let folder = outputs.appendingPathComponent(shapes).deletingLastPathComponent()
        return Self.generatedNames.map { folder.appendingPathComponent($0) }
    }

    /// The text of the build-tool plugin's model.
    func model() throws -> String {
        try String(contentsOfFile: modelPath, encoding: .utf8)
    }

    /// Rewrites the build-tool plugin's model with `edit`, failing if the edit changes nothing.
    func editModel(_ edit: (String) -> String) throws {
        let old = try model()
        let new = edit(old)
        guard new != old else { throw SetupError("the model edit matched nothing") }
        try new.write(toFile: modelPath, atomically: true, encoding: .utf8)
    }

    /// Writes `contents` to `relativePath` in the copy.
    func write(_ relativePath: String, _ contents: String) throws {
        try contents.write(to: root.appendingPathComponent(relativePath), atomically: true, encoding: .utf8)
    }

    /// When `file` was last modified.
    static func modificationDate(_ file: URL) throws -> Date {
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        guard let date = attributes[.modificationDate] as? Date else {
            throw SetupError("no modification date for \(file.path)")
        }
        return date
    }
}
