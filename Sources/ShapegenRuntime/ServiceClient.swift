import Foundation

/// The part of every generated client that does the work: validate, encode, send, decode.
public struct ServiceClient: Sendable {
    /// The service the client talks to.
    public let service: ServiceDescription
    /// What sends requests.
    public let transport: any HTTPTransport
    /// Endpoint and validation settings.
    public let configuration: ClientConfiguration

    /// Creates a client core.
    public init(service: ServiceDescription, transport: any HTTPTransport, configuration: ClientConfiguration) {
        self.service = service
        self.transport = transport
        self.configuration = configuration
    }

    /// The endpoint requests go to: the configured one, or the region's standard AWS endpoint.
    public var endpoint: URL {
        if let endpoint = configuration.endpoint { return endpoint }
        let prefix = service.endpointPrefix ?? service.name.lowercased()
        return URL(string: "https://\(prefix).\(configuration.region).amazonaws.com")
            ?? URL(fileURLWithPath: "/")
    }

    /// Calls `operation` with `input` and decodes the response as `Output`.
    ///
    /// Throws ``ValidationError`` before sending an invalid input (unless validation is off), the
    /// operation's modelled error, ``ServiceError`` for other error responses, or ``ClientError``.
    public func send<Input: Validatable & Encodable, Output: Decodable>(
        _ input: Input, to operation: OperationDescription, as output: Output.Type = Output.self
    ) async throws -> Output {
        if configuration.validatesInput {
            try input.validate()
        }
        let request = try encode(input, for: operation)
        let response = try await transport.send(request)
        guard (200..<300).contains(response.status) else {
            throw ResponseErrors.decode(response, errors: operation.errors)
        }
        do {
            let body = response.body.isEmpty ? Data("{}".utf8) : response.body
            return try JSONCoding.decoder.decode(Output.self, from: body)
        } catch {
            throw ClientError.invalidResponse(operation: operation.name, reason: JSONCoding.describe(error))
        }
    }

    private func encode<Input: Encodable>(_ input: Input, for operation: OperationDescription) throws -> HTTPRequest {
        let body: Data
        do {
            body = try JSONCoding.encoder.encode(input)
        } catch {
            throw ClientError.invalidRequest(operation: operation.name, reason: JSONCoding.describe(error))
        }
        switch service.wireProtocol {
        case .restJSON:
            return HTTPRequest(
                method: operation.method, endpoint: endpoint, path: operation.uri,
                headers: [HTTPField("Content-Type", "application/json")], body: body)
        case .json:
            let target = (service.targetPrefix ?? service.name) + "." + operation.name
            return HTTPRequest(
                method: "POST", endpoint: endpoint, path: "/",
                headers: [
                    HTTPField("Content-Type", "application/x-amz-json-\(service.jsonVersion ?? "1.0")"),
                    HTTPField("X-Amz-Target", target),
                ],
                body: body)
        case .query, .restXML, .ec2, .rpcV2CBOR:
            throw ClientError.protocolNotSupported(service.wireProtocol.rawValue)
        }
    }
}

/// Turns error responses into the errors the client throws.
enum ResponseErrors {
    static func decode(_ response: HTTPResponse, errors: [any ServiceErrorShape.Type]) -> any Error {
        let fields = (try? JSONSerialization.jsonObject(with: response.body)) as? [String: Any] ?? [:]
        let rawCode = response.header("X-Amzn-ErrorType") ?? fields["__type"] as? String ?? fields["code"] as? String
            ?? fields["Code"] as? String
        let code = rawCode.map(normalize)
        if let code, let type = errors.first(where: { $0.errorCode == code }),
            let error = try? JSONCoding.decoder.decode(type, from: response.body.isEmpty ? Data("{}".utf8) : response.body)
        {
            return error
        }
        let message = fields["message"] as? String ?? fields["Message"] as? String
        let requestID = response.header("x-amzn-RequestId") ?? response.header("x-amz-request-id")
        return ServiceError(status: response.status, code: code, message: message, requestID: requestID)
    }

    /// `aws.protocoltests#FooError:http://…` → `FooError`.
    static func normalize(_ code: String) -> String {
        var value = Substring(code)
        if let colon = value.firstIndex(of: ":") { value = value[..<colon] }
        if let hash = value.lastIndex(of: "#") { value = value[value.index(after: hash)...] }
        return String(value)
    }
}

/// The JSON encoder and decoder generated shapes travel through.
public enum JSONCoding {
    /// Encodes shapes; timestamps as epoch seconds, keys sorted for stable bodies.
    public static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .secondsSince1970
        return encoder
    }

    /// Decodes shapes; timestamps as epoch seconds or ISO 8601 strings.
    public static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom(decodeDate)
        return decoder
    }

    private static func decodeDate(_ decoder: any Decoder) throws -> Date {
        let container = try decoder.singleValueContainer()
        if let seconds = try? container.decode(Double.self) {
            return Date(timeIntervalSince1970: seconds)
        }
        let text = try container.decode(String.self)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a timestamp")
    }

    /// A decoding error as one sentence that names the path, e.g. `jobSummaryList[0].jobId: missing`.
    public static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        func path(_ keys: [any CodingKey]) -> String {
            keys.reduce(into: "") { text, key in
                if let index = key.intValue { text += "[\(index)]" } else { text += text.isEmpty ? key.stringValue : "." + key.stringValue }
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            let at = path(context.codingPath + [key])
            return "\(at): required member is missing"
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(type)"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(type), found null"
        case .dataCorrupted(let context):
            let at = path(context.codingPath)
            return (at.isEmpty ? "" : at + ": ") + context.debugDescription
        @unknown default:
            return String(describing: error)
        }
    }
}
