import Foundation
import Yams

/// A mutated model: its bytes and what was done to it, for the report of a failing case.
public struct MutatedModel: Sendable {
    /// The file's bytes (not necessarily valid UTF-8 or YAML).
    public var data: Data
    /// One line per mutation applied, e.g. `deleteEntry shapes.JobStatus`.
    public var mutations: [String]
}

/// Mutates one valid model, deterministically from a random number generator: structure (entries
/// deleted, duplicated, renamed, retyped), values (wrong kinds, numbers past every limit, hostile
/// names, long strings), meaning (swapped references, cycles, long chains of shapes) and bytes
/// (invalid UTF-8, truncation, control characters, deep nesting, alias bombs).
///
/// Sendable by hand: the parsed tree is never changed after `init` (mutations build new trees),
/// so cases on several threads may share one mutator.
public struct ModelMutator: @unchecked Sendable {
    /// The seed model's name, for reports.
    public let name: String
    private let root: Node
    private let paths: [[NodeStep]]

    /// A mutator of the model `yaml`, named `name` in reports.
    ///
    /// - Throws: What Yams throws when `yaml` is not YAML.
    public init(name: String, yaml: String) throws {
        guard let root = try Yams.compose(yaml: yaml) else { throw MutatorError.emptyModel(name) }
        self.name = name
        self.root = root
        self.paths = root.paths()
    }

    /// The model with one to three mutations applied.
    public func mutate(using random: inout FuzzRandom) -> MutatedModel {
        var tree = TreeMutation(root: root, paths: paths)
        let count = Int.random(in: 1...3, using: &random)
        for _ in 0..<count {
            tree.apply(random.pick(TreeMutation.Kind.allCases), using: &random)
        }
        var text = (try? Yams.serialize(node: tree.root, width: -1, allowUnicode: true)) ?? ""
        for (placeholder, replacement) in tree.placeholders {
            text = text.replacingOccurrences(of: placeholder, with: replacement)
        }
        var bytes = ByteMutation(data: Data(text.utf8))
        var mutations = tree.applied
        if random.oneIn(4) {
            let kind = random.pick(ByteMutation.Kind.allCases)
            bytes.apply(kind, using: &random)
            mutations.append("bytes.\(kind)")
        }
        return MutatedModel(data: bytes.data, mutations: mutations)
    }
}

/// Why a seed model cannot be mutated.
public enum MutatorError: Error, CustomStringConvertible {
    /// The seed model has no YAML document.
    case emptyModel(String)

    public var description: String {
        switch self {
        case .emptyModel(let name): "the seed model '\(name)' is empty"
        }
    }
}
