import Foundation

/// The code, message and request ID of an XML error body, the form AWS front ends (and moto's
/// signature checks) use even for JSON services, and the XML protocols always:
/// `<ErrorResponse><Error><Code>SignatureDoesNotMatch</Code><Message>…</Message></Error>…`.
///
/// The first `Code`, `Message` and `RequestId` (or `RequestID`) elements of the document are read.
struct XMLErrorBody: Sendable, Hashable {
    var code: String?
    var message: String?
    var requestID: String?

    /// Reads `body`; `nil` unless it is an XML document with at least a code or a message.
    init?(_ body: Data) {
        guard body.first(where: { !(Character(UnicodeScalar($0)).isWhitespace) }) == UInt8(ascii: "<"),
            let root = try? XMLNode.parse(body)
        else { return nil }
        code = root.first(named: "Code")?.text
        message = root.first(named: "Message")?.text
        requestID = (root.first(named: "RequestId") ?? root.first(named: "RequestID"))?.text
        if code == nil, message == nil { return nil }
    }
}
