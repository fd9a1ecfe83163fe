import Foundation
import ShapegenModel
import ShapegenNames

/// Checks a loaded model's meaning: every name resolves, constraints make sense, and generated
/// Swift names do not collide.
///
/// It reports every problem it finds, each at the place in the file where it was written.
public struct ModelChecker {
    /// Creates a checker.
    public init() {}

    /// All problems in `model`, in file order; an empty result means the model can be generated.
    public func diagnose(_ model: ServiceModel) -> [Diagnostic] {
        var context = CheckContext(model: model)
        context.checkService()
        context.checkShapes()
        context.checkOperations()
        return DiagnosticsError(context.diagnostics).diagnostics
    }

    /// Throws the problems in `model`, if it has any.
    public func check(_ model: ServiceModel) throws(DiagnosticsError) {
        let diagnostics = diagnose(model)
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw DiagnosticsError(diagnostics)
        }
    }

    /// The problem with `name` as a service name, if it has one: it must give a type name and
    /// consist of letters, digits, spaces, `-` and `_`.
    public static func problem(withServiceName name: String) -> String? {
        let isValid =
            !SwiftNaming.upperCamel(name).isEmpty
            && name.unicodeScalars.allSatisfy { scalar in
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
                    || scalar == " "
            }
        return isValid ? nil : "service name '\(name)' must be letters, digits, spaces, '-' or '_'"
    }
}

/// The state of one check: the model, its shapes by name, and the diagnostics so far.
struct CheckContext {
    let model: ServiceModel
    let shapes: [String: Shape]
    var diagnostics: [Diagnostic] = []
    /// Whether each pattern checked so far compiles, by its source.
    var validPatterns: [String: Bool] = [:]

    init(model: ServiceModel) {
        self.init(model: model, shapes: model.shapesByName)
    }

    /// A context for `model` whose shapes by name are already known.
    init(model: ServiceModel, shapes: [String: Shape]) {
        self.model = model
        self.shapes = shapes
    }

    mutating func error(_ message: String, at location: SourceLocation?) {
        diagnostics.append(.error(message, at: location ?? SourceLocation(file: model.sourcePath, line: 1, column: 1)))
    }

    /// The shape a reference names, reporting a dangling one.
    mutating func resolve(_ reference: Reference, what: @autoclosure () -> String) -> Shape? {
        if let shape = shapes[reference.name] { return shape }
        let hint = Self.suggestion(for: reference.name, in: shapes.keys)
        error("\(what()) refers to unknown shape '\(reference.name)'\(hint)", at: reference.location)
        return nil
    }

    static func suggestion(for name: String, in candidates: some Sequence<String>) -> String {
        Suggestion.hint(for: name, in: candidates.sorted())
    }

    mutating func checkService() {
        let service = model.service
        if let problem = ModelChecker.problem(withServiceName: service.name) {
            error(problem, at: service.location)
        } else if SwiftNames.standardTypeNames.contains(SwiftNames.namespace(service)) {
            let namespace = SwiftNames.namespace(service)
            error(
                "service name '\(service.name)' would become the type '\(namespace)', which would hide Swift's own in code that imports the service",
                at: service.location)
        }
        if service.wireProtocol == .json, service.targetPrefix == nil {
            error("a 'json' protocol service needs 'targetPrefix' (the X-Amz-Target prefix)", at: service.location)
        }
        if let version = service.jsonVersion, !["1.0", "1.1"].contains(version) {
            error("'jsonVersion' must be '1.0' or '1.1', found '\(version)'", at: service.location)
        }
    }
}
