import ShapegenModel
import ShapegenNames
import ShapegenSwiftCode

/// Translates pagination into page and item sequences on the service protocol.
struct PaginatorTranslator {
    let context: TranslationContext

    func declarations() -> [Declaration] {
        let methods = context.operations.flatMap(paginators)
        guard !methods.isEmpty else { return [] }
        return [
            Declaration(
                .type(
                    TypeDeclaration(
                        .extension, access: nil, name: SwiftNames.serviceProtocol(context.model.service),
                        members: methods)))
        ]
    }

    private func paginators(_ operation: Operation) -> [Declaration] {
        guard let pagination = operation.pagination, let inputName = operation.input?.name,
            let outputName = operation.output?.name,
            let input = context.shapes[inputName]?.kind.structure,
            let output = context.shapes[outputName]?.kind.structure,
            let inputToken = input.member(named: pagination.inputToken.name),
            let outputToken = output.member(named: pagination.outputToken.name)
        else { return [] }
        let method = SwiftNames.method(of: operation)
        let inputType = context.type(of: inputName)
        let outputType = context.type(of: outputName)
        let pageType = TypeName.generic(context.runtime("PageSequence"), [inputType, outputType])
        let pages = Expression.call(
            .id(context.runtime("PageSequence")),
            [
                Argument("input", .id("input")),
                Argument(
                    "fetch",
                    .closure(
                        Closure(body: [
                            .expression(
                                .try(
                                    .await(
                                        .id("self").dot(SwiftNaming.escaped(method)).callAsFunction(Argument(.id("$0")))
                                    )))
                        ]))),
                Argument(
                    "inputToken",
                    .closure(Closure(body: [.expression(.id("$0").dot(context.storageIdentifier(inputToken)))]))),
                Argument(
                    "nextToken",
                    .closure(Closure(body: [.expression(.id("$0").dot(context.storageIdentifier(outputToken)))]))),
                Argument(
                    "withToken",
                    .closure(
                        Closure(
                            parameters: ["input", "token"],
                            body: [
                                .binding(isConstant: false, name: "next", type: nil, value: .id("input")),
                                .assignment(
                                    target: .id("next").dot(context.storageIdentifier(inputToken)), value: .id("token")),
                                .return(.id("next")),
                            ]))),
            ])
        var declarations = [
            Declaration(
                documentation:
                    "Every page of `\(method)(_:)`, fetched as the sequence is iterated; stops when the service returns no new `\(outputToken.name)`.",
                attributes: context.attributes(operation.deprecation),
                .function(
                    FunctionDeclaration(
                        access: context.access, kind: .function(name: method + "Pages"),
                        parameters: [Parameter(label: "_", name: "input", type: inputType)],
                        returnType: pageType, body: [.expression(pages)])))
        ]
        if let itemsName = pagination.items?.name, let items = output.member(named: itemsName),
            case .list(let element)? = context.shapes[items.target.name]?.kind
        {
            let itemType = context.type(of: element.name)
            var itemsValue = Expression.id("$0").dot(context.storageIdentifier(items))
            if !items.isRequired { itemsValue = .binary(itemsValue, "??", .array([])) }
            declarations.append(
                Declaration(
                    documentation: "Every `\(items.name)` item of every page of `\(method)(_:)`, in order.",
                    attributes: context.attributes(operation.deprecation),
                    .function(
                        FunctionDeclaration(
                            access: context.access, kind: .function(name: method + "Items"),
                            parameters: [Parameter(label: "_", name: "input", type: inputType)],
                            returnType: .generic(context.runtime("ItemSequence"), [inputType, outputType, itemType]),
                            body: [
                                .expression(
                                    .call(
                                        .id(context.runtime("ItemSequence")),
                                        [
                                            Argument(
                                                "pages", .id(method + "Pages").callAsFunction(Argument(.id("input")))),
                                            Argument("items", .closure(Closure(body: [.expression(itemsValue)]))),
                                        ]))
                            ]))))
        }
        return declarations
    }
}
