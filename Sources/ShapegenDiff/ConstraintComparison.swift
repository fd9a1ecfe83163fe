import ShapegenModel

/// Compares constraints: which accept less than before (narrowed), more (widened), or something
/// else (a replaced pattern).
enum ConstraintComparison {
    /// One constraint that changed.
    struct Change: Equatable {
        var kind: DiffEventKind
        var severity: DiffSeverity
        var message: String
        var old: String?
        var new: String?
    }

    /// The changes from `old` to `new`; `numeric` says whether `min`/`max` bound a value (a range)
    /// rather than a length.
    static func changes(from old: Constraints, to new: Constraints, numeric: Bool) -> [Change] {
        var changes: [Change] = []
        let boundName = numeric ? "range" : "length"
        if let direction = boundsDirection(old: old, new: new) {
            changes.append(change(direction, boundName, old: describeBounds(old), new: describeBounds(new)))
        }
        switch (old.pattern?.source, new.pattern?.source) {
        case (nil, let added?):
            changes.append(
                Change(kind: .constraintNarrowed, severity: .dangerous, message: "pattern added", new: added))
        case (let removed?, nil):
            changes.append(
                Change(kind: .constraintWidened, severity: .compatible, message: "pattern removed", old: removed))
        case (let before?, let after?) where before != after:
            changes.append(
                Change(
                    kind: .constraintChanged, severity: .dangerous, message: "pattern changed", old: before, new: after)
            )
        default: break
        }
        if let direction = allowedValuesDirection(old: old.allowedValues, new: new.allowedValues) {
            changes.append(
                change(
                    direction, "allowed values", old: old.allowedValues.map(describeValues),
                    new: new.allowedValues.map(describeValues)))
        }
        return changes
    }

    /// Changes in a structure's member groups and conditional rules: a new rule narrows what
    /// callers may send, a removed one widens it.
    static func ruleChanges(from old: Structure, to new: Structure) -> [Change] {
        let before = Set(ruleDescriptions(old))
        let after = Set(ruleDescriptions(new))
        return ruleDescriptions(new).filter { !before.contains($0) }.map {
            Change(kind: .constraintNarrowed, severity: .breaking, message: "rule added", new: $0)
        }
            + ruleDescriptions(old).filter { !after.contains($0) }.map {
                Change(kind: .constraintWidened, severity: .compatible, message: "rule removed", old: $0)
            }
    }

    private enum Direction { case narrowed, widened }

    private static func change(_ direction: Direction, _ name: String, old: String?, new: String?) -> Change {
        switch direction {
        case .narrowed:
            Change(kind: .constraintNarrowed, severity: .breaking, message: "\(name) narrowed", old: old, new: new)
        case .widened:
            Change(kind: .constraintWidened, severity: .compatible, message: "\(name) widened", old: old, new: new)
        }
    }

    /// Narrowed if either bound now excludes something it allowed; otherwise widened if either
    /// allows more; `nil` if neither moved.
    private static func boundsDirection(old: Constraints, new: Constraints) -> Direction? {
        let lower = compare(old.min, new.min, raisedIs: .narrowed)
        let upper = compare(old.max, new.max, raisedIs: .widened)
        if lower == .narrowed || upper == .narrowed { return .narrowed }
        if lower == .widened || upper == .widened { return .widened }
        return nil
    }

    /// How one bound moved: a bound that appears narrows, one that disappears widens, and a raised
    /// bound does what `raised` says (narrows a minimum, widens a maximum).
    private static func compare(_ old: Bound?, _ new: Bound?, raisedIs raised: Direction) -> Direction? {
        switch (old, new) {
        case (nil, nil): return nil
        case (nil, _?): return .narrowed
        case (_?, nil): return .widened
        case (let old?, let new?):
            let order = compare(old, new)
            if order == 0 { return nil }
            let lowered: Direction = raised == .narrowed ? .widened : .narrowed
            return order < 0 ? raised : lowered
        }
    }

    /// -1, 0 or 1 as `lhs` is below, equal to or above `rhs`; exact for 64-bit integers.
    static func compare(_ lhs: Bound, _ rhs: Bound) -> Int {
        if let left = lhs.integerValue, let right = rhs.integerValue, lhs.text.allSatisfy(isIntegerCharacter),
            rhs.text.allSatisfy(isIntegerCharacter)
        {
            return left < right ? -1 : left > right ? 1 : 0
        }
        return lhs.value < rhs.value ? -1 : lhs.value > rhs.value ? 1 : 0
    }

    private static func isIntegerCharacter(_ character: Character) -> Bool {
        character.isNumber || character == "-" || character == "+"
    }

    /// Narrowed when a value is no longer allowed (or a list appears); widened when values were only
    /// added (or the list disappears).
    private static func allowedValuesDirection(old: [String]?, new: [String]?) -> Direction? {
        switch (old, new) {
        case (nil, nil): return nil
        case (nil, _?): return .narrowed
        case (_?, nil): return .widened
        case (let old?, let new?):
            let before = Set(old)
            let after = Set(new)
            if !before.isSubset(of: after) { return .narrowed }
            return after.count > before.count ? .widened : nil
        }
    }

    /// `1..100`, `1..`, `..100` or `none`.
    static func describeBounds(_ constraints: Constraints) -> String {
        switch (constraints.min?.text, constraints.max?.text) {
        case (nil, nil): "none"
        case (let min?, nil): "\(min).."
        case (nil, let max?): "..\(max)"
        case (let min?, let max?): "\(min)..\(max)"
        }
    }

    private static func describeValues(_ values: [String]) -> String {
        values.joined(separator: ", ")
    }

    /// One line per member group and conditional rule, e.g. `exactly one of jobQueue, arrayJobId`.
    private static func ruleDescriptions(_ body: Structure) -> [String] {
        body.exactlyOneOf.map { "exactly one of " + $0.members.map(\.name).joined(separator: ", ") }
            + body.atMostOneOf.map { "at most one of " + $0.members.map(\.name).joined(separator: ", ") }
            + body.conditionalRules.map(describe)
    }

    private static func describe(_ rule: ConditionalRule) -> String {
        var parts: [String] = []
        if rule.constraints.min != nil || rule.constraints.max != nil {
            parts.append("bounds " + describeBounds(rule.constraints))
        }
        if let pattern = rule.constraints.pattern { parts.append("pattern " + pattern.source) }
        if let values = rule.constraints.allowedValues { parts.append("allowed values " + describeValues(values)) }
        return "when \(rule.conditionText): \(rule.then.name) \(parts.joined(separator: ", "))"
    }
}
