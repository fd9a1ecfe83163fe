import ShapegenModel
import ShapegenNames
import ShapegenSwiftCode

/// Translates operations into a mock of the service protocol with one settable handler per operation.
struct MockTranslator {
    let context: TranslationContext

    func declarations() -> [Declaration] {
        let service = context.model.service
        var members: [Declaration] = [Declaration(
            documentation: "Creates a mock whose handlers all throw `MockNotConfigured`.",
            .function(FunctionDeclaration(access: context.access, kind: .initializer, body: [])))]
        for operation in context.operations {
            let method = SwiftNames.method(of: operation)
            let handler = method + "Handler"
            let inputType = operation.input.map { context.type(of: $0.name) }
            let outputType = operation.output.map { context.type(of: $0.name) } ?? context.standard("Void")
            let notConfigured = Statement.throw(
                .call(.id(context.runtime("MockNotConfigured")), [Argument("operation", .string(operation.name))]))
            members.append(Declaration(
                documentation: "Answers `\(method)`; set it in a test. Until then it throws `MockNotConfigured`.",
                attributes: context.attributes(operation.deprecation),
                .property(PropertyDeclaration(
                    access: context.access, name: handler,
                    type: .function(parameters: inputType.map { [$0] } ?? [], isAsync: true, isThrowing: true, result: outputType),
                    initializer: .closure(Closure(parameters: inputType == nil ? [] : ["_"], body: [notConfigured]))))))
            let call = Expression.try(.await(.call(.id(handler), inputType == nil ? [] : [Argument(.id("input"))])))
            members.append(Declaration(
                attributes: context.attributes(operation.deprecation),
                .function(ClientTranslator.signature(operation, context: context, access: context.access, body: [.expression(call)]))))
        }
        return [Declaration(
            documentation: "A stand-in for `\(SwiftNames.serviceProtocol(service))` in tests: each operation calls its handler.",
            .type(TypeDeclaration(
                .struct, access: context.access, name: SwiftNames.mock(service),
                conformances: [SwiftNames.serviceProtocol(service)], members: members)))]
    }
}
