import ArgumentParser

/// The `shapegen` command: generates Swift from YAML service models.
@main
struct Shapegen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shapegen",
        abstract: "Generate Swift models, validators and clients from YAML service models.",
        discussion: """
            With no subcommand, regenerates every model in Models/ into Generated/<Service>/.
            Model errors are printed as 'path:line:column: error: message' and leave existing output untouched.
            """,
        subcommands: [Generate.self, Check.self, Lint.self, Import.self, CorpusCommand.self, DiffCommand.self],
        defaultSubcommand: Generate.self)
}
