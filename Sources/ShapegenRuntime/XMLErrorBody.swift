import Foundation

/// The code, message and request ID of an XML error body, the form AWS front ends (and moto's
/// signature checks) use even for JSON services:
/// `<ErrorResponse><Error><Code>SignatureDoesNotMatch</Code><Message>…</Message></Error>…`.
///
/// Only the first `Code`, `Message` and `RequestId` (or `RequestID`) elements are read; nothing
/// else of the document is interpreted.
struct XMLErrorBody: Sendable, Hashable {
    var code: String?
    var message: String?
    var requestID: String?

    /// Reads `body`; `nil` unless it is XML with at least a code or a message.
    init?(_ body: Data) {
        let text = String(decoding: body, as: UTF8.self)
        guard text.drop(while: \.isWhitespace).hasPrefix("<") else { return nil }
        code = Self.element("Code", in: text)
        message = Self.element("Message", in: text)
        requestID = Self.element("RequestId", in: text) ?? Self.element("RequestID", in: text)
        if code == nil, message == nil { return nil }
    }

    /// The unescaped text of the first `<name>…</name>`.
    private static func element(_ name: String, in text: String) -> String? {
        guard let open = text.range(of: "<\(name)>"),
            let close = text.range(of: "</\(name)>", range: open.upperBound..<text.endIndex)
        else { return nil }
        return unescaped(text[open.upperBound..<close.lowerBound])
    }

    private static func unescaped(_ text: Substring) -> String {
        var result = String(text)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&")] {
            result = result.replacingOccurrences(of: entity, with: character)
        }
        return result
    }
}
