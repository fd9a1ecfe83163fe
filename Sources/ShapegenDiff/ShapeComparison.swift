import ShapegenModel

/// Compares two versions of a shape kept under the same name.
struct ShapeComparison {
    let models: ModelPair

    /// Everything that changed: the shape's own definition, its members and its documentation.
    func events(old: Shape, new: Shape) -> [DiffEvent] {
        var events = ownEvents(old: old, new: new)
        if let before = old.kind.structure, let after = new.kind.structure, TypeDescription.sameType(old.kind, new.kind)
        {
            events += MemberComparison(models: models).events(
                old: before, new: after, shape: new.name, direction: models.direction(of: new.name))
        }
        return events + documentationEvents(old: old, new: new)
    }

    /// What changed in the shape's own definition, apart from structure members and documentation:
    /// a member that refers to the shape changes with it.
    func ownEvents(old: Shape, new: Shape) -> [DiffEvent] {
        let target = EventTarget.shape(new.name, at: new.location ?? old.location)
        guard TypeDescription.sameType(old.kind, new.kind) else {
            return [
                target.event(
                    .typeChanged, .breaking, "type changed", old: TypeDescription.kind(old.kind),
                    new: TypeDescription.kind(new.kind))
            ]
        }
        var events: [DiffEvent] = []
        let references = ReferenceComparison(models: models)
        switch (old.kind, new.kind) {
        case (.list(let before), .list(let after)):
            events += references.events(before, after, at: .shape(new.name, member: "member", at: target.location))
        case (.map(let oldKey, let oldValue), .map(let newKey, let newValue)):
            events += references.events(oldKey, newKey, at: .shape(new.name, member: "key", at: target.location))
            events += references.events(oldValue, newValue, at: .shape(new.name, member: "value", at: target.location))
        case (.enum(let before), .enum(let after)):
            events += EnumComparison.events(old: before, new: after, shape: new.name, at: target.location)
        default:
            if let before = old.kind.structure, let after = new.kind.structure {
                events += ConstraintComparison.ruleChanges(from: before, to: after).map(target.event)
            }
        }
        events += ConstraintComparison.changes(from: old.constraints, to: new.constraints, numeric: new.kind.isNumeric)
            .map(target.event)
        if old.error != new.error {
            events.append(
                target.event(
                    .errorTraitChanged, .breaking, "error trait changed",
                    old: old.error.map(Self.describe), new: new.error.map(Self.describe)))
        }
        if old.isSensitive != new.isSensitive {
            events.append(
                new.isSensitive
                    ? target.event(.sensitiveChanged, .compatible, "now sensitive")
                    : target.event(.sensitiveChanged, .dangerous, "no longer sensitive: values may now be printed"))
        }
        events += target.deprecation(old.deprecation, new.deprecation)
        events += target.swiftName(old.swiftName, new.swiftName)
        events += target.traits(old.traits, new.traits)
        return events
    }

    /// The shape's own documentation and that of its enum values (members report their own).
    private func documentationEvents(old: Shape, new: Shape) -> [DiffEvent] {
        let target = EventTarget.shape(new.name, at: new.location ?? old.location)
        return target.documentation(old.documentation, new.documentation)
    }

    /// `code X, HTTP 400, client fault`.
    private static func describe(_ error: ErrorTrait) -> String {
        var parts = error.code.map { ["code \($0)"] } ?? []
        if let status = error.httpStatus { parts.append("HTTP \(status)") }
        parts.append("\(error.fault.rawValue) fault")
        return parts.joined(separator: ", ")
    }
}
