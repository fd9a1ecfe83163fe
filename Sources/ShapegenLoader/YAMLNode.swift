import ShapegenModel

/// A YAML node paired with the file it came from, with typed, diagnosing accessors.
///
/// Every accessor that meets a value of the wrong kind records a located diagnostic and returns
/// `nil`, so that one pass over a model reports every problem in it.
struct YAMLNode {
    /// The node, its own level taken apart.
    let node: YAMLValue
    let file: String

    init(node: YAMLValue, file: String) {
        self.node = node.expanded
        self.file = file
    }

    /// Where the node starts.
    var location: SourceLocation {
        SourceLocation(file: file, position: node.position)
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
        case .composed: YAMLNode(node: node, file: file).kindDescription  // never: `init` expands the node
        }
    }

    /// The node as a string scalar.
    func string(_ diagnostics: inout [Diagnostic], what: @autoclosure () -> String) -> String? {
        guard case .scalar(let scalar) = node else {
            diagnostics.append(.error("\(what()) must be a string, found \(kindDescription)", at: location))
            return nil
        }
        return scalar.string
    }

    /// The node as a non-empty string scalar.
    func nonEmptyString(_ diagnostics: inout [Diagnostic], what: @autoclosure () -> String) -> String? {
        guard let value = string(&diagnostics, what: what()) else { return nil }
        guard !value.isEmpty else {
            diagnostics.append(.error("\(what()) must not be empty", at: location))
            return nil
        }
        return value
    }

    /// The node as a non-empty string of at most ``ModelLimits/maxNameLength`` characters.
    func name(_ diagnostics: inout [Diagnostic], what: @autoclosure () -> String) -> String? {
        guard let value = nonEmptyString(&diagnostics, what: what()) else { return nil }
        guard Self.checkNameLength(value, what: what(), at: location, &diagnostics) else { return nil }
        return value
    }

    /// Whether `name` is short enough; records an error naming its start when it is not.
    static func checkNameLength(
        _ name: String, what: @autoclosure () -> String, at location: @autoclosure () -> SourceLocation,
        _ diagnostics: inout [Diagnostic]
    ) -> Bool {
        // A name has at most as many characters as UTF-8 bytes: most are short enough without counting.
        guard name.utf8.count > ModelLimits.maxNameLength else { return true }
        let length = name.count
        guard length > ModelLimits.maxNameLength else { return true }
        diagnostics.append(
            .error(
                "\(what()) '\(name.prefix(40))…' is \(length) characters long; names are at most \(ModelLimits.maxNameLength)",
                at: location()))
        return false
    }

    /// The node as an unquoted `true` or `false`.
    func bool(_ diagnostics: inout [Diagnostic], what: @autoclosure () -> String) -> Bool? {
        if case .scalar(let scalar) = node, scalar.isPlain {
            switch scalar.string {
            case "true": return true
            case "false": return false
            default: break
            }
        }
        diagnostics.append(.error("\(what()) must be true or false, found \(found)", at: location))
        return nil
    }

    /// The node as an unquoted, finite number, kept as written.
    func bound(_ diagnostics: inout [Diagnostic], what: @autoclosure () -> String) -> Bound? {
        if case .scalar(let scalar) = node, scalar.isPlain,
            let bound = Bound(text: scalar.string, at: location)
        {
            return bound
        }
        diagnostics.append(.error("\(what()) must be a number, found \(found)", at: location))
        return nil
    }

    /// The node as a trait value: any YAML, with unquoted booleans and numbers told apart from strings.
    ///
    /// At most ``ModelLimits/maxTraitValues`` values are read: YAML aliases share one node among
    /// many places, so a few lines of anchors can stand for billions of values.
    func traitValue(_ diagnostics: inout [Diagnostic], what: @autoclosure () -> String) -> TraitValue? {
        var budget = ModelLimits.maxTraitValues
        let value = traitValue(&diagnostics, what: what(), budget: &budget)
        if budget < 0 {
            diagnostics.append(
                .error(
                    "\(what()) holds more than \(ModelLimits.maxTraitValues) values (counting each use of a YAML alias)",
                    at: location))
            return nil
        }
        return value
    }

    private func traitValue(_ diagnostics: inout [Diagnostic], what: @autoclosure () -> String, budget: inout Int)
        -> TraitValue?
    {
        budget -= 1
        guard budget >= 0 else { return nil }
        switch node {
        case .scalar(let scalar):
            if scalar.isPlain, scalar.string == "true" || scalar.string == "false" {
                return .boolean(scalar.string == "true")
            }
            if scalar.isPlain, Bound(text: scalar.string) != nil { return .number(scalar.string) }
            return .string(scalar.string)
        case .sequence(let sequence, _):
            var elements: [TraitValue] = []
            for element in sequence {
                guard budget >= 0 else { return nil }
                if let value = YAMLNode(node: element, file: file).traitValue(
                    &diagnostics, what: what(), budget: &budget)
                {
                    elements.append(value)
                }
            }
            return .list(elements)
        case .mapping:
            guard let entries = entries(&diagnostics, what: what()) else { return nil }
            var map: [String: TraitValue] = [:]
            for entry in entries {
                guard budget >= 0 else { return nil }
                map[entry.key] = entry.value.traitValue(&diagnostics, what: what(), budget: &budget)
            }
            return .map(map)
        case .alias:
            diagnostics.append(.error("\(what()) must not use YAML aliases", at: location))
            return nil
        case .composed:  // never: `init` expands the node
            return YAMLNode(node: node, file: file).traitValue(&diagnostics, what: what(), budget: &budget)
        }
    }

    /// The node as an unquoted whole number that fits in `Int`.
    func integer(_ diagnostics: inout [Diagnostic], what: @autoclosure () -> String) -> Int? {
        if case .scalar(let scalar) = node, scalar.isPlain,
            let value = Int(scalar.string)
        {
            return value
        }
        diagnostics.append(.error("\(what()) must be a whole number, found \(found)", at: location))
        return nil
    }

    /// The node's elements, if it is a list.
    func list(_ diagnostics: inout [Diagnostic], what: @autoclosure () -> String) -> [YAMLNode]? {
        guard case .sequence(let sequence, _) = node else {
            diagnostics.append(.error("\(what()) must be a list, found \(kindDescription)", at: location))
            return nil
        }
        return sequence.map { YAMLNode(node: $0, file: file) }
    }

    /// A list of strings, or a single string taken as a list of one.
    func stringList(_ diagnostics: inout [Diagnostic], what: @autoclosure () -> String) -> [(String, SourceLocation)]? {
        if case .scalar = node, let value = nonEmptyString(&diagnostics, what: what()) {
            return [(value, location)]
        }
        guard let elements = list(&diagnostics, what: what()) else { return nil }
        return elements.compactMap { element in
            element.nonEmptyString(&diagnostics, what: "an element of \(what())").map { ($0, element.location) }
        }
    }

    /// The node as a mapping whose keys must all be in `allowedKeys`.
    func mapping(_ diagnostics: inout [Diagnostic], what: @autoclosure () -> String, allowedKeys: [String])
        -> YAMLMapping?
    {
        guard let entries = entries(&diagnostics, what: what()) else { return nil }
        return mapping(entries, &diagnostics, what: what(), allowedKeys: allowedKeys)
    }

    /// The mapping of `entries`, this node's, whose keys must all be in `allowedKeys`.
    func mapping(
        _ entries: [YAMLEntry], _ diagnostics: inout [Diagnostic], what: @autoclosure () -> String,
        allowedKeys: [String]
    ) -> YAMLMapping {
        // Lists of allowed keys are short: a linear search is cheaper than hashing into a set.
        guard entries.contains(where: { !allowedKeys.contains($0.key) }) else {
            return YAMLMapping(entries: entries, node: self)
        }
        var accepted: [YAMLEntry] = []
        for entry in entries {
            if allowedKeys.contains(entry.key) {
                accepted.append(entry)
            } else {
                diagnostics.append(
                    .error(
                        "unknown key '\(entry.key)' in \(what())\(Suggestion.hint(for: entry.key, in: allowedKeys))",
                        at: entry.keyLocation))
            }
        }
        return YAMLMapping(entries: accepted, node: self)
    }

    /// The node's entries in file order, with non-string keys reported.
    ///
    /// Duplicate keys never get here: the YAML parser rejects them (see ``ModelLoader``).
    func entries(_ diagnostics: inout [Diagnostic], what: @autoclosure () -> String) -> [YAMLEntry]? {
        guard case .mapping(let pairs, _) = node else {
            diagnostics.append(.error("\(what()) must be a mapping, found \(kindDescription)", at: location))
            return nil
        }
        var result: [YAMLEntry] = []
        result.reserveCapacity(pairs.count)
        for pair in pairs {
            guard case .scalar(let scalar) = pair.key.expanded else {
                let key = YAMLNode(node: pair.key, file: file)
                diagnostics.append(
                    .error("keys in \(what()) must be strings, found \(key.kindDescription)", at: key.location))
                continue
            }
            let entry = YAMLEntry(
                key: scalar.string, keyPosition: scalar.position, value: YAMLNode(node: pair.value, file: file))
            guard Self.checkNameLength(entry.key, what: "a key in \(what())", at: entry.keyLocation, &diagnostics)
            else { continue }
            result.append(entry)
        }
        return result
    }
}

/// One entry of a mapping whose key is a string.
struct YAMLEntry {
    let key: String
    /// Where the key starts, kept compact: most locations are never asked for.
    let keyPosition: YAMLPosition
    let value: YAMLNode

    /// Where the key starts.
    var keyLocation: SourceLocation {
        SourceLocation(file: value.file, position: keyPosition)
    }
}

/// A mapping whose keys have been checked, with look-up by key.
struct YAMLMapping {
    let entries: [YAMLEntry]
    /// The mapping's node.
    let node: YAMLNode

    /// Where the mapping starts.
    var location: SourceLocation { node.location }

    /// The value of `key`, if present.
    subscript(key: String) -> YAMLNode? {
        // Reading each key through the array's subscript borrows the entry; iterating the entries,
        // or searching them with a closure, copies every one passed (its strings and node retained).
        for index in entries.indices where entries[index].key == key {
            return entries[index].value
        }
        return nil
    }

    /// The value of `key`, reporting its absence; `what` names the mapping, e.g. "shape 'Foo'".
    func required(_ key: String, _ diagnostics: inout [Diagnostic], what: @autoclosure () -> String) -> YAMLNode? {
        if let value = self[key] { return value }
        diagnostics.append(.error("\(what()) is missing required key '\(key)'", at: location))
        return nil
    }
}

extension SourceLocation {
    /// The location of `position` in `file`.
    init(file: String, position: YAMLPosition) {
        self.init(file: file, line: Int(position.line), column: Int(position.column))
    }
}
