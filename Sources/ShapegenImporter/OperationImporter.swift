import ShapegenModel

/// Converts one botocore operation, with its paginator, into a model operation.
enum OperationImporter {
    static let operationFields: Set<String> = [
        "name", "http", "input", "output", "errors", "documentation", "deprecated", "deprecatedMessage",
    ]

    static func operation(named name: String, from json: JSONObject, paginator: JSONObject?, shapes: [String: Shape])
        -> Operation
    {
        let http = json.object("http")
        var operation = Operation(
            name: name, httpMethod: http?.string("method") ?? "POST", requestURI: http?.string("requestUri") ?? "/")
        operation.responseCode = http?.number("responseCode").flatMap { Int($0) }
        operation.input = json.object("input")?.string("shape").map { Reference($0) }
        operation.output = json.object("output")?.string("shape").map { Reference($0) }
        operation.errors = json.objects("errors").compactMap { $0.string("shape").map { Reference($0) } }
        operation.documentation = ShapeImporter.documentation(json.string("documentation"))
        operation.deprecation = ShapeImporter.deprecation(json)
        var traits = TraitConversion.traits(of: json, excluding: operationFields)
        for side in ["input", "output"] {
            if let extra = json.object(side), case let more = TraitConversion.traits(of: extra, excluding: ["shape"]),
                !more.isEmpty
            {
                traits[side] = .map(more)
            }
        }
        if let paginator {
            operation.pagination = pagination(
                paginator, input: operation.input, output: operation.output, shapes: shapes)
            if operation.pagination == nil || !isSimple(paginator) {
                traits["paginator"] = .map(TraitConversion.traits(of: paginator, excluding: []))
            }
        }
        operation.traits = traits
        return operation
    }

    /// Whether the paginator names one token each way, a limit and one result key, all plain member names.
    private static func isSimple(_ paginator: JSONObject) -> Bool {
        ["input_token", "output_token", "limit_key", "result_key"].allSatisfy { key in
            paginator[key] == nil || (paginator.string(key).map(isMemberName) ?? false)
        } && paginator.keys.allSatisfy { ["input_token", "output_token", "limit_key", "result_key"].contains($0) }
    }

    private static func isMemberName(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }

    /// A pagination the generator can follow: plain member names of the right kinds; otherwise `nil`
    /// (the paginator is still carried as a trait).
    private static func pagination(_ json: JSONObject, input: Reference?, output: Reference?, shapes: [String: Shape])
        -> Pagination?
    {
        guard let inputToken = json.string("input_token"), let outputToken = json.string("output_token"),
            let inputBody = input.flatMap({ shapes[$0.name]?.kind.structure }),
            let outputBody = output.flatMap({ shapes[$0.name]?.kind.structure }),
            isStringMember(inputToken, of: inputBody, shapes), isStringMember(outputToken, of: outputBody, shapes)
        else { return nil }
        var pagination = Pagination(inputToken: Reference(inputToken), outputToken: Reference(outputToken))
        if let limit = json.string("limit_key"), let member = inputBody.member(named: limit),
            let kind = shapes[member.target.name]?.kind, kind == .integer || kind == .long
        {
            pagination.limitKey = Reference(limit)
        }
        if let items = json.string("result_key"), let member = outputBody.member(named: items) {
            switch shapes[member.target.name]?.kind {
            case .list?, .map?: pagination.items = Reference(items)
            default: break
            }
        }
        return pagination
    }

    private static func isStringMember(_ name: String, of body: Structure, _ shapes: [String: Shape]) -> Bool {
        guard let member = body.member(named: name) else { return false }
        return shapes[member.target.name]?.kind == .string
    }
}
