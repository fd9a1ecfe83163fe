import ShapegenModel
import ShapegenNames
import ShapegenSwiftCode

/// Translates operations into a mock of the service protocol with one settable handler per operation.
struct MockTranslator {
    let context: TranslationContext

    func declarations() -> [Declaration] {
        let service = context.model.service
        var members: [Declaration] = [
            Declaration(
                documentation:
                    "Creates a mock with no handlers: each operation throws `MockNotConfigured` until its handler is set.",
                .function(FunctionDeclaration(access: context.access, kind: .initializer, body: [])))
        ]
        for operation in context.operations {
            let method = SwiftNames.method(of: operation)
            let handler = method + "Handler"
            let inputType = operation.input.map { context.type(of: $0.name) }
            let outputType = operation.output.map { context.type(of: $0.name) } ?? context.standard("Void")
            // An operation without input has no `Input` to give `MockHandler`: `(Void) -> T` takes no `{ … }` closure.
            let handlerType =
                inputType.map { TypeName.generic(context.runtime("MockHandler"), [$0, outputType]) }
                ?? .function(parameters: [], isAsync: true, isThrowing: true, result: outputType)
            members.append(
                Declaration(
                    documentation:
                        "Answers `\(method)`; set it in a test. While it is `nil`, `\(method)` throws `MockNotConfigured`.",
                    attributes: context.attributes(operation.deprecation),
                    .property(PropertyDeclaration(access: context.access, name: handler, type: .optional(handlerType))))
            )
            let notConfigured = Statement.throw(
                .call(.id(context.runtime("MockNotConfigured")), [Argument("operation", .string(operation.name))]))
            let call = Expression.try(.await(.call(.id("handler"), inputType == nil ? [] : [Argument(.id("input"))])))
            let body: [Statement] = [
                .guard(condition: [.optionalBinding(name: "handler", value: .id(handler))], else: [notConfigured]),
                .return(call),
            ]
            members.append(
                Declaration(
                    attributes: context.attributes(operation.deprecation),
                    .function(
                        ClientTranslator.signature(operation, context: context, access: context.access, body: body))))
        }
        return [
            Declaration(
                documentation:
                    "A stand-in for `\(SwiftNames.serviceProtocol(service))` in tests: each operation calls its handler.",
                .type(
                    TypeDeclaration(
                        .struct, access: context.access, name: SwiftNames.mock(service),
                        conformances: [SwiftNames.serviceProtocol(service)], members: members)))
        ]
    }
}
