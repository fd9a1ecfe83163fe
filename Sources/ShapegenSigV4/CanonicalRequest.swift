import Foundation
import HTTPTypes
import ShapegenRuntime

/// The canonical form of a request that SigV4 hashes and signs, built with the same rules as
/// botocore's `SigV4Auth`.
struct CanonicalRequest: Sendable {
    /// Headers that proxies or HTTP clients may change, so they are never signed (botocore's list).
    static let unsignedHeaders: Set<String> = [
        "connection", "expect", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
        "transfer-encoding", "upgrade", "user-agent", "x-amzn-trace-id",
    ]

    /// The upper-cased method.
    var method: String
    /// The path with dot segments and empty segments removed, URI-encoded (so already encoded
    /// characters are encoded again, as AWS services other than S3 expect); for S3, the path as sent.
    var uri: String
    /// The query's parameters, each name and value URI-encoded, sorted by name and then value.
    var query: String
    /// Lower-cased names and whitespace-collapsed values, sorted by name; repeated fields joined by commas.
    var headers: [(name: String, value: String)]
    /// The hex SHA-256 of the body (or the `X-Amz-Content-SHA256` value).
    var payloadHash: String

    /// The names in ``headers``, joined by semicolons.
    var signedHeaders: String { headers.map(\.name).joined(separator: ";") }

    /// The text that is hashed.
    var text: String {
        let headerLines = headers.map { "\($0.name):\($0.value)\n" }.joined()
        return [method, uri, query, headerLines, signedHeaders, payloadHash].joined(separator: "\n")
    }

    /// The canonical form of `request`, whose body hashes to `payloadHash`; `normalizesPath` is
    /// false for S3, which signs the path exactly as sent.
    init(_ request: HTTPRequest, payloadHash: String, normalizesPath: Bool = true) {
        var target = Substring(request.path ?? "")
        if let hash = target.firstIndex(of: "#") { target = target[..<hash] }
        var queryText: Substring = ""
        if let question = target.firstIndex(of: "?") {
            queryText = target[target.index(after: question)...]
            target = target[..<question]
        }
        method = request.method.rawValue.uppercased()
        uri = normalizesPath ? Self.canonicalURI(target) : (target.isEmpty ? "/" : String(target))
        query = Self.canonicalQuery(queryText)
        headers = Self.canonicalHeaders(request)
        self.payloadHash = payloadHash
    }

    /// `/a//./b/../c` → `/a/c`, then URI-encoded with `/` kept.
    static func canonicalURI(_ path: Substring) -> String {
        guard !path.isEmpty else { return "/" }
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) where segment != "." {
            if segment == ".." {
                _ = segments.popLast()
            } else {
                segments.append(segment)
            }
        }
        var normalized = path.hasPrefix("/") ? "/" : ""
        normalized += segments.joined(separator: "/")
        if path.hasSuffix("/"), !segments.isEmpty { normalized += "/" }
        return URIEncoding.encode(normalized.utf8, alsoAllowed: [UInt8(ascii: "/")])
    }

    /// `b=2&a=x y&a=1` → `a=1&a=x%20y&b=2`: each name and value decoded and encoded again, so the
    /// result is the same however the query was encoded.
    static func canonicalQuery(_ query: Substring) -> String {
        guard !query.isEmpty else { return "" }
        let pairs = query.split(separator: "&", omittingEmptySubsequences: false).map { pair -> (String, String) in
            let equals = pair.firstIndex(of: "=")
            let name = equals.map { pair[..<$0] } ?? pair
            let value = equals.map { pair[pair.index(after: $0)...] } ?? ""
            return (URIEncoding.encode(URIEncoding.decode(name)), URIEncoding.encode(URIEncoding.decode(value)))
        }
        return pairs.sorted { left, right in
            left.0 == right.0
                ? left.1.utf8.lexicographicallyPrecedes(right.1.utf8)
                : left.0.utf8.lexicographicallyPrecedes(right.0.utf8)
        }
        .map { "\($0.0)=\($0.1)" }
        .joined(separator: "&")
    }

    /// The signed headers of `request`, plus `host` from the authority unless the request sets one.
    static func canonicalHeaders(_ request: HTTPRequest) -> [(name: String, value: String)] {
        var values: [String: [String]] = [:]
        for field in request.headerFields {
            let name = field.name.canonicalName
            guard !unsignedHeaders.contains(name) else { continue }
            values[name, default: []].append(collapsingWhitespace(field.value))
        }
        if values["host"] == nil { values["host"] = [host(scheme: request.scheme, authority: request.authority)] }
        return values.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { name in
            (name, values[name, default: []].joined(separator: ","))
        }
    }

    /// The `Host` an HTTP client sends for a request's authority: lower-cased, without the port when
    /// it is the scheme's default (`:443` for `https`, `:80` for `http`).
    static func host(scheme: String?, authority: String?) -> String {
        let host = (authority ?? "").lowercased()
        let defaultPort = ["http": ":80", "https": ":443"][scheme?.lowercased() ?? ""]
        // The port follows the last colon, unless that colon is inside an IPv6 literal's brackets.
        if let defaultPort, host.hasSuffix(defaultPort), !host.hasSuffix("]") {
            let rest = host.dropLast(defaultPort.count)
            if !rest.isEmpty, rest.hasSuffix("]") || !rest.contains(":") { return String(rest) }
        }
        return host
    }

    /// Leading and trailing whitespace removed, inner runs of whitespace made one space.
    static func collapsingWhitespace(_ value: String) -> String {
        value.unicodeScalars.split(whereSeparator: { [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"].contains($0) })
            .map { String(String.UnicodeScalarView($0)) }
            .joined(separator: " ")
    }
}
