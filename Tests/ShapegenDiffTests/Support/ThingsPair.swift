import ShapegenChecker
import ShapegenDiff
import ShapegenLoader
import ShapegenModel
import Testing

/// A text replacement in the synthetic model; `from` must occur exactly once.
struct Edit: Sendable {
    var from: String
    var to: String

    init(_ from: String, _ to: String) {
        self.from = from
        self.to = to
    }
}

/// Two versions of `Fixtures/synthetic/things.yaml`, each the base with some edits, both loaded and
/// checked as the generator would.
enum ThingsPair {
    /// The base with `edits` applied, as YAML text.
    static func yaml(_ edits: [Edit]) throws -> String {
        var text = try Fixtures.thingsYAML()
        for edit in edits {
            let count = text.components(separatedBy: edit.from).count - 1
            try #require(count == 1, "the edit's text must occur once in things.yaml, found \(count): \(edit.from)")
            text = text.replacingOccurrences(of: edit.from, with: edit.to)
        }
        return text
    }

    /// The base with `edits` applied, loaded and checked.
    static func model(_ edits: [Edit], path: String) throws -> ServiceModel {
        let model = try ModelLoader().load(yaml: yaml(edits), path: path)
        try ModelChecker().check(model)
        return model
    }

    /// The comparison of the base with `old` edits and the base with `new` edits.
    static func diff(old: [Edit] = [], new: [Edit]) throws -> ServiceDiff {
        ModelDiff.compare(try model(old, path: "old.yaml"), try model(new, path: "new.yaml"))
    }
}

extension DiffEvent {
    /// `breaking MemberRemoved Thing.size: member removed: Integer`, for exact assertions.
    var line: String {
        var text = "\(severity.rawValue) \(kind.rawValue) \(subject): \(message)"
        switch (old, new) {
        case (let old?, let new?): text += ": \(old) -> \(new)"
        case (let old?, nil): text += ": \(old)"
        case (nil, let new?): text += ": \(new)"
        case (nil, nil): break
        }
        return text
    }
}

extension OperationChange {
    /// `ListThings updated breaking (request, response)`, for exact assertions.
    var line: String {
        "\(name) \(status.rawValue) \(severity.rawValue)"
            + (aspects.isEmpty ? "" : " (\(aspects.joined(separator: ", ")))")
    }
}
