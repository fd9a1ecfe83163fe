import ShapegenModel
import ShapegenNames
import ShapegenSwiftCode

/// Translates operations into the service protocol and the client that implements it.
struct ClientTranslator {
    let context: TranslationContext

    func declarations() -> [Declaration] {
        [serviceProtocol(), client()]
    }

    /// The requirement for one operation: `func listJobs(_ input: ListJobsRequest) async throws -> ListJobsResponse`.
    static func signature(_ operation: Operation, context: TranslationContext, access: AccessLevel?, body: [Statement]?)
        -> FunctionDeclaration
    {
        FunctionDeclaration(
            access: access, kind: .function(name: SwiftNaming.escaped(SwiftNames.method(of: operation))),
            parameters: operation.input.map { [Parameter(label: "_", name: "input", type: context.type(of: $0.name))] }
                ?? [],
            isAsync: true, isThrowing: true,
            returnType: operation.output.map { context.type(of: $0.name) },
            body: body)
    }

    private func serviceProtocol() -> Declaration {
        let service = context.model.service
        let requirements = context.operations.map { operation in
            Declaration(
                documentation: context.documentation(operation.documentation),
                attributes: context.attributes(operation.deprecation),
                .function(Self.signature(operation, context: context, access: nil, body: nil)))
        }
        return Declaration(
            documentation: context.documentation(service.documentation).map { "The \(service.name) API.\n\n" + $0 }
                ?? "The \(service.name) API.",
            .type(
                TypeDeclaration(
                    .protocol, access: context.access, name: SwiftNames.serviceProtocol(service),
                    conformances: [context.standardName("Sendable")],
                    members: requirements)))
    }

    private func client() -> Declaration {
        let service = context.model.service
        let core = context.runtime("ServiceClient")
        var members: [Declaration] = [
            Declaration(
                documentation: "The service's wire description.",
                .property(
                    PropertyDeclaration(
                        access: context.access, isStatic: true, isConstant: true, name: "service",
                        type: .named(context.runtime("ServiceDescription")), initializer: serviceDescription()))),
            Declaration(
                documentation: "The runtime client that validates, encodes, sends and decodes.",
                .property(
                    PropertyDeclaration(access: context.access, isConstant: true, name: "core", type: .named(core)))),
            Declaration(
                documentation: "Creates a client that sends requests through `transport`.",
                .function(
                    FunctionDeclaration(
                        access: context.access, kind: .initializer,
                        parameters: [
                            Parameter(name: "transport", type: .existential(context.runtime("HTTPTransport"))),
                            Parameter(
                                name: "configuration", type: .named(context.runtime("ClientConfiguration")),
                                defaultValue: .id(context.runtime("ClientConfiguration")).call()),
                        ],
                        body: [
                            .assignment(
                                target: .id("core"),
                                value: .call(
                                    .id(core),
                                    [
                                        Argument("service", .id("Self").dot("service")),
                                        Argument("errors", serviceErrors()),
                                        Argument("transport", .id("transport")),
                                        Argument("configuration", .id("configuration")),
                                    ]))
                        ]))),
        ]
        members += context.operations.map(operationMethod)
        return Declaration(
            documentation: "Calls the \(service.name) API over HTTP.",
            .type(
                TypeDeclaration(
                    .struct, access: context.access, name: SwiftNames.client(service),
                    conformances: [SwiftNames.serviceProtocol(service)], members: members)))
    }

    /// `[ClientException.self, …]`: every error structure of the service, by name.
    private func serviceErrors() -> Expression {
        .array(
            context.model.shapes.filter { $0.error != nil }
                .map { context.typeName(of: $0) }.sorted().map { .id($0).dot("self") })
    }

    private func serviceDescription() -> Expression {
        let service = context.model.service
        var arguments = [
            Argument("name", .string(service.name)), Argument("apiVersion", .string(service.apiVersion)),
            Argument("wireProtocol", .member(nil, Self.protocolCase(service.wireProtocol))),
        ]
        let optionals: [(String, String?)] = [
            ("endpointPrefix", service.endpointPrefix), ("signingName", service.signingName),
            ("targetPrefix", service.targetPrefix), ("jsonVersion", service.jsonVersion),
        ]
        for (label, value) in optionals {
            if let value { arguments.append(Argument(label, .string(value))) }
        }
        // A CBOR service's generated code speaks json too (the same keys); other pairs differ.
        if service.wireProtocol == .rpcV2CBOR, case .list(let offered)? = service.traits["protocols"],
            offered.contains(.string("json"))
        {
            arguments.append(Argument("alternativeProtocols", .array([.member(nil, "json")])))
        }
        if service.traits["awsQueryCompatible"] != nil {
            arguments.append(Argument("isQueryCompatible", .literal(.boolean(true))))
        }
        return .call(.id(context.runtime("ServiceDescription")), arguments)
    }

    /// rest-json: `inputHasBody: false` when no input member travels in the JSON body (botocore
    /// then sends none), `outputHasPayload: true` when the output's body is one member.
    private func bodyArguments(_ operation: Operation) -> [Argument] {
        guard HTTPBindingTranslator.appliesTo(context.model) else { return [] }
        let bindings = HTTPBindingTranslator(context: context)
        let input = operation.input.flatMap { context.shapes[$0.name]?.kind.structure }
        let output = operation.output.flatMap { context.shapes[$0.name]?.kind.structure }
        var arguments: [Argument] = []
        if !(input?.members.contains { bindings.inputBinding(of: $0) == .body } ?? false) {
            arguments.append(Argument("inputHasBody", .literal(.boolean(false))))
        }
        if output?.members.contains(where: { bindings.outputBinding(of: $0) == .payload }) ?? false {
            arguments.append(Argument("outputHasPayload", .literal(.boolean(true))))
        }
        return arguments
    }

    /// `hostPrefix:` and `hostLabels:` for an operation AWS serves from a host of its own;
    /// `streamsEvents: true` for one whose input is an event stream, `outputEventStream:` for one
    /// whose output has one; `xmlRoot:` for a rest-xml body; `requiresChecksum: true` for one
    /// whose model requires a request checksum.
    private func endpointArguments(_ operation: Operation) -> [Argument] {
        let input = operation.input.flatMap { context.shapes[$0.name]?.kind.structure }
        let output = operation.output.flatMap { context.shapes[$0.name]?.kind.structure }
        var arguments: [Argument] = []
        if let prefix = operation.hostPrefix {
            arguments.append(Argument("hostPrefix", .string(prefix)))
            // A label written twice is one key: a dictionary literal with a repeated key traps.
            var seen: Set<String> = []
            let members = LabelTemplate.labels(in: prefix).filter { seen.insert($0).inserted }.compactMap { label in
                input?.members.first { $0.name == label && $0.isHostLabel }
            }
            if !members.isEmpty {
                arguments.append(
                    Argument(
                        "hostLabels",
                        .dictionary(
                            keys: members.map { .string($0.name) },
                            values: members.map { .id("input").dot(context.storageIdentifier($0)) })))
            }
        }
        if input?.members.contains(where: { context.shapes[$0.target.name]?.isEventStream ?? false }) ?? false {
            arguments.append(Argument("streamsEvents", .literal(.boolean(true))))
        }
        if let member = output?.members.first(where: { context.shapes[$0.target.name]?.isEventStream ?? false }),
            let union = context.shapes[member.target.name]?.kind.structure
        {
            arguments.append(Argument("outputEventStream", eventStreamDescription(member, union)))
        }
        // After `outputEventStream:`, as `OperationDescription.init` takes them.
        let bindings = HTTPBindingTranslator(context: context)
        if context.model.service.wireProtocol == .restXML,
            let inputShape = operation.input.flatMap({ context.shapes[$0.name] }),
            input?.members.contains(where: { bindings.inputBinding(of: $0) == .body }) ?? false
        {
            // The body members' document element: named on the operation's input, else for the input shape.
            var name = inputShape.name
            var namespace = inputShape.traits["xmlNamespace"]
            if case .map(let reference)? = operation.traits["input"] {
                if case .string(let locationName)? = reference["locationName"] { name = locationName }
                namespace = reference["xmlNamespace"] ?? namespace
            }
            arguments.append(Argument("xmlRoot", context.xmlRoot(name, namespace: namespace)))
        }
        if operation.requiresRequestChecksum {
            arguments.append(Argument("requiresChecksum", .literal(.boolean(true))))
        }
        return arguments
    }

    /// `EventStreamDescription(member: "Stream", events: ["Chunk": .init(payload: .blob("Bytes"))])`:
    /// for each event (a member of the stream's union), the member its payload fills, if one
    /// (`eventpayload`), and those its headers fill (`eventheader`).
    private func eventStreamDescription(_ member: Member, _ union: Structure) -> Expression {
        let service = context.model.service
        let events = union.members.map { event -> Expression in
            let members = context.shapes[event.target.name]?.kind.structure?.members ?? []
            var arguments: [Argument] = []
            if let payload = members.first(where: { $0.traits["eventpayload"] == .boolean(true) }) {
                let target = context.shapes[payload.target.name]
                let kind =
                    switch target?.kind {
                    case .blob?: "blob"
                    case .string?: "string"
                    default: context.speaksXML ? "xmlStructure" : "structure"
                    }
                var payloadArguments = [Argument(.string(SwiftNames.codingKey(of: payload, in: service)))]
                if kind == "xmlStructure", let target {
                    payloadArguments.append(Argument(.id(context.typeName(of: target)).dot("self")))
                }
                arguments.append(Argument("payload", .call(.member(nil, kind), payloadArguments)))
            }
            let headers = members.filter { $0.traits["eventheader"] == .boolean(true) }
            if !headers.isEmpty {
                arguments.append(
                    Argument("headers", .array(headers.map { .string(SwiftNames.codingKey(of: $0, in: service)) })))
            }
            return .call(.member(nil, "init"), arguments)
        }
        return .call(
            .id(context.runtime("EventStreamDescription")),
            [
                Argument("member", .string(SwiftNames.codingKey(of: member, in: service))),
                Argument(
                    "events",
                    .dictionary(
                        keys: union.members.map { .string(SwiftNames.codingKey(of: $0, in: service)) }, values: events)),
            ])
    }

    static func protocolCase(_ wireProtocol: WireProtocol) -> String {
        switch wireProtocol {
        case .restJSON: "restJSON"
        case .json: "json"
        case .query: "query"
        case .restXML: "restXML"
        case .ec2: "ec2"
        case .rpcV2CBOR: "rpcV2CBOR"
        }
    }

    private func operationMethod(_ operation: Operation) -> Declaration {
        let description = Expression.call(
            .id(context.runtime("OperationDescription")),
            [
                Argument("name", .string(operation.name)), Argument("method", .string(operation.httpMethod)),
                Argument("uri", .string(operation.requestURI)),
                Argument(
                    "errors",
                    .array(
                        operation.errors.sorted { $0.name < $1.name }.compactMap { reference in
                            context.shapes[reference.name].map { .id(context.typeName(of: $0)).dot("self") }
                        })),
            ] + bodyArguments(operation) + endpointArguments(operation))
        let input: Expression = operation.input == nil ? .id(context.runtime("EmptyShape")).call() : .id("input")
        var arguments = [Argument(input), Argument("to", description)]
        let body: [Statement]
        if operation.output == nil {
            arguments.append(Argument("as", .id(context.runtime("EmptyShape")).dot("self")))
            body = [.assignment(target: .id("_"), value: .try(.await(.call(.id("core").dot("send"), arguments))))]
        } else {
            body = [.expression(.try(.await(.call(.id("core").dot("send"), arguments))))]
        }
        return Declaration(
            documentation: context.documentation(operation.documentation),
            attributes: context.attributes(operation.deprecation),
            .function(Self.signature(operation, context: context, access: context.access, body: body)))
    }
}
