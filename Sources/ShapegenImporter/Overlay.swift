import Foundation
import ShapegenModel
import Yams

/// Hand-written additions to an imported model: constraints AWS states only in prose, renames,
/// fixes to wrong upstream traits. Kept in its own file so that they survive re-import.
///
/// An overlay has the model's shape (`service`, `operations`, `shapes`, with `members` inside
/// shapes) and merges onto the imported model key by key: mappings merge, anything else replaces.
/// An entry naming an operation, shape or member that the model does not have is stale, and is
/// an error at its place in the overlay, never silently ignored. A shape entry with a `type` (and a
/// member entry with a `target`) that the model does not have is an addition.
///
/// Shape entries, their rules and member entries may quote the documentation they encode in
/// `source:` (a string or a list of strings); the quotes are ``anchors``, not merged into the model.
public struct Overlay {
    /// The overlay's format key and version.
    public static let versionKey = "shapegen-overlay"
    /// The key that quotes an entry's upstream documentation.
    public static let sourceKey = "source"
    let root: Node
    let path: String
    /// The quotes of `source:` keys, each with its entry and place.
    public let anchors: [ProseAnchor]

    /// Reads an overlay file.
    public init(contentsOf path: String) throws(DiagnosticsError) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw DiagnosticsError([
                .error("cannot read overlay '\(path)': \((error as NSError).localizedDescription)", at: nil)
            ])
        }
        try self.init(yaml: text, path: path)
    }

    /// Reads an overlay from YAML text, naming `path` in diagnostics.
    public init(yaml: String, path: String) throws(DiagnosticsError) {
        let start = SourceLocation(file: path, line: 1, column: 1)
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            throw DiagnosticsError([.error("invalid YAML in overlay: \(error)", at: start)])
        }
        guard let node, case .mapping(let mapping) = node else {
            throw DiagnosticsError([.error("an overlay must be a mapping", at: start)])
        }
        guard mapping[Self.versionKey]?.string == "1" else {
            throw DiagnosticsError([.error("an overlay must start with '\(Self.versionKey): 1'", at: start)])
        }
        self.root = node
        self.path = path
        var diagnostics: [Diagnostic] = []
        self.anchors = Self.anchors(in: mapping, path: path, &diagnostics)
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
    }

    /// The `source:` quotes of shape entries, their rules and their members.
    private static func anchors(in overlay: Node.Mapping, path: String, _ diagnostics: inout [Diagnostic])
        -> [ProseAnchor]
    {
        guard case .mapping(let shapes)? = overlay["shapes"] else { return [] }
        var anchors: [ProseAnchor] = []
        func collect(_ entry: Node, shape: String, member: String? = nil, ruleTarget: String? = nil) {
            guard case .mapping(let mapping) = entry, let source = mapping[sourceKey] else { return }
            let location = SourceLocation(file: path, line: source.mark?.line ?? 1, column: source.mark?.column ?? 1)
            let quotes: [String]? =
                switch source {
                case .scalar(let scalar): [scalar.string]
                case .sequence(let items): items.map { $0.string ?? "" }
                default: nil
                }
            guard let quotes, !quotes.isEmpty, quotes.allSatisfy({ !$0.trimmingCharacters(in: .whitespaces).isEmpty })
            else {
                diagnostics.append(.error("'source' must be a quoted sentence or a list of them", at: location))
                return
            }
            anchors.append(
                ProseAnchor(shape: shape, member: member, ruleTarget: ruleTarget, quotes: quotes, location: location))
        }
        for (nameNode, entry) in shapes {
            guard let shape = nameNode.string, case .mapping(let mapping) = entry else { continue }
            collect(entry, shape: shape)
            if case .sequence(let rules)? = mapping["rules"] {
                for rule in rules {
                    let target = if case .mapping(let fields) = rule { fields["then"]?.string } else { String?.none }
                    collect(rule, shape: shape, ruleTarget: target)
                }
            }
            if case .mapping(let members)? = mapping["members"] {
                for (memberName, member) in members {
                    if let name = memberName.string { collect(member, shape: shape, member: name) }
                }
            }
        }
        return anchors
    }

    /// `entry` (a shape, member or rule mapping) without its `source:`, and with the `source:`
    /// of the rules and members it holds removed too.
    private static func withoutSources(_ entry: Node) -> Node {
        guard case .mapping(var mapping) = entry else { return entry }
        mapping[.scalar(Node.Scalar(sourceKey))] = nil
        if case .sequence(let rules)? = mapping["rules"] {
            mapping["rules"] = .sequence(Node.Sequence(rules.map(withoutSources), rules.tag, rules.style))
        }
        if case .mapping(var members)? = mapping["members"] {
            for (key, member) in members { members[key] = withoutSources(member) }
            mapping["members"] = .mapping(members)
        }
        return .mapping(mapping)
    }

    /// `model` (a model file's YAML tree) with the overlay merged in.
    public func apply(to model: Node) throws(DiagnosticsError) -> Node {
        var diagnostics: [Diagnostic] = []
        guard case .mapping(var base) = model, case .mapping(let overlay) = root else { return model }
        for (keyNode, value) in overlay {
            guard let key = keyNode.string, key != Self.versionKey else { continue }
            switch key {
            case "service":
                base[keyNode] = merge(base[keyNode], value)
            case "operations", "shapes":
                base[keyNode] = mergeEntries(
                    base[keyNode], value, kind: key == "shapes" ? "shape" : "operation", &diagnostics)
            default:
                diagnostics.append(
                    .error(
                        "unknown key '\(key)' in overlay; expected service, operations or shapes\(Suggestion.hint(for: key, in: ["service", "operations", "shapes"]))",
                        at: location(of: keyNode)))
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
        return .mapping(base)
    }

    /// Merges named entries (operations, shapes) whose names must exist in the base.
    private func mergeEntries(_ base: Node?, _ overlay: Node, kind: String, _ diagnostics: inout [Diagnostic]) -> Node?
    {
        guard case .mapping(var entries)? = base, case .mapping(let patches) = overlay else { return base }
        for (nameNode, quotedPatch) in patches {
            let patch = kind == "shape" ? Self.withoutSources(quotedPatch) : quotedPatch
            guard let existing = entries[nameNode] else {
                if kind == "shape", Self.defines(patch, key: "type") {
                    entries[nameNode] = patch
                    continue
                }
                let name = nameNode.string ?? "?"
                let names = entries.keys.compactMap(\.string)
                diagnostics.append(
                    .error(
                        "stale overlay entry: the model has no \(kind) '\(name)'\(Suggestion.hint(for: name, in: names))",
                        at: location(of: nameNode)))
                continue
            }
            guard kind == "shape", case .mapping(var shape) = existing, case .mapping(let shapePatch) = patch else {
                entries[nameNode] = merge(existing, patch)
                continue
            }
            for (keyNode, value) in shapePatch {
                if keyNode.string == "members" {
                    shape[keyNode] = mergeMembers(shape[keyNode], value, of: nameNode.string ?? "?", &diagnostics)
                } else {
                    shape[keyNode] = merge(shape[keyNode], value)
                }
            }
            entries[nameNode] = .mapping(shape)
        }
        return .mapping(entries)
    }

    private func mergeMembers(_ base: Node?, _ overlay: Node, of shape: String, _ diagnostics: inout [Diagnostic])
        -> Node?
    {
        guard case .mapping(var members)? = base, case .mapping(let patches) = overlay else {
            return merge(base, overlay)
        }
        for (nameNode, patch) in patches {
            guard let existing = members[nameNode] else {
                if Self.defines(patch, key: "target") {
                    members[nameNode] = patch
                    continue
                }
                let name = nameNode.string ?? "?"
                diagnostics.append(
                    .error(
                        "stale overlay entry: shape '\(shape)' has no member '\(name)'\(Suggestion.hint(for: name, in: members.keys.compactMap(\.string)))",
                        at: location(of: nameNode)))
                continue
            }
            members[nameNode] = merge(existing, patch)
        }
        return .mapping(members)
    }

    /// Whether an overlay entry is a complete definition (it has `key`) rather than a patch.
    private static func defines(_ node: Node, key: String) -> Bool {
        if case .mapping(let mapping) = node { return mapping[key] != nil }
        return false
    }

    /// Mappings merge key by key; anything else is replaced by the overlay.
    private func merge(_ base: Node?, _ overlay: Node) -> Node {
        guard case .mapping(var merged)? = base, case .mapping(let patch) = overlay else { return overlay }
        for (key, value) in patch {
            merged[key] = merge(merged[key], value)
        }
        return .mapping(merged)
    }

    private func location(of node: Node) -> SourceLocation {
        SourceLocation(file: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }
}
