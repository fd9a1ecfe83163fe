import ShapegenChecker
import ShapegenLoader
import ShapegenModel

extension ServiceModel {
    /// The model as `configuration` asks for it: only the chosen operations and the shapes they
    /// reach, under the chosen service name.
    ///
    /// - Throws: A diagnostic located in the configuration for each operation the model does not have.
    public func customized(by configuration: GeneratorConfiguration) throws(DiagnosticsError) -> ServiceModel {
        var model = self
        if let selection = configuration.operations {
            model = try model.keepingOperations(selection)
        }
        if let name = configuration.serviceName {
            if let problem = ModelChecker.problem(withServiceName: name.name) {
                throw DiagnosticsError([.error(problem, at: name.location)])
            }
            model.service = model.service.renamed(name.name)
        }
        return model
    }

    /// The model with only the `selection` operations, the shapes their inputs, outputs and errors
    /// reach, and the other shapes left out.
    private func keepingOperations(_ selection: [GeneratorConfiguration.Name]) throws(DiagnosticsError) -> ServiceModel
    {
        let available = operations.map(\.name)
        let unknown = selection.filter { !available.contains($0.name) }
        guard unknown.isEmpty else {
            throw DiagnosticsError(
                unknown.map { entry in
                    .error(
                        "the model has no operation '\(entry.name)'" + Suggestion.hint(for: entry.name, in: available),
                        at: entry.location)
                })
        }
        let chosen = Set(selection.map(\.name))
        var model = self
        model.operations = operations.filter { chosen.contains($0.name) }
        let roots = model.operations.flatMap { operation in
            [operation.input?.name, operation.output?.name].compactMap { $0 } + operation.errors.map(\.name)
        }
        let kept = Self.shapesReachable(from: roots, in: shapesByName)
        model.shapes = shapes.filter { kept.contains($0.name) }
        return model
    }
}

extension ServiceInfo {
    /// The service under another name, with the wire identifiers that default to its name (endpoint
    /// prefix, signing name, JSON target prefix) kept as they were, so that requests do not change.
    func renamed(_ newName: String) -> ServiceInfo {
        var service = self
        let wireName = name.lowercased()
        service.endpointPrefix = endpointPrefix ?? wireName
        service.signingName = signingName ?? endpointPrefix ?? wireName
        if wireProtocol == .json {
            service.targetPrefix = targetPrefix ?? name
        }
        service.name = newName
        return service
    }
}
