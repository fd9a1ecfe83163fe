import Foundation
import HTTPTypes

/// Encodes a structure's members in the `encode(to:)` that generated code writes for rest-json
/// inputs with members bound to HTTP.
///
/// When the client encodes an operation's input, members bound to the URI, query string, headers
/// or payload go there and only the others into the JSON body. Anywhere else (a plain
/// `JSONEncoder`, or the structure nested in another) every member is encoded under its key, as
/// the synthesized conformance would, so the value round-trips through `Codable`.
public struct HTTPMemberEncoder {
    private var container: KeyedEncodingContainer<MemberKey>
    private let request: RequestBindings?

    /// The container of the members that go into the JSON body.
    var bodyContainer: KeyedEncodingContainer<MemberKey> {
        get { container }
        set { container = newValue }
    }

    /// Starts encoding into `encoder`.
    public init(_ encoder: any Encoder) {
        container = encoder.container(keyedBy: MemberKey.self)
        request = encoder.codingPath.isEmpty ? RequestBindings.attached(to: encoder.userInfo) : nil
    }

    /// Encodes a body member, leaving it out when it is `nil`.
    public mutating func encodeOptionalMember<Value: Encodable>(_ value: Value?, _ name: String) throws {
        try container.encodeIfPresent(value, forKey: MemberKey(name))
    }

    /// Encodes a body member.
    public mutating func encodeRequiredMember<Value: Encodable>(_ value: Value, _ name: String) throws {
        try container.encode(value, forKey: MemberKey(name))
    }

    /// Encodes a member bound to `location` under `name`: the label, query key or header name.
    ///
    /// `format` overrides how timestamps are written (by default RFC 822 in headers, ISO 8601
    /// elsewhere) or marks a string holding JSON. A status code is not part of a request: such a
    /// member is only encoded outside a request.
    public mutating func encodeMember<Value: HTTPBindingValue>(
        _ value: Value?, _ name: String, at location: HTTPMemberLocation, format: HTTPValueFormat? = nil
    ) throws {
        guard let request else { return try container.encodeIfPresent(value, forKey: MemberKey(name)) }
        guard let value else { return }
        request.add(value, name, at: location, format: format ?? location.defaultFormat)
    }

    /// Encodes a map bound to the query string (one parameter per entry, a list value repeating
    /// the key) or to headers (`headers`: one header per entry, named `name` followed by its key).
    public mutating func encodeMapMember<Value: HTTPBindingValue>(
        _ value: [String: Value]?, _ name: String, at location: HTTPMemberLocation
    ) throws {
        guard let request else { return try container.encodeIfPresent(value, forKey: MemberKey(name)) }
        guard let value else { return }
        for key in value.keys.sorted() {
            guard let element = value[key] else { continue }
            switch location {
            case .querystring: request.addQueryMapEntry(element, key, format: location.defaultFormat)
            case .header, .headers: request.add(element, name + key, at: .header, format: location.defaultFormat)
            case .uri, .statusCode: continue
            }
        }
    }

    /// Encodes the payload member, which is the whole body: a structure as its JSON (rest-xml: as
    /// the XML element `xmlRoot`), a blob as its bytes, a string or an enum's raw value as UTF-8.
    public mutating func encodePayload<Value: Encodable>(_ value: Value?, _ name: String, xmlRoot: XMLRoot? = nil)
        throws
    {
        guard let request else { return try container.encodeIfPresent(value, forKey: MemberKey(name)) }
        request.setPayload(try RequestBindings.Payload(value, xmlRoot: xmlRoot))
    }
}

/// What the members bound to HTTP put into one request, collected while its input is encoded.
///
/// One is made per request and read only after encoding has finished; the lock makes the
/// `Sendable` that `userInfo` requires true rather than assumed.
final class RequestBindings: @unchecked Sendable {
    /// The whole body that a payload member makes.
    enum Payload {
        /// Bytes with the content type they are sent with.
        case body(Data, contentType: String)
        /// A blob or string payload that is `nil`: no body.
        case empty

        init<Value: Encodable>(_ value: Value?, xmlRoot: XMLRoot?) throws {
            switch value {
            case let data as Data: self = .body(data, contentType: "application/octet-stream")
            case let text as String: self = .body(Data(text.utf8), contentType: "text/plain")
            case let value as any ShapeEnum: self = .body(Data(value.rawValue.utf8), contentType: "text/plain")
            case .some(let value):
                let json = try JSONCoding.encoder.encode(value)
                if let xmlRoot, let type = Value.self as? any WireStructure.Type {
                    let object = (try? JSONSerialization.jsonObject(with: json)) as? [String: Any] ?? [:]
                    self = .body(
                        XMLEncoding.document(object, members: type.wireMembers, root: xmlRoot),
                        contentType: "application/xml")
                } else {
                    self = .body(json, contentType: "application/json")
                }
            case nil:
                // botocore sends `{}` for a rest-json structure payload that is not set, nothing for
                // a blob, a string or a rest-xml structure.
                self =
                    Value.self == Data.self || Value.self == String.self || xmlRoot != nil
                    ? .empty : .body(Data("{}".utf8), contentType: "application/json")
            }
        }
    }

    private static let key = CodingUserInfoKey(rawValue: "ShapegenRuntime.RequestBindings")

    private let lock = NSLock()
    private var labels: [String: String] = [:]
    private var query: [(name: String, value: String)] = []
    /// Query parameters from a map member, which a named query member of the same name overrides.
    private var queryMapEntries: [(name: String, value: String)] = []
    /// Header fields by the name the model (or a header map's key) gives, in the order members are encoded.
    private var headers: [(name: String, value: String)] = []
    private var payload: Payload?

    /// The bindings in `userInfo`, if an encoder was given some.
    static func attached(to userInfo: [CodingUserInfoKey: Any]) -> RequestBindings? {
        key.flatMap { userInfo[$0] } as? RequestBindings
    }

    /// Encodes `input` as JSON, collecting its bound members here.
    func encode<Input: Encodable>(_ input: Input) throws -> Data {
        let encoder = JSONCoding.encoder
        if let key = Self.key { encoder.userInfo[key] = self }
        return try encoder.encode(input)
    }

    func add(_ value: some HTTPBindingValue, _ name: String, at location: HTTPMemberLocation, format: HTTPValueFormat) {
        lock.withLock {
            switch location {
            case .uri: labels[name] = value.httpTexts(format: format).joined(separator: ",")
            case .querystring: query += value.httpTexts(format: format).map { (name, $0) }
            case .header, .headers:
                // botocore leaves out a header for an empty list.
                guard !value.httpTexts(format: format).isEmpty else { return }
                headers.append((name, value.headerText(format: format)))
            case .statusCode: return
            }
        }
    }

    func addQueryMapEntry(_ value: some HTTPBindingValue, _ name: String, format: HTTPValueFormat) {
        lock.withLock { queryMapEntries += value.httpTexts(format: format).map { (name, $0) } }
    }

    func setPayload(_ payload: Payload) {
        lock.withLock { self.payload = payload }
    }

    /// The request: the URI template with its labels filled and the query appended, the headers,
    /// and the body (the payload, or `json` when the input has body members, or none).
    ///
    /// - Throws: ``ClientError/invalidRequest(operation:reason:)`` for a label without a value or
    ///   with an empty one, for a header name that is not an HTTP field name, and for a header
    ///   whose name or value holds CR or LF.
    func request(
        for operation: OperationDescription, endpoint: URL, json: Data,
        body bodyOfMembers: (Data) -> (data: Data, contentType: String?) = {
            ($0, "application/json")
        }
    ) throws(ClientError) -> RequestMessage {
        let (labels, named, mapped, headers, payload) = lock.withLock {
            (self.labels, self.query, self.queryMapEntries, self.headers, self.payload)
        }
        // A parameter a member names takes precedence over a map entry of the same name (Smithy's `httpQueryParams`).
        let namedKeys = Set(named.map(\.name))
        let query = named + mapped.filter { !namedKeys.contains($0.name) }
        func invalid(_ reason: String) -> ClientError { .invalidRequest(operation: operation.name, reason: reason) }
        var path = ""
        var rest = Substring(operation.uri)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            path += rest[..<open]
            var label = rest[rest.index(after: open)..<close]
            let isGreedy = label.hasSuffix("+")
            if isGreedy { label = label.dropLast() }
            guard let value = labels[String(label)] else { throw invalid("URI label '\(label)' has no value") }
            guard !value.isEmpty else { throw invalid("URI label '\(label)' is empty") }
            path += PercentEncoding.encode(value, keepingSlashes: isGreedy)
            rest = rest[rest.index(after: close)...]
        }
        path += rest
        if !query.isEmpty {
            path += path.contains("?") ? "&" : "?"
            path += query.map { PercentEncoding.encode($0.name) + "=" + PercentEncoding.encode($0.value) }.joined(
                separator: "&")
        }
        var fields = HTTPFields()
        for header in headers {
            try fields.append(named: header.name, header.value, operation: operation.name)
        }
        guard let method = HTTPRequest.Method(operation.method) else {
            throw invalid("'\(operation.method)' is not an HTTP method")
        }
        var request = RequestMessage(
            head: try HTTPRequest(
                method: method, endpoint: endpoint, path: path, headerFields: fields, operation: operation.name))
        let body: (data: Data, contentType: String?)?
        switch payload {
        case .body(let data, let contentType): body = (data, contentType)
        case .empty: body = nil
        case nil: body = operation.inputHasBody ? bodyOfMembers(json) : nil
        }
        if let body {
            request.body = body.data
            if request.header(.contentType) == nil, let contentType = body.contentType {
                request.head.headerFields.append(HTTPField(name: .contentType, value: contentType))
            }
        }
        return request
    }
}

/// Percent-encoding for URI labels and query strings: everything but RFC 3986's unreserved
/// characters (`A-Z a-z 0-9 - . _ ~`), as UTF-8 bytes, the form SigV4 signs.
enum PercentEncoding {
    private static let hex = Array("0123456789ABCDEF".utf8)

    /// `text` percent-encoded; with `keepingSlashes`, `/` stays as it is (greedy labels).
    static func encode(_ text: String, keepingSlashes: Bool = false) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                bytes.append(byte)
            case UInt8(ascii: "/") where keepingSlashes:
                bytes.append(byte)
            default:
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
