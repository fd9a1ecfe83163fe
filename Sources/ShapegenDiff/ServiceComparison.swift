import ShapegenModel

/// Compares service metadata.
enum ServiceComparison {
    /// Metadata keys that change nothing on the wire or in the generated API, only what the
    /// documentation may say: reported with documentation severity.
    static let descriptiveTraits: Set<String> = ["uid", "serviceFullName", "serviceAbbreviation", "ripServiceName"]

    /// Metadata keys compared by their effect rather than their text (see ``effectEvents``).
    static let effectTraits: Set<String> = ["protocols", "protocol", "auth"]

    /// One event per metadata field that changed, plus carried traits and documentation. A new API
    /// version is dangerous; anything that changes how requests are sent or signed is breaking. A
    /// key botocore adds to describe what was already so (`protocols: ["rest-json"]` on a rest-json
    /// service, `signingName` equal to the endpoint prefix, `auth: ["aws.auth#sigv4"]`) is no change.
    static func events(old: ServiceInfo, new: ServiceInfo) -> [DiffEvent] {
        let target = EventTarget(location: new.location ?? old.location)
        let fields: [(String, String?, String?)] = [
            ("name", old.name, new.name),
            ("protocol", old.wireProtocol.rawValue, new.wireProtocol.rawValue),
            // Requests are signed for the endpoint prefix when no signing name is given.
            ("signingName", old.signingName ?? old.endpointPrefix, new.signingName ?? new.endpointPrefix),
            ("endpointPrefix", old.endpointPrefix, new.endpointPrefix),
            ("jsonVersion", old.jsonVersion, new.jsonVersion),
            ("targetPrefix", old.targetPrefix, new.targetPrefix),
        ]
        var events: [DiffEvent] = []
        if old.apiVersion != new.apiVersion {
            events.append(
                target.event(
                    .serviceChanged, .dangerous, "apiVersion changed", old: old.apiVersion, new: new.apiVersion))
        }
        for (field, before, after) in fields where before != after {
            events.append(
                target.event(
                    .serviceChanged, .breaking, "\(field) changed", old: before ?? "none", new: after ?? "none"))
        }
        events += effectEvents(old: old, new: new, target: target)
        let descriptive = target.traits(
            old.traits.filter { descriptiveTraits.contains($0.key) },
            new.traits.filter { descriptiveTraits.contains($0.key) }
        ).map { event in
            var event = event
            event.severity = .documentation
            return event
        }
        return events + descriptive
            + target.traits(old.traits, new.traits, excluding: descriptiveTraits.union(effectTraits))
            + target.documentation(old.documentation, new.documentation)
    }

    /// `protocols` matters only through the protocols the generated client can be switched to, and
    /// `auth` only through the schemes requests are signed with (SigV4 when none is listed).
    private static func effectEvents(old: ServiceInfo, new: ServiceInfo, target: EventTarget) -> [DiffEvent] {
        var events: [DiffEvent] = []
        let (oldAlternatives, newAlternatives) = (alternatives(old), alternatives(new))
        if oldAlternatives != newAlternatives {
            let severity: DiffSeverity = oldAlternatives.isSubset(of: newAlternatives) ? .compatible : .breaking
            events.append(
                target.event(
                    .serviceChanged, severity, "alternative protocols changed",
                    old: describe(oldAlternatives), new: describe(newAlternatives)))
        }
        let (oldAuth, newAuth) = (authSchemes(old), authSchemes(new))
        if oldAuth != newAuth {
            events.append(
                target.event(
                    .serviceChanged, .dangerous, "auth changed", old: describe(oldAuth), new: describe(newAuth)))
        }
        return events
    }

    /// The protocols besides its own that the generated client speaks: json for a CBOR service
    /// that offers it (`ClientConfiguration.wireProtocol`).
    private static func alternatives(_ service: ServiceInfo) -> Set<String> {
        guard service.wireProtocol == .rpcV2CBOR, case .list(let offered)? = service.traits["protocols"] else {
            return []
        }
        return offered.contains(.string("json")) ? ["json"] : []
    }

    /// The `auth` schemes, `aws.auth#sigv4` when the metadata lists none.
    private static func authSchemes(_ service: ServiceInfo) -> Set<String> {
        guard case .list(let schemes)? = service.traits["auth"] else { return ["aws.auth#sigv4"] }
        return Set(schemes.compactMap { if case .string(let scheme) = $0 { scheme } else { nil } })
    }

    private static func describe(_ names: Set<String>) -> String {
        names.isEmpty ? "none" : names.sorted().joined(separator: ", ")
    }
}
