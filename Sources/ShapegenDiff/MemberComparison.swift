import ShapegenModel

/// Compares the members of two versions of a structure.
struct MemberComparison {
    let models: ModelPair

    /// Events for every member added, removed or changed from `old` to `new`, reported on `shape`.
    func events(old: Structure, new: Structure, shape: String, direction: Direction) -> [DiffEvent] {
        var events: [DiffEvent] = []
        for member in new.members {
            if let before = old.member(named: member.name) {
                events += self.events(old: before, new: member, shape: shape, direction: direction)
            } else {
                events.append(added(member, shape: shape, direction: direction))
            }
        }
        for member in old.members where new.member(named: member.name) == nil {
            events.append(removed(member, shape: shape))
        }
        return events
    }

    /// The event for a member only the new version has: breaking if callers must now send it.
    func added(_ member: Member, shape: String, direction: Direction) -> DiffEvent {
        let target = EventTarget.shape(shape, member: member.name, at: member.location)
        guard member.isRequired else {
            return target.event(.memberAdded, .compatible, "member added", new: member.target.name)
        }
        return target.event(
            .memberAdded, direction.isInput ? .breaking : .compatible, "required member added", new: member.target.name)
    }

    /// The event for a member only the old version has.
    func removed(_ member: Member, shape: String) -> DiffEvent {
        EventTarget.shape(shape, member: member.name, at: member.location)
            .event(.memberRemoved, .breaking, "member removed", old: member.target.name)
    }

    /// Events for a member both versions have.
    func events(old: Member, new: Member, shape: String, direction: Direction) -> [DiffEvent] {
        let target = EventTarget.shape(shape, member: new.name, at: new.location ?? old.location)
        var events = ReferenceComparison(models: models).events(
            old.target, new.target, at: target, extraOld: old.constraints, extraNew: new.constraints)
        if old.target.name == new.target.name {
            let numeric = models.newShapes[new.target.name]?.kind.isNumeric ?? false
            events += ConstraintComparison.changes(from: old.constraints, to: new.constraints, numeric: numeric).map(
                target.event)
        }
        switch (old.isRequired, new.isRequired) {
        case (false, true):
            // Callers must now send it; readers of a response only lose an optional.
            events.append(target.event(.requiredAdded, direction.isInput ? .breaking : .dangerous, "now required"))
        case (true, false):
            // Responses may now omit a value callers relied on; requests may simply leave it out.
            events.append(
                target.event(.requiredRemoved, direction.isOutput ? .breaking : .compatible, "no longer required"))
        default: break
        }
        if old.httpLocation != new.httpLocation || old.wireName != new.wireName {
            events.append(
                target.event(
                    .httpBindingChanged, .breaking, "HTTP binding changed", old: Self.binding(old),
                    new: Self.binding(new)))
        }
        events += target.deprecation(old.deprecation, new.deprecation)
        events += target.swiftName(old.swiftName, new.swiftName)
        events += target.traits(old.traits, new.traits)
        events += target.documentation(old.documentation, new.documentation)
        return events
    }

    /// Where a member travels, e.g. `body 'jobQueue'` or `header 'X-Amz-Date'`.
    static func binding(_ member: Member) -> String {
        "\(member.httpLocation?.rawValue ?? "body") '\(member.wireName)'"
    }
}
