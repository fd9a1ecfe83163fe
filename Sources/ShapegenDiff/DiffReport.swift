/// The comparison of a set of models: services compared, and model files that appeared or
/// disappeared (as `shapegen diff --since` finds them).
public struct DiffReport: Sendable, Hashable {
    /// A model file only one side has.
    public struct ModelFile: Sendable, Hashable, Codable {
        /// The file, e.g. `Models/batch.yaml`.
        public var path: String
        /// The service it describes.
        public var service: String
        /// How many operations it has.
        public var operations: Int

        /// Describes a model file.
        public init(path: String, service: String, operations: Int) {
            self.path = path
            self.service = service
            self.operations = operations
        }
    }

    /// The services both sides have, in the order compared.
    public var services: [ServiceDiff]
    /// Model files only the new side has (a new service: compatible).
    public var addedModels: [ModelFile]
    /// Model files only the old side has (a removed service: breaking).
    public var removedModels: [ModelFile]

    /// Creates a report; added and removed models are sorted by path.
    public init(services: [ServiceDiff], addedModels: [ModelFile] = [], removedModels: [ModelFile] = []) {
        self.services = services
        self.addedModels = addedModels.sorted { $0.path < $1.path }
        self.removedModels = removedModels.sorted { $0.path < $1.path }
    }

    /// The most serious change anywhere; `nil` when nothing changed.
    public var severity: DiffSeverity? {
        (services.compactMap(\.severity) + addedModels.map { _ in .compatible } + removedModels.map { _ in .breaking })
            .max()
    }

    /// Whether a change at least as serious as `threshold` was found (what `--fail-on` checks).
    public func hasChanges(atLeast threshold: DiffSeverity) -> Bool {
        severity.map { $0 >= threshold } ?? false
    }

    /// The report in `format`.
    public func rendered(as format: DiffFormat) -> String {
        switch format {
        case .text: TextFormatter().format(self)
        case .markdown: MarkdownFormatter().format(self)
        case .json: JSONFormatter().format(self)
        }
    }
}

/// The output formats of a diff.
public enum DiffFormat: String, Sendable, Hashable, CaseIterable {
    /// Plain text that reads like the AWS changelog.
    case text
    /// Markdown for pull-request comments.
    case markdown
    /// JSON for tools.
    case json
}
