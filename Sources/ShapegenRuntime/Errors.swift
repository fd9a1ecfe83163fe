import Foundation

/// An error structure from the model, which the client throws when the service returns it.
public protocol ServiceErrorShape: Error, Codable, Sendable {
    /// The error's code on the wire, e.g. `ClientException`.
    static var errorCode: String { get }
}

/// An error response that matches none of the operation's modelled errors.
public struct ServiceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The HTTP status.
    public var status: Int
    /// The error code, if the service sent one.
    public var code: String?
    /// The service's message, if any.
    public var message: String?
    /// The request ID, for support cases.
    public var requestID: String?

    /// Creates a service error.
    public init(status: Int, code: String?, message: String?, requestID: String?) {
        self.status = status
        self.code = code
        self.message = message
        self.requestID = requestID
    }

    public var description: String {
        var text = "service error \(status)"
        if let code { text += " \(code)" }
        if let message { text += ": \(message)" }
        if let requestID { text += " (request ID \(requestID))" }
        return text
    }
}

/// Problems on the client's side of a call: nothing the service said.
public enum ClientError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The response could not be decoded into the operation's output.
    case invalidResponse(operation: String, reason: String)
    /// The input could not be encoded.
    case invalidRequest(operation: String, reason: String)
    /// The configured region is not a region name (lower-case letters, digits and hyphens).
    case invalidRegion(String)
    /// An attempt took longer than the retry policy's `attemptTimeout`.
    case timedOut(operation: String, after: Duration)
    /// The operation sends or receives an event stream, which this runtime does not implement yet;
    /// nothing was sent.
    case eventStreamNotSupported(operation: String)

    public var description: String {
        switch self {
        case .invalidResponse(let operation, let reason): "invalid response to \(operation): \(reason)"
        case .invalidRequest(let operation, let reason): "cannot encode the request of \(operation): \(reason)"
        case .invalidRegion(let region):
            "invalid region \"\(region)\": a region is lower-case letters, digits and hyphens, such as us-east-1"
        case .timedOut(let operation, let timeout): "\(operation) timed out after \(timeout)"
        case .eventStreamNotSupported(let operation):
            "\(operation) streams events, which this client does not support yet; nothing was sent"
        }
    }
}

/// What a generated mock calls for an operation that takes input: the test's stand-in for the service.
public typealias MockHandler<Input, Output> = @Sendable (Input) async throws -> Output

/// Thrown by a generated mock for an operation the test did not set up.
public struct MockNotConfigured: Error, Sendable, Hashable, CustomStringConvertible {
    /// The operation that was called.
    public var operation: String

    /// Creates the error.
    public init(operation: String) {
        self.operation = operation
    }

    public var description: String { "the mock has no handler for \(operation)" }
}

/// The input of an operation that takes none, and the output of one that returns none.
public struct EmptyShape: Codable, Validatable, WireStructure, Sendable, Hashable {
    /// It has no members, on any protocol's wire.
    public static let wireMembers: [WireMember] = []

    /// Creates the empty shape.
    public init() {}

    public func validate(in context: inout ValidationContext) {}
}
