import ShapegenModel
import ShapegenSwiftCode

/// The distinct regular expressions of a model, numbered in a stable order, each compiled once at
/// run time in a `static let` of a private enum.
struct PatternTable {
    /// Shape type names never start with an underscore, so this name cannot collide.
    static let enumName = "_Patterns"
    private let sources: [String]
    private let indices: [String: Int]

    init(model: ServiceModel) {
        var sources: Set<String> = []
        for shape in model.shapes {
            if let pattern = shape.constraints.pattern { sources.insert(pattern.source) }
            for member in shape.kind.structure?.members ?? [] {
                if let pattern = member.constraints.pattern { sources.insert(pattern.source) }
            }
            for rule in shape.kind.structure?.conditionalRules ?? [] {
                if let pattern = rule.constraints.pattern { sources.insert(pattern.source) }
            }
        }
        self.sources = sources.sorted()
        self.indices = Dictionary(uniqueKeysWithValues: self.sources.enumerated().map { ($1, $0) })
    }

    var isEmpty: Bool { sources.isEmpty }

    /// `_Patterns.p3`
    func reference(for source: String, context: TranslationContext) -> Expression {
        .id(Self.enumName).dot("p\(indices[source] ?? 0)")
    }

    /// `private enum _Patterns { static let p0 = RegexPattern("…") … }`
    func declaration(context: TranslationContext) -> Declaration {
        let members = sources.enumerated().map { index, source in
            Declaration(
                .property(
                    PropertyDeclaration(
                        access: nil, isStatic: true, isConstant: true, name: "p\(index)",
                        initializer: .id(context.runtime("RegexPattern")).callAsFunction(Argument(.string(source))))))
        }
        return Declaration(
            documentation: "The model's patterns, each compiled once on first use.",
            .type(TypeDeclaration(.enum, access: .private, name: Self.enumName, members: members)))
    }
}
