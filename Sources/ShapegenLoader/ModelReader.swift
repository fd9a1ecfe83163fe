import ShapegenModel

/// Walks a model's YAML tree and builds the typed model, collecting diagnostics as it goes.
struct ModelReader {
    let file: String
    var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    static let rootKeys = ["shapegen", "service", "operations", "shapes"]
    static let serviceKeys = [
        "name", "apiVersion", "protocol", "signingName", "endpointPrefix", "jsonVersion", "targetPrefix",
        "documentation", "traits",
    ]
    static let operationKeys = [
        "http", "input", "output", "errors", "documentation", "pagination", "deprecated", "traits",
    ]
    static let httpKeys = ["method", "uri", "responseCode"]
    static let paginationKeys = ["inputToken", "outputToken", "limitKey", "items"]

    mutating func read(_ root: YAMLNode) -> ServiceModel? {
        guard let mapping = root.mapping(&diagnostics, what: "the model", allowedKeys: Self.rootKeys) else {
            return nil
        }
        let version = readVersion(mapping)
        let service = mapping.required("service", &diagnostics, what: "the model").flatMap { readService($0) }
        let operations = mapping["operations"].map { readOperations($0) } ?? []
        let shapes = mapping.required("shapes", &diagnostics, what: "the model").map { readShapes($0) } ?? []
        guard let version, let service else { return nil }
        return ServiceModel(
            formatVersion: version, service: service, operations: operations,
            shapes: Prelude.completing(shapes, operations: operations), sourcePath: file)
    }

    private mutating func readVersion(_ mapping: YAMLMapping) -> Int? {
        guard let node = mapping.required("shapegen", &diagnostics, what: "the model"),
            let version = node.integer(&diagnostics, what: "'shapegen' (the format version)")
        else { return nil }
        guard version == ModelLoader.formatVersion else {
            diagnostics.append(
                .error(
                    "unsupported format version \(version); this shapegen reads version \(ModelLoader.formatVersion)",
                    at: node.location))
            return nil
        }
        return version
    }

    private mutating func readService(_ node: YAMLNode) -> ServiceInfo? {
        guard let mapping = node.mapping(&diagnostics, what: "'service'", allowedKeys: Self.serviceKeys) else {
            return nil
        }
        let name = mapping.required("name", &diagnostics, what: "'service'")?.name(
            &diagnostics, what: "the service name")
        let apiVersion = mapping.required("apiVersion", &diagnostics, what: "'service'")?
            .nonEmptyString(&diagnostics, what: "'apiVersion'")
        let wireProtocol = mapping.required("protocol", &diagnostics, what: "'service'").flatMap { node in
            oneOf(node, WireProtocol.self, what: "'protocol'")
        }
        guard let name, let apiVersion, let wireProtocol else { return nil }
        return ServiceInfo(
            name: name, apiVersion: apiVersion, wireProtocol: wireProtocol,
            signingName: optionalString(mapping, "signingName"),
            endpointPrefix: optionalString(mapping, "endpointPrefix"),
            jsonVersion: optionalString(mapping, "jsonVersion"),
            targetPrefix: optionalString(mapping, "targetPrefix"),
            documentation: optionalString(mapping, "documentation"),
            traits: readTraits(mapping),
            location: mapping.location)
    }

    private mutating func readOperations(_ node: YAMLNode) -> [Operation] {
        guard let entries = node.entries(&diagnostics, what: "'operations'") else { return [] }
        return entries.compactMap { entry in readOperation(entry.key, entry.value, at: entry.keyLocation) }
    }

    private mutating func readOperation(_ name: String, _ node: YAMLNode, at location: SourceLocation) -> Operation? {
        func what() -> String { "operation '\(name)'" }
        guard let mapping = node.mapping(&diagnostics, what: what(), allowedKeys: Self.operationKeys) else {
            return nil
        }
        var operation = Operation(name: name, location: location)
        if let http = mapping.required("http", &diagnostics, what: what())?.mapping(
            &diagnostics, what: "'http' of \(what())", allowedKeys: Self.httpKeys)
        {
            let method = http.required("method", &diagnostics, what: "'http' of \(what())")
            operation.httpMethod = method?.nonEmptyString(&diagnostics, what: "the HTTP method") ?? "POST"
            operation.methodLocation = method?.location
            let uri = http.required("uri", &diagnostics, what: "'http' of \(what())")
            operation.requestURI = uri?.nonEmptyString(&diagnostics, what: "the request URI") ?? "/"
            operation.uriLocation = uri?.location
            operation.responseCode = http["responseCode"].flatMap { $0.integer(&diagnostics, what: "'responseCode'") }
        }
        operation.input = reference(mapping["input"], what: "'input'")
        operation.output = reference(mapping["output"], what: "'output'")
        if let errors = mapping["errors"]?.stringList(&diagnostics, what: "'errors'") {
            operation.errors = errors.map { Reference($0.0, at: $0.1) }
        }
        operation.documentation = optionalString(mapping, "documentation")
        operation.deprecation = deprecation(mapping["deprecated"])
        operation.traits = readTraits(mapping)
        if let node = mapping["pagination"] {
            operation.pagination = readPagination(node, of: what())
        }
        return operation
    }

    private mutating func readPagination(_ node: YAMLNode, of owner: String) -> Pagination? {
        let what = "'pagination' of \(owner)"
        guard let mapping = node.mapping(&diagnostics, what: what, allowedKeys: Self.paginationKeys) else { return nil }
        let inputToken = reference(mapping.required("inputToken", &diagnostics, what: what), what: "'inputToken'")
        let outputToken = reference(mapping.required("outputToken", &diagnostics, what: what), what: "'outputToken'")
        guard let inputToken, let outputToken else { return nil }
        return Pagination(
            inputToken: inputToken, outputToken: outputToken,
            limitKey: reference(mapping["limitKey"], what: "'limitKey'"),
            items: reference(mapping["items"], what: "'items'"),
            location: mapping.location)
    }

    // MARK: Shared readers

    /// `traits:`, a mapping of anything.
    mutating func readTraits(_ mapping: YAMLMapping) -> Traits {
        guard let node = mapping["traits"] else { return [:] }
        guard case .mapping = node.node else {
            diagnostics.append(.error("'traits' must be a mapping, found \(node.kindDescription)", at: node.location))
            return [:]
        }
        guard case .map(let traits)? = node.traitValue(&diagnostics, what: "'traits'") else { return [:] }
        return traits
    }

    mutating func optionalString(_ mapping: YAMLMapping, _ key: String) -> String? {
        mapping[key]?.string(&diagnostics, what: "'\(key)'")
    }

    mutating func reference(_ node: YAMLNode?, what: @autoclosure () -> String) -> Reference? {
        guard let node, let name = node.name(&diagnostics, what: what()) else { return nil }
        return Reference(name, at: node.location)
    }

    /// `deprecated: true` or `deprecated: "use X instead"`.
    mutating func deprecation(_ node: YAMLNode?) -> Deprecation? {
        guard let node, case .scalar(let scalar) = node.node else {
            if let node {
                diagnostics.append(.error("'deprecated' must be true, false or a message", at: node.location))
            }
            return nil
        }
        if scalar.isPlain {
            if scalar.string == "true" { return Deprecation() }
            if scalar.string == "false" { return nil }
        }
        return Deprecation(message: scalar.string)
    }

    mutating func oneOf<Value: RawRepresentable & CaseIterable>(
        _ node: YAMLNode, _: Value.Type, what: @autoclosure () -> String
    ) -> Value? where Value.RawValue == String {
        guard let text = node.string(&diagnostics, what: what()) else { return nil }
        if let value = Value(rawValue: text) { return value }
        let allowed = Value.allCases.map(\.rawValue)
        diagnostics.append(
            .error(
                "\(what()) must be one of \(allowed.map { "'\($0)'" }.joined(separator: ", ")), found '\(text)'"
                    + Suggestion.hint(for: text, in: allowed),
                at: node.location))
        return nil
    }
}
