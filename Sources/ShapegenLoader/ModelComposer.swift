import Foundation
import ShapegenModel
import ShapegenUtilities
import Yams

/// Composes a model file's YAML into a node tree: with ``YAMLSubsetParser`` when the file keeps to
/// the YAML models are usually written in, otherwise with Yams, its `shapes:` section on all cores.
///
/// Yams composes a document on one thread, and nearly all of a model is its `shapes:` mapping,
/// whose entries each start on a line of their own. When a file has the usual layout (`shapes:`
/// the last top-level key, its entries in block style below it), it is cut at entry starts into
/// parts of about equal size that are composed concurrently: the first from the start of the
/// file, each other one as `shapes:` and the part behind blank lines, so that it nests as deep
/// and its marks have the lines of the file.
///
/// Cutting can never change what a file means: a cut inside a quoted scalar or a flow
/// collection leaves the part before it unterminated, and block scalars and plain scalars end
/// at a line indented like an entry. Any error in a part, or a key written in two parts, composes
/// the whole file again the plain way, so every error is Yams's own.
enum ModelComposer {
    /// Files smaller than this are composed the plain way: cutting them gains nothing.
    static let minimumSizeToCut = 64 * 1024

    /// The file's root node, or `nil` for an empty file.
    static func compose(_ yaml: String) throws -> YAMLValue? {
        if let root = YAMLSubsetParser.parse(yaml) { return root }
        return try composeWithYams(yaml).map(YAMLValue.composed)
    }

    /// The file's root node as Yams composes it, or `nil` for an empty file.
    static func composeWithYams(_ yaml: String) throws -> Node? {
        if let root = composeInParts(yaml) { return root }
        return try Yams.compose(yaml: yaml, .basic)
    }

    /// The root composed in parts, or `nil` when the file does not have the usual layout or a part
    /// does not compose on its own.
    static func composeInParts(_ yaml: String) -> Node? {
        let partCount = ProcessInfo.processInfo.activeProcessorCount
        guard partCount > 1, yaml.utf8.count >= minimumSizeToCut else { return nil }
        let texts = yaml.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            guard let cuts = SectionLayout.cuts(of: bytes, parts: partCount) else { return nil }
            let first = String(decoding: bytes[..<cuts[0].offset], as: UTF8.self)
            return [first]
                + zip(cuts, cuts.dropFirst()).map { start, end in
                    String(repeating: "\n", count: start.line - 2) + "shapes:\n"
                        + String(decoding: bytes[start.offset..<end.offset], as: UTF8.self)
                }
        }
        guard let texts = texts ?? nil else { return nil }
        let composed = texts.concurrentMap { text in try? Yams.compose(yaml: text, .basic) }
        guard case .mapping(let root)? = composed[0] else { return nil }
        var rootEntries = root.map { ($0.key, $0.value) }
        guard let last = rootEntries.last, case .scalar(let key) = last.0, key.string == "shapes",
            case .mapping(let firstPart) = last.1
        else { return nil }
        var entries = firstPart.map { ($0.key, $0.value) }
        for node in composed.dropFirst() {
            guard case .mapping(let wrapper)? = node, wrapper.count == 1,
                case .mapping(let part)? = wrapper.first?.value
            else {
                return nil
            }
            entries += part.map { ($0.key, $0.value) }
        }
        // Yams rejects a key written twice in one part; between parts it is checked here.
        guard Set(entries.map(\.0)).count == entries.count else { return nil }
        rootEntries[rootEntries.count - 1].1 = .mapping(
            Node.Mapping(entries, firstPart.tag, firstPart.style, firstPart.mark))
        return .mapping(Node.Mapping(rootEntries, root.tag, root.style, root.mark, root.anchor))
    }
}

/// Where a file's `shapes:` section is and where it may be cut.
private enum SectionLayout {
    /// Where a part starts: its byte offset and its 1-based line.
    struct Cut {
        let offset: Int
        let line: Int
    }

    /// Where the parts after the first start, then the end of the file, if the file has the usual
    /// layout: a line `shapes:` at the left margin, then only indented lines, comments and blank
    /// lines, the first of them an entry, and all line breaks `\n` (YAML counts other breaks as
    /// lines too). The cuts are at entry starts, about `parts` parts of the file apart.
    static func cuts(of bytes: UnsafeBufferPointer<UInt8>, parts: Int) -> [Cut]? {
        var isInSection = false
        var entryIndent: Int?
        var cuts: [Cut] = []
        var line = 1
        var offset = 0
        while offset < bytes.count {
            var end = offset
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") {
                // Carriage returns, NEL, LS and PS break lines for YAML: lines would not count alike.
                if bytes[end] == UInt8(ascii: "\r")
                    || bytes[end] == 0xC2 && end + 1 < bytes.count && bytes[end + 1] == 0x85
                    || bytes[end] == 0xE2 && end + 2 < bytes.count && bytes[end + 1] == 0x80
                        && (bytes[end + 2] & 0xFE) == 0xA8
                {
                    return nil
                }
                end += 1
            }
            let text = bytes[offset..<end]
            var indent = 0
            while indent < text.count, text[offset + indent] == UInt8(ascii: " ") { indent += 1 }
            let isContent = indent < text.count && text[offset + indent] != UInt8(ascii: "#")
            if !isInSection {
                isInSection = isShapesKey(text)
            } else if isContent {
                guard indent > 0 else { return nil }
                let first = text[offset + indent]
                let isKeyStart =
                    first == UInt8(ascii: "_") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first | 0x20)
                if let entryIndent {
                    let target = bytes.count * (cuts.count + 1) / parts
                    if indent == entryIndent, isKeyStart, offset >= target, cuts.count < parts - 1 {
                        cuts.append(Cut(offset: offset, line: line))
                    }
                } else {
                    // The section must start with an entry, which the first part holds.
                    guard isKeyStart else { return nil }
                    entryIndent = indent
                }
            }
            offset = end + 1
            line += 1
        }
        guard !cuts.isEmpty else { return nil }
        return cuts + [Cut(offset: bytes.count, line: line)]
    }

    /// Whether `line` is `shapes:`, perhaps with trailing spaces.
    private static func isShapesKey(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard line.count >= shapesKey.count, line.prefix(shapesKey.count).elementsEqual(shapesKey) else { return false }
        return line.dropFirst(shapesKey.count).allSatisfy { $0 == UInt8(ascii: " ") }
    }

    private static let shapesKey = Array("shapes:".utf8)
}
