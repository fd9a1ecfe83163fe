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
            overlay entry is an error. The result is checked before it is written.
            """)

    @Argument(help: "The botocore model: service-2.json or service-2.json.gz.")
    var model: String

    @Option(help: "The botocore paginators file.")
    var paginators: String?

    @Option(help: "A YAML overlay merged onto the imported model.")
    var overlay: String?

    @Option(name: .shortAndLong, help: "The YAML model file to write, e.g. Models/batch.yaml.")
    var output: String

    func run() throws {
        do {
            let text = try ModelImport(model: model, paginators: paginators, overlay: overlay, output: output).yaml()
            let changed = try ModelImport.write(text, to: output)
            print("shapegen: \(changed ? "wrote" : "unchanged") \(output)")
        } catch {
            throw fail(with: error)
        }
    }
}
