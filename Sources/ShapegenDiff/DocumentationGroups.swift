/// Documentation-only events grouped by what they document, so that a rewrite of many shapes reads
/// as one line per operation or shape.
struct DocumentationGroups {
    /// One documented element and the parts of it whose documentation changed.
    struct Group: Equatable {
        /// `service`, `operation` or `shape`.
        var scope: String
        /// The operation's or shape's name (the service's for `service`).
        var name: String
        /// `documentation changed`, `members a, b`, `values X`, in a fixed order.
        var parts: [String]
    }

    var groups: [Group]

    /// Groups `events` (documentation ones) of `service`.
    init(_ events: [DiffEvent], service: String) {
        var order: [String] = []
        var byKey: [String: (scope: String, name: String, own: [String], members: [String], values: [String])] = [:]
        for event in events where event.isDocumentation {
            let (scope, name) =
                event.operation.map { ("operation", $0) } ?? event.shape.map { ("shape", $0) } ?? ("service", service)
            let key = scope + " " + name
            if byKey[key] == nil {
                order.append(key)
                byKey[key] = (scope, name, [], [], [])
            }
            switch (event.member, event.message.hasPrefix(EnumComparison.valuePrefix)) {
            case (let value?, true): byKey[key]?.values.append(value)
            case (let member?, false): byKey[key]?.members.append(member)
            case (nil, _): byKey[key]?.own.append(event.message)
            }
        }
        groups = order.compactMap { key in
            guard let entry = byKey[key] else { return nil }
            var parts = Self.unique(entry.own)
            if !entry.members.isEmpty { parts.append("members " + Self.unique(entry.members).joined(separator: ", ")) }
            if !entry.values.isEmpty { parts.append("values " + Self.unique(entry.values).joined(separator: ", ")) }
            return Group(scope: entry.scope, name: entry.name, parts: parts)
        }
    }

    /// `items` without repeats, in their first order.
    private static func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }

    /// `12 operations, 45 shapes`.
    var counts: String {
        ["service", "operation", "shape"].compactMap { scope in
            let count = groups.filter { $0.scope == scope }.count
            guard count > 0 else { return nil }
            return scope == "service" ? "service" : "\(count) \(scope)\(count == 1 ? "" : "s")"
        }.joined(separator: ", ")
    }
}
