@testable import ShapegenLoader

/// A composed tree as text, every node's position, style and value in it, to compare trees whole.
enum YAMLTreeDescription {
    static func of(_ value: YAMLValue?) -> String {
        guard let value else { return "nil" }
        let position = "\(value.position.line):\(value.position.column)"
        switch value.expanded {
        case .scalar(let scalar): return "\(position) \(scalar.style) \(String(reflecting: scalar.string))"
        case .sequence(let elements, _): return "\(position) [" + elements.map { of($0) }.joined(separator: ", ") + "]"
        case .mapping(let pairs, _):
            return "\(position) {" + pairs.map { of($0.key) + ": " + of($0.value) }.joined(separator: ", ") + "}"
        case .alias: return "\(position) alias"
        case .composed: return "never: expanded"
        }
    }
}
