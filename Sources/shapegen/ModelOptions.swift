import ArgumentParser
import Foundation
import ShapegenKit
import ShapegenModel

/// Options shared by the commands that read models.
struct ModelOptions: ParsableArguments {
    @Argument(help: "Model files to read. Default: every .yaml file in Models/.")
    var models: [String] = []

    @Option(name: .customLong("models-dir"), help: "Where to look for models when none are named.")
    var modelsDirectory = "Models"

    /// The model paths to read, reporting a missing default folder.
    func modelPaths() throws -> [String] {
        if !models.isEmpty { return models }
        do {
            let paths = try Generator.modelFiles(in: modelsDirectory)
            guard !paths.isEmpty else { throw ValidationError("no .yaml models in '\(modelsDirectory)'") }
            return paths
        } catch let error as ValidationError {
            throw error
        } catch {
            throw ValidationError(
                "cannot read the models folder '\(modelsDirectory)': \((error as NSError).localizedDescription)")
        }
    }
}

/// Prints diagnostics to standard error and fails the command.
func fail(with error: DiagnosticsError) -> ExitCode {
    for diagnostic in error.diagnostics {
        printError(diagnostic.description)
    }
    return ExitCode.failure
}

/// Writes a line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
