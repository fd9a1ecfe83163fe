import Foundation
import ShapegenDiff
import ShapegenKit
import ShapegenModel

/// The models of a folder at a git revision compared with the same folder in the working tree
/// (`shapegen diff --since`).
struct RevisionModels {
    /// The git revision, e.g. `origin/main`.
    var revision: String
    /// The models folder, relative to the current directory, e.g. `Models`.
    var directory: String

    /// Compares every model file either side has; files only one side has are reported as added
    /// or removed. All model errors are collected before failing.
    func report() throws(DiagnosticsError) -> DiffReport {
        try verifyRevision()
        let oldNames = try oldModelNames()
        let newNames = newModelNames()
        var services: [ServiceDiff] = []
        var added: [DiffReport.ModelFile] = []
        var removed: [DiffReport.ModelFile] = []
        var diagnostics: [Diagnostic] = []
        for name in Set(oldNames).union(newNames).sorted() {
            let path = (directory as NSString).appendingPathComponent(name)
            do {
                let old = oldNames.contains(name) ? try oldModel(at: path) : nil
                let new = newNames.contains(name) ? try DiffModelLoader.load(at: path) : nil
                switch (old, new) {
                case (let old?, let new?): services.append(ModelDiff.compare(old, new))
                case (nil, let new?):
                    added.append(.init(path: path, service: new.service.name, operations: new.operations.count))
                case (let old?, nil):
                    removed.append(.init(path: path, service: old.service.name, operations: old.operations.count))
                case (nil, nil): break
                }
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
        return DiffReport(services: services, addedModels: added, removedModels: removed)
    }

    /// Fails unless the revision names a commit of the repository the current directory is in.
    private func verifyRevision() throws(DiagnosticsError) {
        let result: Git.Result
        do {
            result = try Git.run(["rev-parse", "--verify", "--quiet", revision + "^{commit}"])
        } catch {
            throw DiagnosticsError([.error("cannot run git: \((error as NSError).localizedDescription)", at: nil)])
        }
        guard !result.succeeded else { return }
        let reason = result.standardError.trimmingCharacters(in: .whitespacesAndNewlines)
        throw DiagnosticsError([
            .error(reason.isEmpty ? "unknown git revision '\(revision)'" : "git: \(reason)", at: nil)
        ])
    }

    /// Model file names in the folder at the revision (`*.yaml` and `*.yml`, not overlays).
    private func oldModelNames() throws(DiagnosticsError) -> [String] {
        let listing = try git(["ls-tree", "--name-only", revision, "--", directory + "/"])
        return listing.split(separator: "\n").map { (String($0) as NSString).lastPathComponent }.filter(
            Self.isModelName)
    }

    /// Model file names in the folder in the working tree; none if there is no folder.
    private func newModelNames() -> [String] {
        ((try? Generator.modelFiles(in: directory)) ?? []).map { ($0 as NSString).lastPathComponent }
    }

    /// The model at `path` as the revision has it, named `REV:path` in diagnostics.
    private func oldModel(at path: String) throws(DiagnosticsError) -> ServiceModel {
        let text = try git(["show", "\(revision):./\(path)"])
        return try DiffModelLoader.load(yaml: text, path: "\(revision):\(path)")
    }

    private func git(_ arguments: [String]) throws(DiagnosticsError) -> String {
        let result: Git.Result
        do {
            result = try Git.run(arguments)
        } catch {
            throw DiagnosticsError([.error("cannot run git: \((error as NSError).localizedDescription)", at: nil)])
        }
        guard result.succeeded else {
            let reason = result.standardError.trimmingCharacters(in: .whitespacesAndNewlines)
            throw DiagnosticsError([.error("git \(arguments.joined(separator: " ")) failed: \(reason)", at: nil)])
        }
        return result.standardOutput
    }

    /// The same rule as `Generator.modelFiles(in:)`.
    private static func isModelName(_ name: String) -> Bool {
        (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && !name.hasSuffix(".overlay.yaml")
    }
}
