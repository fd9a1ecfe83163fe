import ShapegenModel
import Yams

/// A YAML node paired with the file it came from, with typed, diagnosing accessors.
///
/// Every accessor that meets a value of the wrong kind records a located diagnostic and returns
/// `nil`, so that one pass over a model reports every problem in it.
struct YAMLNode {
    let node: Node
    let file: String

    /// Where the node starts.
    var location: SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// What was written, for messages: `'yes'` for a scalar, otherwise its kind.
    var found: String {
        if case .scalar(let scalar) = node {
            let isQuoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            return (isQuoted ? "the quoted string " : "") + "'\(scalar.string)'"
        }
        return kindDescription
    }

    /// What kind of node this is, for messages.
    var kindDescription: String {
        switch node {
        case .scalar: "a scalar"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// The node as a string scalar.
    func string(_ diagnostics: inout [Diagnostic], what: String) -> String? {
        guard case .scalar(let scalar) = node else {
            diagnostics.append(.error("\(what) must be a string, found \(kindDescription)", at: location))
            return nil
        }
        return scalar.string
    }

    /// The node as a non-empty string scalar.
    func nonEmptyString(_ diagnostics: inout [Diagnostic], what: String) -> String? {
        guard let value = string(&diagnostics, what: what) else { return nil }
        guard !value.isEmpty else {
            diagnostics.append(.error("\(what) must not be empty", at: location))
            return nil
        }
        return value
    }

    /// The node as a non-empty string of at most ``ModelLimits/maxNameLength`` characters.
    func name(_ diagnostics: inout [Diagnostic], what: String) -> String? {
        guard let value = nonEmptyString(&diagnostics, what: what) else { return nil }
        guard Self.checkNameLength(value, what: what, at: location, &diagnostics) else { return nil }
        return value
    }

    /// Whether `name` is short enough; records an error naming its start when it is not.
    static func checkNameLength(_ name: String, what: String, at location: SourceLocation, _ diagnostics: inout [Diagnostic]) -> Bool {
        let length = name.count
        guard length > ModelLimits.maxNameLength else { return true }
        diagnostics.append(.error(
            "\(what) '\(name.prefix(40))…' is \(length) characters long; names are at most \(ModelLimits.maxNameLength)",
            at: location))
        return false
    }

    /// The node as an unquoted `true` or `false`.
    func bool(_ diagnostics: inout [Diagnostic], what: String) -> Bool? {
        if case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any {
            switch scalar.string {
            case "true": return true
            case "false": return false
            default: break
            }
        }
        diagnostics.append(.error("\(what) must be true or false, found \(found)", at: location))
        return nil
    }

    /// The node as an unquoted, finite number, kept as written.
    func bound(_ diagnostics: inout [Diagnostic], what: String) -> Bound? {
        if case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any,
            let bound = Bound(text: scalar.string, at: location)
        {
            return bound
        }
        diagnostics.append(.error("\(what) must be a number, found \(found)", at: location))
        return nil
    }

    /// The node as a trait value: any YAML, with unquoted booleans and numbers told apart from strings.
    ///
    /// At most ``ModelLimits/maxTraitValues`` values are read: YAML aliases share one node among
    /// many places, so a few lines of anchors can stand for billions of values.
    func traitValue(_ diagnostics: inout [Diagnostic], what: String) -> TraitValue? {
        var budget = ModelLimits.maxTraitValues
        let value = traitValue(&diagnostics, what: what, budget: &budget)
        if budget < 0 {
            diagnostics.append(.error(
                "\(what) holds more than \(ModelLimits.maxTraitValues) values (counting each use of a YAML alias)", at: location))
            return nil
        }
        return value
    }

    private func traitValue(_ diagnostics: inout [Diagnostic], what: String, budget: inout Int) -> TraitValue? {
        budget -= 1
        guard budget >= 0 else { return nil }
        switch node {
        case .scalar(let scalar):
            let isPlain = scalar.style == .plain || scalar.style == .any
            if isPlain, scalar.string == "true" || scalar.string == "false" { return .boolean(scalar.string == "true") }
            if isPlain, Bound(text: scalar.string) != nil { return .number(scalar.string) }
            return .string(scalar.string)
        case .sequence(let sequence):
            var elements: [TraitValue] = []
            for element in sequence {
                guard budget >= 0 else { return nil }
                if let value = YAMLNode(node: element, file: file).traitValue(&diagnostics, what: what, budget: &budget) {
                    elements.append(value)
                }
            }
            return .list(elements)
        case .mapping:
            guard let entries = entries(&diagnostics, what: what) else { return nil }
            var map: [String: TraitValue] = [:]
            for entry in entries {
                guard budget >= 0 else { return nil }
                map[entry.key] = entry.value.traitValue(&diagnostics, what: what, budget: &budget)
            }
            return .map(map)
        case .alias:
            diagnostics.append(.error("\(what) must not use YAML aliases", at: location))
            return nil
        }
    }

    /// The node as an unquoted whole number that fits in `Int`.
    func integer(_ diagnostics: inout [Diagnostic], what: String) -> Int? {
        if case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any,
            let value = Int(scalar.string)
        {
            return value
        }
        diagnostics.append(.error("\(what) must be a whole number, found \(found)", at: location))
        return nil
    }

    /// The node's elements, if it is a list.
    func list(_ diagnostics: inout [Diagnostic], what: String) -> [YAMLNode]? {
        guard case .sequence(let sequence) = node else {
            diagnostics.append(.error("\(what) must be a list, found \(kindDescription)", at: location))
            return nil
        }
        return sequence.map { YAMLNode(node: $0, file: file) }
    }

    /// A list of strings, or a single string taken as a list of one.
    func stringList(_ diagnostics: inout [Diagnostic], what: String) -> [(String, SourceLocation)]? {
        if case .scalar = node, let value = nonEmptyString(&diagnostics, what: what) {
            return [(value, location)]
        }
        guard let elements = list(&diagnostics, what: what) else { return nil }
        return elements.compactMap { element in
            element.nonEmptyString(&diagnostics, what: "an element of \(what)").map { ($0, element.location) }
        }
    }

    /// The node as a mapping whose keys must all be in `allowedKeys`.
    func mapping(_ diagnostics: inout [Diagnostic], what: String, allowedKeys: [String]) -> YAMLMapping? {
        guard let entries = entries(&diagnostics, what: what) else { return nil }
        let known = Set(allowedKeys)
        var accepted: [(key: String, keyLocation: SourceLocation, value: YAMLNode)] = []
        for entry in entries {
            if known.contains(entry.key) {
                accepted.append(entry)
            } else {
                diagnostics.append(.error(
                    "unknown key '\(entry.key)' in \(what)\(Suggestion.hint(for: entry.key, in: allowedKeys))",
                    at: entry.keyLocation))
            }
        }
        return YAMLMapping(entries: accepted, location: location, what: what)
    }

    /// The node's entries in file order, with non-string keys reported.
    ///
    /// Duplicate keys never get here: the YAML parser rejects them (see ``ModelLoader``).
    func entries(_ diagnostics: inout [Diagnostic], what: String) -> [(key: String, keyLocation: SourceLocation, value: YAMLNode)]? {
        guard case .mapping(let mapping) = node else {
            diagnostics.append(.error("\(what) must be a mapping, found \(kindDescription)", at: location))
            return nil
        }
        var result: [(key: String, keyLocation: SourceLocation, value: YAMLNode)] = []
        for (keyNode, valueNode) in mapping {
            let key = YAMLNode(node: keyNode, file: file)
            guard case .scalar(let scalar) = keyNode else {
                diagnostics.append(.error("keys in \(what) must be strings, found \(key.kindDescription)", at: key.location))
                continue
            }
            guard Self.checkNameLength(scalar.string, what: "a key in \(what)", at: key.location, &diagnostics) else { continue }
            result.append((scalar.string, key.location, YAMLNode(node: valueNode, file: file)))
        }
        return result
    }
}

/// A mapping whose keys have been checked, with look-up by key.
struct YAMLMapping {
    let entries: [(key: String, keyLocation: SourceLocation, value: YAMLNode)]
    /// Where the mapping starts.
    let location: SourceLocation
    /// What the mapping is, for messages, e.g. "shape 'Foo'".
    let what: String

    /// The value of `key`, if present.
    subscript(key: String) -> YAMLNode? {
        entries.first { $0.key == key }?.value
    }

    /// The value of `key`, reporting its absence.
    func required(_ key: String, _ diagnostics: inout [Diagnostic]) -> YAMLNode? {
        if let value = self[key] { return value }
        diagnostics.append(.error("\(what) is missing required key '\(key)'", at: location))
        return nil
    }

    /// Whether `key` is present.
    func has(_ key: String) -> Bool { self[key] != nil }
}
