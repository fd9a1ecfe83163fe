import ShapegenModel
import ShapegenNames
import ShapegenSwiftCode

/// What every part of translation needs to know about the model: shapes by name, Swift type
/// names, which shapes are inputs, which members close a cycle.
struct TranslationContext: Sendable {
    let model: ServiceModel
    let options: TranslatorOptions
    let shapes: [String: Shape]
    /// The enum the shapes are nested in, e.g. `Batch`.
    let namespace: String
    /// Whether the code being translated lies outside ``namespace`` (the client, validators,
    /// paginators, the mock), so that it names shapes qualified: `Batch.ListJobsRequest`.
    private(set) var isOutsideNamespace = false
    /// Type names the model declares; standard types with these names must be qualified.
    let declaredTypeNames: Set<String>
    /// Shapes reachable from an operation input: they get validators.
    let inputShapes: Set<String>
    /// Members, as "Shape.member", whose target can reach back to their structure without a collection.
    let indirectMembers: Set<String>
    /// rest-json operation inputs with members bound to the URI, query, headers or payload: they
    /// write out `encode(to:)`.
    let httpBoundInputs: Set<String>
    /// rest-json operation outputs and errors with members bound to headers, the status code or
    /// the payload: they write out `init(from:)`.
    let httpBoundOutputs: Set<String>

    init(model: ServiceModel, options: TranslatorOptions) {
        self.model = model
        self.options = options
        let shapes = model.shapesByName
        self.shapes = shapes
        self.namespace = SwiftNames.namespace(model.service)
        self.declaredTypeNames = Set(model.shapes.filter(\.kind.isGeneratedType).map(SwiftNames.type(of:)))
        self.inputShapes = ServiceModel.shapesReachable(from: model.operations.compactMap(\.input?.name), in: shapes)
        self.indirectMembers = ShapeGraph.cycleClosingMembers(in: model.shapes)
        let bindsHTTP = HTTPBindingTranslator.appliesTo(model)
        func bound(_ names: [String], _ locations: Set<HTTPLocation>) -> Set<String> {
            guard bindsHTTP else { return [] }
            return Set(
                names.filter { name in
                    shapes[name]?.kind.structure?.members.contains { $0.httpLocation.map(locations.contains) ?? false }
                        ?? false
                })
        }
        self.httpBoundInputs = bound(model.operations.compactMap(\.input?.name), HTTPBindingTranslator.inputLocations)
        self.httpBoundOutputs = bound(
            model.operations.compactMap(\.output?.name) + model.shapes.filter { $0.error != nil }.map(\.name),
            HTTPBindingTranslator.outputLocations)
    }

    var access: AccessLevel { AccessLevel(options.access) }

    /// This context for code outside the namespace, which qualifies shape type names.
    var outsideNamespace: TranslationContext {
        var context = self
        context.isOutsideNamespace = true
        return context
    }

    /// The type name of a structure, union or enum shape as this code spells it.
    func typeName(of shape: Shape) -> String {
        let name = SwiftNames.type(of: shape)
        return isOutsideNamespace ? namespace + "." + name : name
    }

    /// The model's shapes that become types, sorted by name for stable output.
    var generatedShapes: [Shape] {
        model.shapes.filter(\.kind.isGeneratedType).sorted { $0.name < $1.name }
    }

    /// The operations, sorted by name.
    var operations: [Operation] {
        model.operations.sorted { $0.name < $1.name }
    }

    /// Whether any shape needs `Date` or `Data`.
    var usesFoundation: Bool {
        model.shapes.contains { shape in
            switch shape.kind {
            case .timestamp, .blob: true
            default: false
            }
        }
    }

    /// A standard library or Foundation type, qualified when the model declares the same name.
    func standard(_ name: String, module: String = "Swift") -> TypeName {
        .named(standardName(name, module: module))
    }

    /// The spelling of a standard type or protocol, qualified when the model declares the same name.
    func standardName(_ name: String, module: String = "Swift") -> String {
        declaredTypeNames.contains(name) ? "\(module).\(name)" : name
    }

    /// A runtime type, qualified when the model declares the same name.
    func runtime(_ name: String) -> String {
        declaredTypeNames.contains(name) ? "ShapegenRuntime.\(name)" : name
    }

    /// The Swift type of a value of the shape `name`.
    func type(of name: String) -> TypeName {
        guard let shape = shapes[name] else { return standard("Never") }
        switch shape.kind {
        case .structure, .union, .enum: return .named(typeName(of: shape))
        case .list(let member): return .array(type(of: member.name))
        case .map(_, let value): return .dictionary(key: standard("String"), value: type(of: value.name))
        case .string: return standard("String")
        case .integer: return standard("Int")
        case .long: return standard("Int64")
        case .float: return standard("Float")
        case .double: return standard("Double")
        case .boolean: return standard("Bool")
        case .timestamp: return standard("Date", module: "Foundation")
        case .blob: return standard("Data", module: "Foundation")
        case .document: return .named(runtime("Document"))
        }
    }

    /// A member's property type: optional unless required.
    func propertyType(of member: Member) -> TypeName {
        var base = type(of: member.target.name)
        // An event stream member holds the stream's events, each a value of its union.
        if shapes[member.target.name]?.isEventStream == true { base = .generic(runtime("EventStream"), [base]) }
        return member.isRequired ? base : base.optional
    }

    /// A member's property name, escaped for use in code.
    func propertyIdentifier(_ member: Member) -> String {
        SwiftNaming.escaped(SwiftNames.property(of: member))
    }

    /// The identifier generated code uses to read and write a member's value (see `SwiftNames.storage(of:)`).
    func storageIdentifier(_ member: Member) -> String {
        SwiftNaming.escaped(SwiftNames.storage(of: member))
    }

    /// Documentation, `nil` when there is none.
    func documentation(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }

    /// A type's documentation with its deprecation as a last paragraph.
    ///
    /// Types are not marked `@available(*, deprecated)`: generated code names them in members,
    /// operations and error lists that are not deprecated, and every such use would be a warning.
    func documentation(_ text: String?, deprecation: Deprecation?) -> String? {
        guard let deprecation else { return documentation(text) }
        let note = deprecation.message.flatMap { $0.isEmpty ? nil : "**Deprecated:** " + $0 } ?? "**Deprecated.**"
        return documentation(text).map { $0 + "\n\n" + note } ?? note
    }

    func attributes(_ deprecation: Deprecation?) -> [Attribute] {
        deprecation.map { [.deprecated(message: $0.message)] } ?? []
    }
}
