extension HTTPRequest: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Header fields whose values are credentials and never shown: `Authorization`,
    /// `X-Amz-Security-Token`, `Cookie`, `Proxy-Authorization`.
    public static let redactedHeaders: Set<String> = [
        "authorization", "x-amz-security-token", "cookie", "proxy-authorization",
    ]

    /// The header fields as they may be shown: credentials replaced by `<redacted>`.
    public var displayedHeaders: [HTTPField] {
        headers.map { field in
            Self.redactedHeaders.contains(field.name.lowercased()) ? HTTPField(field.name, "<redacted>") : field
        }
    }

    /// Method, target, headers (credentials redacted) and body size, e.g.
    /// `POST /v1/listjobs [Content-Type: application/json, Authorization: <redacted>] 42 bytes`.
    public var description: String {
        let fields = displayedHeaders.map { "\($0.name): \($0.value)" }.joined(separator: ", ")
        return "\(method) \(endpoint.absoluteString) \(path) [\(fields)] \(body.count) bytes"
    }

    /// The same as ``description``.
    public var debugDescription: String { description }

    /// A mirror with credentials redacted, for `dump` and debuggers.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "method": method, "endpoint": endpoint, "path": path, "headers": displayedHeaders, "body": body,
            ],
            displayStyle: .struct)
    }
}
