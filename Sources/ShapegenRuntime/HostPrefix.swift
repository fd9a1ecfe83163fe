import Foundation

/// An operation's host prefix (`data-`, `{graphIdentifier}.`) put in front of an endpoint's host,
/// as botocore does: each `{label}` is the value of the input's host-label member of that name,
/// and must be letters, digits, hyphens and periods.
struct HostPrefix {
    let template: String
    let labels: [String: String]

    /// `endpoint` with the expanded prefix in front of its host.
    func prefixing(_ endpoint: URL, operation: String) throws(ClientError) -> URL {
        let prefix = try expanded(operation: operation)
        guard var components = URLComponents(url: endpoint, resolvingAgainstBaseURL: false), let host = components.host,
            !host.isEmpty
        else {
            throw ClientError.invalidRequest(
                operation: operation, reason: "the endpoint \(endpoint) has no host to put '\(prefix)' in front of")
        }
        components.host = prefix + host
        guard let url = components.url else {
            throw ClientError.invalidRequest(operation: operation, reason: "'\(prefix)\(host)' is not a valid host")
        }
        return url
    }

    /// The template with every label replaced by its value.
    private func expanded(operation: String) throws(ClientError) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            guard let value = labels[name] else {
                throw ClientError.invalidRequest(operation: operation, reason: "no value for the host label '\(name)'")
            }
            guard !value.isEmpty, value.utf8.allSatisfy(Self.isHostCharacter) else {
                throw ClientError.invalidRequest(
                    operation: operation,
                    reason: "the host label '\(name)' must be letters, digits, hyphens and periods, got \"\(value)\"")
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    private static func isHostCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "."):
            true
        default: false
        }
    }
}
