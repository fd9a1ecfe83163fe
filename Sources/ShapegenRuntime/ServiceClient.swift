import Foundation
import HTTPTypes

/// The part of every generated client that does the work: validate, encode, sign, send (with
/// retries), decode.
public struct ServiceClient: Sendable {
    /// The service the client talks to, speaking the protocol the configuration chose.
    public let service: ServiceDescription
    /// A protocol the configuration asked for that the service does not offer.
    private let unofferedProtocol: ServiceDescription.WireProtocol?
    /// What sends requests.
    public let transport: any HTTPTransport
    /// Endpoint, validation, signing and retry settings.
    public let configuration: ClientConfiguration
    /// Every error the service models. An error response whose code none of the operation's
    /// errors has is looked up here, as botocore does: services return errors their models do
    /// not list for the operation.
    public let errors: [any ServiceErrorShape.Type]

    /// Creates a client core.
    public init(
        service: ServiceDescription, errors: [any ServiceErrorShape.Type] = [], transport: any HTTPTransport,
        configuration: ClientConfiguration
    ) {
        var spoken = service
        var unoffered: ServiceDescription.WireProtocol?
        if let chosen = configuration.wireProtocol, chosen != service.wireProtocol {
            if service.alternativeProtocols.contains(chosen) {
                spoken.wireProtocol = chosen
            } else {
                unoffered = chosen
            }
        }
        self.service = spoken
        self.unofferedProtocol = unoffered
        self.errors = errors
        self.transport = transport
        self.configuration = configuration
    }

    /// The endpoint requests go to: the configured one, or the region's standard AWS endpoint.
    ///
    /// For a region that is not a region name, which ``send(_:to:as:)`` rejects with
    /// ``ClientError/invalidRegion(_:)``, this is `https://invalid-region.invalid`; use
    /// ``resolvedEndpoint()`` to get the error instead.
    public var endpoint: URL {
        (try? resolvedEndpoint()) ?? URL(string: "https://invalid-region.invalid") ?? URL(fileURLWithPath: "/")
    }

    /// The endpoint requests go to: the configured one, or `https://<prefix>.<region>.amazonaws.com`
    /// (`.amazonaws.com.cn` in the China regions) with the service's endpoint prefix.
    ///
    /// - Throws: ``ClientError/invalidRegion(_:)`` when no endpoint is configured and the region is
    ///   not lower-case letters, digits and hyphens.
    public func resolvedEndpoint() throws(ClientError) -> URL {
        if let endpoint = configuration.endpoint { return endpoint }
        return try RegionEndpoint.url(
            prefix: service.endpointPrefix ?? service.name.lowercased(), region: configuration.region)
    }

    /// The name the service's requests are signed for: its signing name, endpoint prefix or lower-cased name.
    public var signingName: String {
        service.signingName ?? service.endpointPrefix ?? service.name.lowercased()
    }

    /// Calls `operation` with `input` and decodes the response as `Output`.
    ///
    /// Each attempt is signed afresh (when a signer is configured); failed attempts are retried as
    /// the configuration's ``RetryPolicy`` says.
    ///
    /// Throws ``ValidationError`` before sending an invalid input (unless validation is off), the
    /// operation's modelled error, ``ServiceError`` for other error responses, ``ClientError``, or
    /// the transport's error when the last attempt failed to get a response.
    public func send<Input: Validatable & Encodable, Output: Decodable>(
        _ input: Input, to operation: OperationDescription, as output: Output.Type = Output.self
    ) async throws -> Output {
        if operation.streamsEvents {
            throw ClientError.eventStreamNotSupported(operation: operation.name)
        }
        if let unofferedProtocol {
            throw ClientError.invalidRequest(
                operation: operation.name,
                reason: "\(service.name) does not offer the '\(unofferedProtocol.rawValue)' protocol")
        }
        if configuration.validatesInput {
            try input.validate()
        }
        var endpoint = try resolvedEndpoint()
        if configuration.injectsHostPrefix, let prefix = operation.hostPrefix {
            endpoint = try HostPrefix(template: prefix, labels: operation.hostLabels).prefixing(
                endpoint, operation: operation.name)
        }
        var request = try RequestEncoder(service: service, endpoint: endpoint).encode(input, for: operation)
        if configuration.endpoint == nil, S3Addressing.applies(to: service, operation) {
            request.head = S3Addressing.virtualHosted(request.head)
        }
        if operation.requiresChecksum {
            request = try RequestChecksum.adding(to: request, operation: operation.name)
        }
        let response = try await deliver(request, operation: operation.name)
        guard (200..<300).contains(response.status) else {
            if service.wireProtocol == .restXML, response.body.isEmpty {
                // A HEAD answer (or any without a body) says only its status, which botocore
                // makes the code: S3's HeadObject of a missing key is "404".
                throw ServiceError(
                    status: response.status, code: String(response.status), message: nil,
                    requestID: response.header(.xAmzRequestID) ?? response.header(.xAmznRequestID))
            }
            let readable = service.wireProtocol == .rpcV2CBOR ? CBORCoding.jsonResponse(response) : response
            throw ResponseErrors.decode(readable, errors: operation.errors + errors)
        }
        let body: Data
        if let stream = operation.outputEventStream {
            body = try eventStreamDocument(response, stream, operation: operation)
        } else if service.wireProtocol == .rpcV2CBOR, Output.self != EmptyShape.self, !response.body.isEmpty {
            body = try cborDocument(response, operation: operation)
        } else if service.wireProtocol.isXML, Output.self != EmptyShape.self, !response.body.isEmpty,
            !operation.outputHasPayload
        {
            body = try xmlDocument(response, as: Output.self, operation: operation)
        } else {
            // Members bound to headers, the status code or a payload come from the response itself;
            // an operation without output ignores whatever body it gets.
            let ignoresBody = response.body.isEmpty || operation.outputHasPayload || Output.self == EmptyShape.self
            body = ignoresBody ? Data("{}".utf8) : response.body
        }
        do {
            return try HTTPMemberDecoder.decoder(for: response).decode(Output.self, from: body)
        } catch {
            throw ClientError.invalidResponse(operation: operation.name, reason: JSONCoding.describe(error))
        }
    }

    /// The output's `Codable` form, read from an XML response: for the query protocol, from the
    /// `<OperationResult>` element inside the document element.
    private func xmlDocument<Output>(
        _ response: ResponseMessage, as output: Output.Type, operation: OperationDescription
    )
        throws -> Data
    {
        guard let type = Output.self as? any WireStructure.Type else {
            throw ClientError.invalidResponse(
                operation: operation.name, reason: "\(Output.self) has no wire description")
        }
        do {
            let root = try XMLNode.parse(response.body)
            let element = service.wireProtocol == .query ? root.child(operation.name + "Result") ?? root : root
            return Data(try XMLDecoding.json(document: element, members: type.wireMembers).utf8)
        } catch let error as XMLNode.Malformed {
            throw ClientError.invalidResponse(operation: operation.name, reason: error.description)
        } catch let error as XMLDecoding.Mismatch {
            throw ClientError.invalidResponse(operation: operation.name, reason: error.description)
        }
    }

    /// The output's `Codable` form, read from a CBOR response.
    private func cborDocument(_ response: ResponseMessage, operation: OperationDescription) throws -> Data {
        let item: CBORValue
        do {
            item = try CBORValue(decoding: response.body)
        } catch {
            throw ClientError.invalidResponse(
                operation: operation.name, reason: "the body is not CBOR: \(error.description)")
        }
        guard case .map = item, let json = CBORCoding.json(item) else {
            throw ClientError.invalidResponse(
                operation: operation.name, reason: "the body is not a CBOR map with text keys")
        }
        return Data(json.utf8)
    }

    /// The output's JSON from a response that is an event stream; an exception or error message
    /// in the stream is thrown as the error it is.
    private func eventStreamDocument(
        _ response: ResponseMessage, _ stream: EventStreamDescription, operation: OperationDescription
    ) throws -> Data {
        do {
            return try EventStreamDocument.json(from: response.body, stream: stream)
        } catch .malformed(let reason) {
            throw ClientError.invalidResponse(operation: operation.name, reason: "event stream: " + reason)
        } catch .exception(let code, let body) {
            let head = HTTPResponse(status: .badRequest, headerFields: [.xAmznErrorType: code])
            let error = ResponseMessage(head: head, body: body)
            throw ResponseErrors.decode(error, errors: operation.errors + errors)
        } catch .error(let code, let message) {
            throw ServiceError(
                status: response.status, code: code, message: message, requestID: response.header(.xAmznRequestID))
        }
    }

    /// Sends `request` until it gets a response that is not worth retrying, or attempts run out.
    private func deliver(_ request: RequestMessage, operation: String) async throws -> ResponseMessage {
        let policy = configuration.retryPolicy
        var attempt = 1
        while true {
            try Task.checkCancellation()
            let signed = try await sign(request, operation: operation)
            do {
                let response = try await attemptSend(signed, operation: operation, policy: policy)
                let isFinal =
                    attempt >= policy.maxAttempts || (200..<300).contains(response.status)
                    || !RetryPolicy.isRetryable(status: response.status, code: ResponseErrors.code(of: response))
                if isFinal { return response }
            } catch {
                guard attempt < policy.maxAttempts, RetryPolicy.isRetryable(error) else { throw error }
            }
            try await policy.sleep(policy.delay(beforeRetry: attempt))
            attempt += 1
        }
    }

    private func sign(_ request: RequestMessage, operation: String) async throws -> RequestMessage {
        guard let signer = configuration.signer else { return request }
        let region = try RegionEndpoint.validated(configuration.region)
        var signed = request
        signed.head = try await signer.sign(
            request.head, body: request.body,
            context: SigningContext(signingName: signingName, region: region, operation: operation))
        return signed
    }

    private func attemptSend(_ request: RequestMessage, operation: String, policy: RetryPolicy) async throws
        -> ResponseMessage
    {
        let transport = transport
        let send = { @Sendable () async throws -> ResponseMessage in
            let (head, body) = try await transport.send(request.head, body: request.body)
            return ResponseMessage(head: head, body: body)
        }
        guard let timeout = policy.attemptTimeout else { return try await send() }
        return try await withAttemptTimeout(timeout, operation: operation, sleep: policy.sleep, send)
    }
}
