import ArgumentParser
import ShapegenKit
import ShapegenModel

/// `shapegen lint`: checks models without generating anything.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint", abstract: "Check models for errors without generating code.")

    @OptionGroup var models: ModelOptions

    func run() throws {
        let paths = try models.modelPaths()
        var diagnostics: [Diagnostic] = []
        for path in paths {
            do {
                _ = try Generator().loadModel(at: path)
            } catch {
                diagnostics += error.diagnostics
            }
        }
        guard diagnostics.isEmpty else { throw fail(with: DiagnosticsError(diagnostics)) }
        print("shapegen: \(paths.count) model(s) OK")
    }
}
