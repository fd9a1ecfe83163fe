import ArgumentParser
import Foundation
import ShapegenKit
import ShapegenModel

/// `shapegen import`: converts a botocore model into a YAML model file.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert a botocore service-2.json[.gz] into a YAML model.",
        discussion: """
            paginators-1.json beside the model is used unless --paginators names another. An overlay holds \
            hand-written additions (constraints AWS states only in prose) that survive re-import; a stale \
            overlay entry is an error. An overlay entry's `source:` quotes the documentation it encodes; a \
            quote the imported documentation no longer has is a warning (an error with --strict). The result \
            is checked before it is written.
            """)

    @Argument(help: "The botocore model: service-2.json or service-2.json.gz.")
    var model: String

    @Option(help: "The botocore paginators file.")
    var paginators: String?

    @Option(help: "A YAML overlay merged onto the imported model.")
    var overlay: String?

    @Option(name: .shortAndLong, help: "The YAML model file to write, e.g. Models/batch.yaml.")
    var output: String

    @Flag(help: "Treat an overlay quote that the documentation no longer has as an error, and write nothing.")
    var strict = false

    func run() throws {
        do {
            let result = try ModelImport(model: model, paginators: paginators, overlay: overlay, output: output).run(
                strict: strict)
            for warning in result.warnings {
                FileHandle.standardError.write(Data((warning.description + "\n").utf8))
            }
            let changed = try ModelImport.write(result.yaml, to: output)
            print("shapegen: \(changed ? "wrote" : "unchanged") \(output)")
        } catch {
            throw fail(with: error)
        }
    }
}
