import ShapegenModel

/// Compares what a member, list element or map key/value refers to across versions.
struct ReferenceComparison {
    let models: ModelPair

    /// Events when `old` and `new` name different shapes: a type change when the kinds differ, a
    /// target change otherwise (breaking when the Swift type changes). With the same Swift type, the
    /// targets' constraints (plus `extra` on each side) are compared too.
    func events(
        _ old: Reference, _ new: Reference, at target: EventTarget,
        extraOld: Constraints = Constraints(), extraNew: Constraints = Constraints()
    ) -> [DiffEvent] {
        guard old.name != new.name else { return [] }
        guard let oldShape = models.oldShapes[old.name], let newShape = models.newShapes[new.name] else {
            return [target.event(.targetChanged, .breaking, "target changed", old: old.name, new: new.name)]
        }
        guard TypeDescription.sameType(oldShape.kind, newShape.kind) else {
            let before = "\(old.name) (\(TypeDescription.kind(oldShape.kind)))"
            let after = "\(new.name) (\(TypeDescription.kind(newShape.kind)))"
            return [target.event(.typeChanged, .breaking, "type changed", old: before, new: after)]
        }
        let sameSwiftType =
            TypeDescription.swiftTypeKey(of: old.name, in: models.oldShapes)
            == TypeDescription.swiftTypeKey(of: new.name, in: models.newShapes)
        guard sameSwiftType else {
            return [
                target.event(
                    .targetChanged, .breaking, "target changed (another Swift type)", old: old.name, new: new.name)
            ]
        }
        let constraints = ConstraintComparison.changes(
            from: Self.merged(oldShape.constraints, extraOld), to: Self.merged(newShape.constraints, extraNew),
            numeric: newShape.kind.isNumeric)
        return [target.event(.targetChanged, .compatible, "target changed", old: old.name, new: new.name)]
            + constraints.map(target.event)
    }

    /// The constraints that hold when both apply: the narrower bound wins; a pattern or value list
    /// of `extra` (a member's) is taken before the shape's.
    static func merged(_ shape: Constraints, _ extra: Constraints) -> Constraints {
        var result = shape
        if let min = extra.min, result.min.map({ ConstraintComparison.compare(min, $0) > 0 }) ?? true {
            result.min = min
        }
        if let max = extra.max, result.max.map({ ConstraintComparison.compare(max, $0) < 0 }) ?? true {
            result.max = max
        }
        if let pattern = extra.pattern { result.pattern = pattern }
        if let values = extra.allowedValues {
            result.allowedValues = result.allowedValues.map { allowed in values.filter(allowed.contains) } ?? values
        }
        return result
    }
}
