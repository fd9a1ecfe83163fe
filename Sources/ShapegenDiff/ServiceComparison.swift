import ShapegenModel

/// Compares service metadata.
enum ServiceComparison {
    /// One event per metadata field that changed, plus carried traits and documentation; a new API
    /// version is dangerous, anything that changes how requests are sent or signed is breaking.
    static func events(old: ServiceInfo, new: ServiceInfo) -> [DiffEvent] {
        let target = EventTarget(location: new.location ?? old.location)
        let fields: [(String, String?, String?)] = [
            ("name", old.name, new.name),
            ("protocol", old.wireProtocol.rawValue, new.wireProtocol.rawValue),
            ("signingName", old.signingName, new.signingName),
            ("endpointPrefix", old.endpointPrefix, new.endpointPrefix),
            ("jsonVersion", old.jsonVersion, new.jsonVersion),
            ("targetPrefix", old.targetPrefix, new.targetPrefix),
        ]
        var events: [DiffEvent] = []
        if old.apiVersion != new.apiVersion {
            events.append(target.event(.serviceChanged, .dangerous, "apiVersion changed", old: old.apiVersion, new: new.apiVersion))
        }
        for (field, before, after) in fields where before != after {
            events.append(target.event(.serviceChanged, .breaking, "\(field) changed", old: before ?? "none", new: after ?? "none"))
        }
        return events + target.traits(old.traits, new.traits) + target.documentation(old.documentation, new.documentation)
    }
}
