import ShapegenChecker
import ShapegenLoader
import ShapegenSwiftCode
import ShapegenTranslator
import Testing

/// The structured Swift of a small model given as YAML, by file name: loaded, checked and
/// translated, but not rendered.
func translate(_ yaml: String) throws -> [String: SwiftFile] {
    let model = try ModelLoader().load(yaml: yaml, path: "snippet.yaml")
    try ModelChecker().check(model)
    let files = Translator(options: TranslatorOptions(sourceName: "snippet.yaml")).translate(model)
    return Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0) })
}

extension SwiftFile {
    /// The type or extension named `name`, at the top level or inside an extension (the namespace).
    func type(_ name: String) throws -> TypeDeclaration {
        let types = declarations.compactMap(\.typeDeclaration)
        let candidates = types + types.filter { $0.kind == .extension }.flatMap(\.nestedTypes)
        return try #require(candidates.first { $0.name == name }, "\(self.name) declares no type \(name)")
    }
}

extension Declaration {
    /// The type this declares, if it is one.
    var typeDeclaration: TypeDeclaration? {
        if case .type(let type) = kind { type } else { nil }
    }

    /// The property this declares, if it is one.
    var property: PropertyDeclaration? {
        if case .property(let property) = kind { property } else { nil }
    }

    /// The function or initializer this declares, if it is one.
    var function: FunctionDeclaration? {
        if case .function(let function) = kind { function } else { nil }
    }

    /// The enum case this declares, if it is one.
    var enumCase: EnumCaseDeclaration? {
        if case .enumCase(let enumCase) = kind { enumCase } else { nil }
    }
}

extension TypeDeclaration {
    /// The member types, such as `CodingKeys`.
    var nestedTypes: [TypeDeclaration] { members.compactMap(\.typeDeclaration) }
    /// The properties that are not `static`, in order.
    var instanceProperties: [PropertyDeclaration] { members.compactMap(\.property).filter { !$0.isStatic } }
    /// The functions and initializers, in order.
    var functions: [FunctionDeclaration] { members.compactMap(\.function) }
    /// The enum cases, in order.
    var cases: [EnumCaseDeclaration] { members.compactMap(\.enumCase) }

    /// The member declaration whose property, function, case or type is named `name`.
    func member(_ name: String) throws -> Declaration {
        let found = members.first { member in
            member.property?.name == name || member.function?.kind == .function(name: name)
                || member.enumCase?.name == name || member.typeDeclaration?.name == name
        }
        return try #require(found, "\(self.name) has no member \(name)")
    }

    /// The member type named `name`.
    func nestedType(_ name: String) throws -> TypeDeclaration {
        try #require(try member(name).typeDeclaration, "\(self.name).\(name) is not a type")
    }

    /// The property named `name`.
    func property(_ name: String) throws -> PropertyDeclaration {
        try #require(try member(name).property, "\(self.name).\(name) is not a property")
    }

    /// The function named `name`.
    func function(_ name: String) throws -> FunctionDeclaration {
        try #require(try member(name).function, "\(self.name).\(name) is not a function")
    }

    /// The initializer whose first argument label is `label` (`nil` for the memberwise one, whose
    /// parameters use their names).
    func initializer(label: String?) throws -> FunctionDeclaration {
        let found = functions.first { $0.kind == .initializer && $0.parameters.first?.label == label }
        return try #require(found, "\(self.name) has no initializer with the label \(label ?? "nil")")
    }
}
