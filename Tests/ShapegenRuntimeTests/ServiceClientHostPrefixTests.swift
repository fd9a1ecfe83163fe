import Foundation
import ShapegenHTTPTestSupport
import ShapegenRuntime
import Testing

/// Operations AWS serves from a host of their own (`hostPrefix`), and event-stream operations.
@Suite("ServiceClient host prefixes and event streams")
struct ServiceClientHostPrefixTests {
    static let ok = CannedResponse.text(200, #"{"echo":"hi"}"#)
    static let service = ServiceDescription(
        name: "Graph", apiVersion: "1", wireProtocol: .restJSON, endpointPrefix: "graph")

    private func send(
        _ operation: OperationDescription, input: PingInput = PingInput(),
        configuration: ClientConfiguration = ClientConfiguration()
    ) async throws -> (ScriptedTransport, Result<PingOutput, any Error>) {
        let transport = ScriptedTransport([.respond(Self.ok)])
        let client = ServiceClient(service: Self.service, transport: transport, configuration: configuration)
        do {
            let output: PingOutput = try await client.send(input, to: operation)
            return (transport, .success(output))
        } catch {
            return (transport, .failure(error))
        }
    }

    private static func operation(prefix: String?, labels: [String: String] = [:], streamsEvents: Bool = false)
        -> OperationDescription
    {
        OperationDescription(
            name: "Query", method: "POST", uri: "/q", hostPrefix: prefix, hostLabels: labels,
            streamsEvents: streamsEvents)
    }

    @Test("a static prefix goes in front of the region's host")
    func staticPrefix() async throws {
        let (transport, result) = try await send(Self.operation(prefix: "data-"))
        _ = try result.get()
        #expect(await transport.requests.first?.endpoint.absoluteString == "https://data-graph.us-east-1.amazonaws.com")
    }

    @Test("labels are filled from the input's host-label values, and an explicit endpoint is prefixed too")
    func labelledPrefix() async throws {
        let endpoint = try #require(URL(string: "https://example.com:8443"))
        let (transport, result) = try await send(
            Self.operation(prefix: "{graphIdentifier}.", labels: ["graphIdentifier": "g-0123abc"]),
            configuration: ClientConfiguration(endpoint: endpoint))
        _ = try result.get()
        #expect(await transport.requests.first?.endpoint.absoluteString == "https://g-0123abc.example.com:8443")
    }

    @Test("with injection off the endpoint is used as it is")
    func injectionOff() async throws {
        let endpoint = try #require(URL(string: "http://127.0.0.1:5000"))
        let (transport, result) = try await send(
            Self.operation(prefix: "data-"),
            configuration: ClientConfiguration(endpoint: endpoint, injectsHostPrefix: false))
        _ = try result.get()
        #expect(await transport.requests.first?.endpoint == endpoint)
    }

    @Test(
        "a label that is not a host name's letters, digits, hyphens and periods is rejected and nothing is sent",
        arguments: ["", "a/b", "evil.com/x", "a b", "ü", "a:1", "x@y"])
    func invalidLabel(value: String) async throws {
        let (transport, result) = try await send(
            Self.operation(prefix: "{graphIdentifier}.", labels: ["graphIdentifier": value]))
        #expect(
            throws: ClientError.invalidRequest(
                operation: "Query",
                reason:
                    "the host label 'graphIdentifier' must be letters, digits, hyphens and periods, got \"\(value)\"")
        ) { try result.get() }
        #expect(await transport.requests.isEmpty)
    }

    @Test("a label without a value is a clear error")
    func missingLabel() async throws {
        let (transport, result) = try await send(Self.operation(prefix: "{graphIdentifier}."))
        #expect(
            throws: ClientError.invalidRequest(
                operation: "Query", reason: "no value for the host label 'graphIdentifier'")
        ) {
            try result.get()
        }
        #expect(await transport.requests.isEmpty)
    }

    @Test("an event-stream operation throws before validating or sending anything")
    func eventStream() async throws {
        let (transport, result) = try await send(
            Self.operation(prefix: nil, streamsEvents: true), input: PingInput(count: 0))
        #expect(throws: ClientError.eventStreamNotSupported(operation: "Query")) { try result.get() }
        #expect(await transport.requests.isEmpty)
        #expect(
            ClientError.eventStreamNotSupported(operation: "Query").description
                == "Query streams events, which this client does not support yet; nothing was sent")
    }
}
