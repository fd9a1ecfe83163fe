import Foundation
import ShapegenHTTPTestSupport
import ShapegenRuntime

/// A `ServiceClient` for a made-up service over a `RecordingTransport`.
struct ClientFixture {
    /// The operation the tests call: `PUT /ping`, modelling `FooError` and `BarError`.
    static let operation = OperationDescription(
        name: "Ping", method: "PUT", uri: "/ping", errors: [FooError.self, BarError.self])

    let client: ServiceClient
    let transport: RecordingTransport

    /// Creates a client for `service` answering with `responses`.
    init(
        service: ServiceDescription = ServiceDescription(
            name: "Pinger", apiVersion: "2020-01-01", wireProtocol: .restJSON),
        configuration: ClientConfiguration = ClientConfiguration(),
        responses: [CannedResponse]
    ) {
        transport = RecordingTransport(responses: responses)
        client = ServiceClient(service: service, transport: transport, configuration: configuration)
    }

    /// Sends `input` to `Ping` and decodes a `PingOutput`.
    func ping(_ input: PingInput = PingInput(message: "hi")) async throws -> PingOutput {
        try await client.send(input, to: Self.operation)
    }
}
