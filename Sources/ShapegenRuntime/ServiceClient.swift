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
        let request = try RequestEncoder(service: service, endpoint: endpoint).encode(input, for: operation)
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
}
