import Yams

/// A composed YAML node as the model reader sees it: the value and where it starts, whichever
/// parser composed it (``YAMLSubsetParser`` for the usual model, Yams for everything else).
enum YAMLValue {
    case scalar(YAMLScalar)
    case mapping([YAMLPair], YAMLPosition)
    case sequence([YAMLValue], YAMLPosition)
    /// An alias Yams left unresolved (composing resolves them; kept so that none is lost).
    case alias(YAMLPosition)
    /// A node Yams composed, taken apart one level at a time by ``expanded``: a YAML alias
    /// shares one node among many places, so a few lines of anchors can stand for billions of
    /// values, which must not all be made.
    case composed(Node)

    /// Where the node starts.
    var position: YAMLPosition {
        switch self {
        case .scalar(let scalar): scalar.position
        case .mapping(_, let position), .sequence(_, let position), .alias(let position): position
        case .composed(let node): YAMLPosition(node.mark)
        }
    }

    /// The node with its own level taken apart (never ``composed(_:)``); its children may still be.
    var expanded: YAMLValue {
        guard case .composed(let node) = self else { return self }
        switch node {
        case .scalar(let scalar):
            return .scalar(
                YAMLScalar(scalar.string, style: YAMLScalar.Style(scalar.style), at: YAMLPosition(scalar.mark)))
        case .mapping(let mapping):
            return .mapping(
                mapping.map { YAMLPair(key: .composed($0.key), value: .composed($0.value)) }, YAMLPosition(mapping.mark)
            )
        case .sequence(let sequence):
            return .sequence(sequence.map(YAMLValue.composed), YAMLPosition(sequence.mark))
        case .alias(let alias):
            return .alias(YAMLPosition(alias.mark))
        }
    }
}

/// One entry of a YAML mapping.
struct YAMLPair {
    let key: YAMLValue
    let value: YAMLValue
}

/// A scalar: its text after escapes and line folding, how it was written, and where.
struct YAMLScalar {
    /// How a scalar was written.
    enum Style {
        case plain, singleQuoted, doubleQuoted, literal, folded

        init(_ style: Node.Scalar.Style) {
            switch style {
            case .any, .plain: self = .plain
            case .singleQuoted: self = .singleQuoted
            case .doubleQuoted: self = .doubleQuoted
            case .literal: self = .literal
            case .folded: self = .folded
            }
        }
    }

    let string: String
    let style: Style
    let position: YAMLPosition

    init(_ string: String, style: Style, at position: YAMLPosition) {
        self.string = string
        self.style = style
        self.position = position
    }

    /// Whether the scalar was written without quotes or block indicators, as `true` and `12` are.
    var isPlain: Bool { style == .plain }
}

/// A 1-based line and column (in characters) in a YAML file.
struct YAMLPosition: Equatable {
    let line: Int32
    let column: Int32

    init(line: Int, column: Int) {
        self.line = Int32(clamping: line)
        self.column = Int32(clamping: column)
    }

    /// Yams's mark, or the file's start when it has none.
    init(_ mark: Mark?) {
        self.init(line: mark?.line ?? 1, column: mark?.column ?? 1)
    }
}
