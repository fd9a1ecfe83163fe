import Foundation
import ShapegenModel
import ShapegenUtilities
import Yams

/// Reads a YAML model file into a ``ServiceModel``, recording where every element was written.
///
/// Loading checks the form of the file (keys, value kinds); ``ShapegenChecker`` checks meaning.
/// All problems are reported together in a ``DiagnosticsError``.
public struct ModelLoader {
    /// The format version this loader reads.
    public static let formatVersion = 1

    /// Creates a loader.
    public init() {}

    /// Loads the model at `path`.
    public func load(contentsOf path: String) throws(DiagnosticsError) -> ServiceModel {
        let contents: FileBytes.Contents
        do {
            contents = try FileBytes.read(path, limit: ModelLimits.maxFileSize)
        } catch {
            throw DiagnosticsError([.error("cannot read model file '\(path)': \(error.reason)", at: nil)])
        }
        switch contents {
        case .missing: throw DiagnosticsError([.error("no such model file: '\(path)'", at: nil)])
        case .tooLarge(let size): throw Self.tooLarge(size, path: path)
        case .bytes(let bytes): return try load(yaml: Self.text(ofUTF8: bytes, path: path), path: path)
        }
    }

    /// Loads a model from the bytes of a file named `path`.
    public func load(data: Data, path: String) throws(DiagnosticsError) -> ServiceModel {
        guard data.count <= ModelLimits.maxFileSize else { throw Self.tooLarge(data.count, path: path) }
        return try load(yaml: Self.text(ofUTF8: data, path: path), path: path)
    }

    /// The text of a model file's bytes without a leading byte order mark, as
    /// `String(data:encoding: .utf8)` gives it; a located error if they are not UTF-8.
    static func text(ofUTF8 bytes: some Collection<UInt8>, path: String) throws(DiagnosticsError) -> String {
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        let body = bytes.starts(with: byteOrderMark) ? bytes.dropFirst(byteOrderMark.count) : bytes[...]
        guard let text = String(validating: body, as: UTF8.self) else {
            throw DiagnosticsError([
                .error("model file is not valid UTF-8", at: Self.firstInvalidUTF8(in: bytes, file: path))
            ])
        }
        return text
    }

    /// Loads a model from YAML text, naming `path` in diagnostics.
    public func load(yaml: String, path: String) throws(DiagnosticsError) -> ServiceModel {
        let root: YAMLValue
        do {
            guard let node = try ModelComposer.compose(yaml) else {
                throw DiagnosticsError([
                    .error("model file is empty", at: SourceLocation(file: path, line: 1, column: 1))
                ])
            }
            root = node
        } catch let error as DiagnosticsError {
            throw error
        } catch {
            throw DiagnosticsError([Self.diagnostic(forYAMLError: error, file: path)])
        }
        var reader = ModelReader(file: path)
        let model = reader.read(YAMLNode(node: root, file: path))
        BackgroundRelease.release(consume root)
        guard let model, reader.diagnostics.isEmpty else {
            throw DiagnosticsError(reader.diagnostics)
        }
        return model
    }

    static func tooLarge(_ size: Int, path: String) -> DiagnosticsError {
        DiagnosticsError([
            .error(
                "model file is \(size) bytes; models are at most \(ModelLimits.maxFileSize) bytes (64 MiB)",
                at: SourceLocation(file: path, line: 1, column: 1))
        ])
    }

    static func reason(_ error: any Error) -> String {
        (error as NSError).localizedDescription
    }

    /// Translates a Yams parse error into a located diagnostic.
    static func diagnostic(forYAMLError error: any Error, file: String) -> Diagnostic {
        guard let yamlError = error as? YamlError else {
            return .error("invalid YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            // For a delimited construct (a quoted scalar, a flow sequence or mapping) the context
            // mark is its opening, where the fix goes; for block structure the problem mark is the
            // misplaced line itself.
            if problem.hasPrefix("Maximum nesting level reached") {
                return .error(
                    "lists and mappings nest deeper than \(ModelLimits.maxNesting) levels, the limit",
                    at: SourceLocation(file: file, line: mark.line, column: mark.column))
            }
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            let isDelimited = context.map { $0.text.contains("quoted") || $0.text.contains("flow") } ?? false
            let place = isDelimited ? context?.mark ?? mark : mark
            return .error(
                "invalid YAML: \(detail)", at: SourceLocation(file: file, line: place.line, column: place.column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return .error(
                "key \(keys) is written more than once in this mapping",
                at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column))
        case .reader(let problem, _, _, _):
            return .error("invalid YAML: \(problem)", at: SourceLocation(file: file, line: 1, column: 1))
        default:
            return .error("invalid YAML: \(yamlError)", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    /// The line and column of the first byte that is not valid UTF-8.
    static func firstInvalidUTF8(in data: some Collection<UInt8>, file: String) -> SourceLocation {
        var line = 1
        var column = 1
        var iterator = data.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput, .error:
                return SourceLocation(file: file, line: line, column: column)
            }
        }
    }
}
