import ShapegenModel

/// Compares two versions of an operation: its shapes, HTTP binding, pagination, errors and the
/// rest of its own properties (not what its input and output contain; see ``SketchBuilder``).
struct OperationComparison {
    /// The events for an operation both versions have.
    func events(old: Operation, new: Operation) -> [DiffEvent] {
        let target = EventTarget.operation(new.name, at: new.location ?? old.location)
        var events: [DiffEvent] = []
        let (oldInput, newInput) = (old.input?.name ?? "none", new.input?.name ?? "none")
        if oldInput != newInput {
            events.append(
                target.event(.operationInputChanged, .breaking, "input changed", old: oldInput, new: newInput))
        }
        let (oldOutput, newOutput) = (old.output?.name ?? "none", new.output?.name ?? "none")
        if oldOutput != newOutput {
            events.append(
                target.event(.operationOutputChanged, .breaking, "output changed", old: oldOutput, new: newOutput))
        }
        let (oldBinding, newBinding) = (Self.binding(old), Self.binding(new))
        if oldBinding != newBinding {
            events.append(
                target.event(.httpBindingChanged, .breaking, "HTTP binding changed", old: oldBinding, new: newBinding))
        }
        switch (Self.pagination(old), Self.pagination(new)) {
        case (nil, let added?):
            events.append(target.event(.paginationAdded, .compatible, "pagination added", new: added))
        case (let removed?, nil):
            events.append(target.event(.paginationRemoved, .breaking, "pagination removed", old: removed))
        case (let before?, let after?) where before != after:
            events.append(target.event(.paginationChanged, .dangerous, "pagination changed", old: before, new: after))
        default: break
        }
        let oldErrors = old.errors.map(\.name)
        let newErrors = new.errors.map(\.name)
        for name in newErrors where !oldErrors.contains(name) {
            events.append(target.event(.errorAdded, .dangerous, "error added", new: name))
        }
        for name in oldErrors where !newErrors.contains(name) {
            events.append(target.event(.errorRemoved, .dangerous, "error removed", old: name))
        }
        events += target.deprecation(old.deprecation, new.deprecation)
        events += target.traits(old.traits, new.traits, excluding: ["paginator"])
        events += target.documentation(old.documentation, new.documentation)
        return events
    }

    /// `POST /v1/listjobs`, with the response code when it is not the default.
    static func binding(_ operation: Operation) -> String {
        "\(operation.httpMethod) \(operation.requestURI)" + (operation.responseCode.map { " -> \($0)" } ?? "")
    }

    /// The pagination as one comparable line, including a paginator carried as a trait.
    static func pagination(_ operation: Operation) -> String? {
        var parts: [String] = []
        if let pagination = operation.pagination {
            parts.append("inputToken \(pagination.inputToken.name)")
            parts.append("outputToken \(pagination.outputToken.name)")
            if let limit = pagination.limitKey { parts.append("limitKey \(limit.name)") }
            if let items = pagination.items { parts.append("items \(items.name)") }
        }
        if let trait = operation.traits["paginator"] { parts.append("paginator \(EventTarget.describe(trait))") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
