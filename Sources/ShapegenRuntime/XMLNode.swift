import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An XML element of a response, with its attributes, child elements and text.
///
/// Parsed by the toolchain's `XMLParser` (libxml2). A document with a document type declaration
/// is refused before parsing: AWS never sends one, and refusing it keeps entity expansion
/// (billion laughs) and external entities (file reads) out of reach.
struct XMLNode: Equatable {
    /// Why bytes are not an XML document this client reads.
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    var name: String
    var attributes: [String: String]
    var children: [XMLNode]
    /// The element's own text, concatenated.
    var text: String

    /// The children called `name`, in order.
    func children(named name: String) -> [XMLNode] {
        children.filter { $0.name == name }
    }

    /// The first child called `name`.
    func child(_ name: String) -> XMLNode? {
        children.first { $0.name == name }
    }

    /// The first element called `name`, this one or any below it, depth first.
    func first(named name: String) -> XMLNode? {
        if self.name == name { return self }
        for child in children {
            if let found = child.first(named: name) { return found }
        }
        return nil
    }

    /// The document element of `data`.
    static func parse(_ data: Data) throws(Malformed) -> XMLNode {
        if hasDocumentType(data) {
            throw Malformed(description: "the XML has a document type declaration, which no AWS response has")
        }
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            let reason = parser.parserError.map { String(describing: $0) } ?? "it has no root element"
            throw Malformed(description: "the body is not XML: \(reason)")
        }
        return root
    }

    /// Whether `data` has `<!DOCTYPE` in any case: a document type declaration is where entity
    /// expansion (billion laughs) and external entities start, so it is refused before parsing.
    static func hasDocumentType(_ data: Data) -> Bool {
        let name = Array("DOCTYPE".utf8)
        return data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
            var index = 0
            while index + 1 + name.count < bytes.count {
                if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "!"),
                    name.indices.allSatisfy({ bytes[index + 2 + $0] & 0xDF == name[$0] })
                {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [XMLNode] = []
        var root: XMLNode?

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            stack.append(XMLNode(name: elementName, attributes: attributes, children: [], text: ""))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += string
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += String(decoding: block, as: UTF8.self)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            guard let element = stack.popLast() else { return }
            if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(element) }
        }
    }
}
