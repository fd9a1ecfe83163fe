import Foundation
import ShapegenTestSupport

/// A SwiftPM package beside the checkout that generated code is written into, built and run by
/// tests: files are written only when their bytes change, so a rebuild is incremental, and files
/// an earlier run wrote below a folder but this one did not are removed.
public struct GeneratedPackage: Sendable {
    /// The package's root folder.
    public let folder: String
    private var written: Set<String> = []

    /// A package in `folder`, created on the first write.
    public init(folder: String) {
        self.folder = folder
    }

    /// Writes `text` to `relativePath` unless the file already holds it.
    public mutating func write(_ text: String, to relativePath: String) throws {
        let path = folder + "/" + relativePath
        written.insert(path)
        let data = Data(text.utf8)
        if FileManager.default.contents(atPath: path) == data { return }
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// Removes the files below `relativeFolder` that this run did not write.
    public func removeUnwritten(under relativeFolder: String) throws {
        let root = folder + "/" + relativeFolder
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: root) else { return }
        for case let relative as String in enumerator {
            let path = root + "/" + relative
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                !written.contains(path)
            {
                try manager.removeItem(atPath: path)
            }
        }
    }

    /// Builds `product` and returns its executable.
    public func build(product: String) async throws -> URL {
        let swift = URL(fileURLWithPath: "/usr/bin/env")
        let root = URL(fileURLWithPath: folder)
        let build = try await ChildProcess.run(
            swift, ["swift", "build", "--product", product], in: root, mergeStandardError: true)
        guard build.status == 0 else {
            throw ConformanceFailure(description: "\(folder) does not build:\n\(build.standardOutput.suffix(20_000))")
        }
        let binPath = try await ChildProcess.run(swift, ["swift", "build", "--show-bin-path"], in: root)
        return URL(fileURLWithPath: binPath.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines))
            .appendingPathComponent(product)
    }

    /// The source files of `targets` of the checkout at `repository`, as `Target/File.swift`.
    ///
    /// SwiftPM sees a file added to a path dependency only when the root manifest changes, so a
    /// manifest that names them rebuilds with a new one.
    public static func sourceFiles(of targets: [String], in repository: String) -> [String] {
        targets.flatMap { target in
            ((try? FileManager.default.contentsOfDirectory(atPath: "\(repository)/Sources/\(target)")) ?? []).sorted()
                .map { target + "/" + $0 }
        }
    }
}
