import Foundation
import HTTPTypes
import ShapegenHTTPTestSupport
import ShapegenRuntime
import ShapegenTestSupport
import Testing

/// What `ServiceClient` sends for each wire protocol, and where.
@Suite("ServiceClient protocols and endpoints")
struct ServiceClientProtocolTests {
    static let ok = CannedResponse.text(200, #"{"echo":"hi"}"#)

    /// The one request the fixture's transport received.
    private func onlyRequest(_ fixture: ClientFixture) async throws -> SentRequest {
        let requests = await fixture.transport.requests
        try #require(requests.count == 1)
        return requests[0]
    }

    @Test("rest-json uses the operation's method and URI and a JSON body")
    func restJSON() async throws {
        let fixture = ClientFixture(responses: [Self.ok])
        #expect(try await fixture.ping(PingInput(message: "hi", count: 2)) == PingOutput(echo: "hi"))
        let request = try await onlyRequest(fixture)
        #expect(request.method == "PUT")
        #expect(request.path == "/ping")
        #expect(Array(request.headers) == [HTTPField("Content-Type", "application/json")])
        #expect(try JSONValue(parsing: request.body) == JSONValue(parsing: #"{"message":"hi","count":2}"#))
    }

    /// botocore's "Ignores undefined output": an operation without output does not parse the body.
    @Test("an operation without output ignores a body that is not JSON")
    func noOutputIgnoresTheBody() async throws {
        let fixture = ClientFixture(responses: [.text(200, "OK")])
        let _: EmptyShape = try await fixture.client.send(
            PingInput(message: "hi"), to: OperationDescription(name: "Op", method: "POST", uri: "/"))
    }

    @Test("json posts to / with X-Amz-Target and the versioned content type")
    func json() async throws {
        let service = ServiceDescription(
            name: "X", apiVersion: "1", wireProtocol: .json, targetPrefix: "X", jsonVersion: "1.1")
        let fixture = ClientFixture(service: service, responses: [Self.ok])
        _ =
            try await fixture.client.send(
                PingInput(message: "hi"), to: OperationDescription(name: "Op", method: "GET", uri: "/ignored"))
            as PingOutput
        let request = try await onlyRequest(fixture)
        #expect(request.method == "POST")
        #expect(request.path == "/")
        #expect(request.header("X-Amz-Target") == "X.Op")
        #expect(request.header("content-type") == "application/x-amz-json-1.1")
        #expect(try JSONValue(parsing: request.body) == JSONValue(parsing: #"{"message":"hi"}"#))
    }

    @Test("json defaults to version 1.0 and the service name as target prefix")
    func jsonDefaults() async throws {
        let service = ServiceDescription(name: "Pinger", apiVersion: "1", wireProtocol: .json)
        let fixture = ClientFixture(service: service, responses: [Self.ok])
        _ = try await fixture.ping()
        let request = try await onlyRequest(fixture)
        #expect(request.header("X-Amz-Target") == "Pinger.Ping")
        #expect(request.header("Content-Type") == "application/x-amz-json-1.0")
    }

    /// The XML, query and CBOR protocols write from a structure's wire description, which code
    /// generated for them has; an input without one is refused before anything is sent.
    @Test(
        "query, rest-xml, ec2 and smithy-rpc-v2-cbor need inputs that describe their wire form",
        arguments: [ServiceDescription.WireProtocol.query, .restXML, .ec2, .rpcV2CBOR])
    func wireDescriptionNeeded(wireProtocol: ServiceDescription.WireProtocol) async throws {
        let fixture = ClientFixture(
            service: ServiceDescription(name: "S", apiVersion: "1", wireProtocol: wireProtocol), responses: [Self.ok])
        let error = await #expect(throws: ClientError.self) { try await fixture.ping() }
        #expect(error == .invalidRequest(operation: "Ping", reason: "PingInput has no wire description"))
        #expect(await fixture.transport.requests.isEmpty)
    }

    @Test("the protocol names are the model's")
    func protocolNames() {
        #expect(ServiceDescription.WireProtocol.restXML.rawValue == "rest-xml")
        #expect(ServiceDescription.WireProtocol.restJSON.rawValue == "rest-json")
    }

    @Test("the endpoint comes from the prefix and region, or the lower-cased name without a prefix")
    func endpoints() {
        let withPrefix = ServiceClient(
            service: ServiceDescription(
                name: "Batch", apiVersion: "1", wireProtocol: .restJSON, endpointPrefix: "batch"),
            transport: RecordingTransport(responses: []), configuration: ClientConfiguration(region: "ap-south-1"))
        #expect(withPrefix.endpoint.absoluteString == "https://batch.ap-south-1.amazonaws.com")
        let withoutPrefix = ServiceClient(
            service: ServiceDescription(name: "Pinger", apiVersion: "1", wireProtocol: .restJSON),
            transport: RecordingTransport(responses: []), configuration: ClientConfiguration())
        #expect(withoutPrefix.endpoint.absoluteString == "https://pinger.us-east-1.amazonaws.com")
    }

    @Test("an explicit endpoint is used as it is")
    func explicitEndpoint() async throws {
        let endpoint = try #require(URL(string: "http://127.0.0.1:9000"))
        let fixture = ClientFixture(
            configuration: ClientConfiguration(region: "eu-west-1", endpoint: endpoint), responses: [Self.ok])
        _ = try await fixture.ping()
        #expect(try await onlyRequest(fixture).endpoint == endpoint)
    }

    @Test("an invalid input is not sent; with validation off it is")
    func validation() async throws {
        let checked = ClientFixture(responses: [Self.ok])
        let error = await #expect(throws: ValidationError.self) { try await checked.ping(PingInput(count: 0)) }
        #expect(error?.violations == [violation("count", "must be at least 1, got 0")])
        #expect(await checked.transport.requests.isEmpty)

        let unchecked = ClientFixture(configuration: ClientConfiguration(validatesInput: false), responses: [Self.ok])
        #expect(try await unchecked.ping(PingInput(count: 0)) == PingOutput(echo: "hi"))
        #expect(await unchecked.transport.requests.count == 1)
    }
}
