import Foundation

extension HTTPRequest {
    /// The percent-encoded path and query the request goes to: the endpoint's own path (if it has
    /// one, e.g. `https://example.com/stage`) followed by ``path``.
    ///
    /// Transports send exactly this and signers sign exactly this.
    public var target: String {
        var base = endpoint.path(percentEncoded: true)
        while base.hasSuffix("/") { base.removeLast() }
        return base + path
    }

    /// The endpoint's scheme, host and port, without a path, e.g. `https://batch.us-east-1.amazonaws.com`.
    var origin: String {
        var text = endpoint.scheme.map { $0 + "://" } ?? ""
        let host = endpoint.host(percentEncoded: true) ?? ""
        text += host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        if let port = endpoint.port { text += ":\(port)" }
        return text
    }

    /// The full URL: the endpoint's scheme, host and port, then ``target``; `nil` when they do not
    /// form a valid URL.
    public var url: URL? {
        URL(string: origin + target)
    }
}
