import ShapegenModel

/// Compares two versions of a service model and describes what changed for its users.
public enum ModelDiff {
    /// Everything that changed from `old` to `new`: operations added, removed and updated (with
    /// sketches of their changed request and response members) and every event, each with a severity.
    public static func compare(_ old: ServiceModel, _ new: ServiceModel) -> ServiceDiff {
        let models = ModelPair(old: old, new: new)
        var events = ServiceComparison.events(old: old.service, new: new.service)
        events += shapeEvents(models)
        var operations: [OperationChange] = []
        let oldOperations = Dictionary(old.operations.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newNames = Set(new.operations.map(\.name))
        for operation in new.operations {
            guard let previous = oldOperations[operation.name] else {
                let event = EventTarget.operation(operation.name, at: operation.location)
                    .event(.operationAdded, .compatible, "operation added")
                events.append(event)
                operations.append(added(operation, models: models))
                continue
            }
            let operationEvents = OperationComparison().events(old: previous, new: operation)
            events += operationEvents
            if let change = updated(old: previous, new: operation, events: operationEvents, models: models) {
                operations.append(change)
            }
        }
        for operation in old.operations where !newNames.contains(operation.name) {
            events.append(
                EventTarget.operation(operation.name, at: operation.location)
                    .event(.operationRemoved, .breaking, "operation removed"))
            operations.append(OperationChange(name: operation.name, status: .removed, severity: .breaking))
        }
        return ServiceDiff(
            service: new.service.name, oldPath: old.sourcePath, newPath: new.sourcePath, operations: operations,
            events: events)
    }

    /// Shapes added and removed, and the changes in shapes both versions have.
    private static func shapeEvents(_ models: ModelPair) -> [DiffEvent] {
        var events: [DiffEvent] = []
        for shape in models.new.shapes {
            if let previous = models.oldShapes[shape.name] {
                events += ShapeComparison(models: models).events(old: previous, new: shape)
            } else {
                events.append(
                    EventTarget.shape(shape.name, at: shape.location)
                        .event(.shapeAdded, .compatible, "shape added", new: TypeDescription.kind(shape.kind)))
            }
        }
        for shape in models.old.shapes where models.newShapes[shape.name] == nil {
            events.append(
                EventTarget.shape(shape.name, at: shape.location)
                    .event(.shapeRemoved, .breaking, "shape removed", old: TypeDescription.kind(shape.kind)))
        }
        return events
    }

    /// A new operation, with its whole request and response.
    private static func added(_ operation: Operation, models: ModelPair) -> OperationChange {
        var request = SketchBuilder(models: models, direction: .input)
        var response = SketchBuilder(models: models, direction: .output)
        return OperationChange(
            name: operation.name, status: .added, severity: .compatible,
            request: SideSketch(request.side(old: nil, new: operation.input?.name)),
            response: SideSketch(response.side(old: nil, new: operation.output?.name)))
    }

    /// An operation both versions have, if anything but documentation changed in it or in what its
    /// request and response contain.
    private static func updated(old: Operation, new: Operation, events: [DiffEvent], models: ModelPair)
        -> OperationChange?
    {
        var requestWalk = SketchBuilder(models: models, direction: .input)
        var responseWalk = SketchBuilder(models: models, direction: .output)
        let request = SideSketch(requestWalk.side(old: old.input?.name, new: new.input?.name))
        let response = SideSketch(responseWalk.side(old: old.output?.name, new: new.output?.name))
        // The input and output structures' own rules and traits belong to no member.
        let requestRules = rootEvents(old: old.input, new: new.input, models: models)
        let responseRules = rootEvents(old: old.output, new: new.output, models: models)
        let own = events.filter { !$0.isDocumentation }
        guard request != nil || response != nil || !own.isEmpty || !requestRules.isEmpty || !responseRules.isEmpty
        else {
            return nil
        }
        func has(_ kinds: DiffEventKind...) -> Bool { own.contains { kinds.contains($0.kind) } }
        let aspects = [
            ("request", request != nil || !requestRules.isEmpty || has(.operationInputChanged)),
            ("response", response != nil || !responseRules.isEmpty || has(.operationOutputChanged)),
            ("errors", has(.errorAdded, .errorRemoved)), ("http", has(.httpBindingChanged)),
            ("pagination", has(.paginationAdded, .paginationRemoved, .paginationChanged)),
            ("deprecation", has(.deprecationChanged)), ("traits", has(.traitChanged)),
        ].compactMap { $0.1 ? $0.0 : nil }
        let listed = own + requestRules + responseRules
        let severity = (listed + requestWalk.events + responseWalk.events).highestSeverity ?? .compatible
        return OperationChange(
            name: new.name, status: .updated, severity: severity, aspects: aspects, request: request,
            response: response,
            events: listed.sortedForOutput())
    }

    /// The non-documentation changes of an input or output structure's own definition.
    private static func rootEvents(old: Reference?, new: Reference?, models: ModelPair) -> [DiffEvent] {
        guard let before = old.flatMap({ models.oldShapes[$0.name] }),
            let after = new.flatMap({ models.newShapes[$0.name] })
        else {
            return []
        }
        return ShapeComparison(models: models).ownEvents(old: before, new: after).filter { !$0.isDocumentation }
    }
}
