import Foundation
import HTTPTypes
import ShapegenHTTPTestSupport
import ShapegenRuntime
import Testing

/// Endpoints from regions, invalid regions, and what a signer is told.
@Suite("ServiceClient endpoints and signing context")
struct ServiceClientEndpointTests {
    static let ok = CannedResponse.text(200, #"{"echo":"hi"}"#)
    static let batch = ServiceDescription(
        name: "Batch", apiVersion: "1", wireProtocol: .restJSON, endpointPrefix: "batch", signingName: "batch")

    private func client(
        service: ServiceDescription = batch, region: String, endpoint: URL? = nil, signer: (any RequestSigner)? = nil,
        transport: ScriptedTransport = ScriptedTransport([.respond(ok)])
    ) -> ServiceClient {
        ServiceClient(
            service: service, transport: transport,
            configuration: ClientConfiguration(region: region, endpoint: endpoint, signer: signer))
    }

    @Test(
        "standard regions use amazonaws.com, China regions amazonaws.com.cn",
        arguments: [
            ("us-east-1", "https://batch.us-east-1.amazonaws.com"),
            ("eu-central-2", "https://batch.eu-central-2.amazonaws.com"),
            ("us-gov-west-1", "https://batch.us-gov-west-1.amazonaws.com"),
            ("cn-north-1", "https://batch.cn-north-1.amazonaws.com.cn"),
            ("cn-northwest-1", "https://batch.cn-northwest-1.amazonaws.com.cn"),
        ])
    func regionEndpoints(region: String, expected: String) async throws {
        let transport = ScriptedTransport([.respond(Self.ok)])
        let client = client(region: region, transport: transport)
        #expect(try client.resolvedEndpoint().absoluteString == expected)
        #expect(client.endpoint.absoluteString == expected)
        let _: PingOutput = try await client.send(PingInput(), to: ClientFixture.operation)
        #expect(await transport.requests.first?.endpoint.absoluteString == expected)
    }

    @Test(
        "an invalid region is rejected with a clear error and nothing is sent",
        arguments: [
            "", "US-EAST-1", "us_east_1", "us east 1", "us-east-1.evil.com", "evil.com/x", "us-east-1#", "ü-1",
            "us-east-1\n",
        ])
    func invalidRegion(region: String) async throws {
        let transport = ScriptedTransport([.respond(Self.ok)])
        let client = client(region: region, transport: transport)
        #expect(throws: ClientError.invalidRegion(region)) { try client.resolvedEndpoint() }
        let error = await #expect(throws: ClientError.self) {
            let _: PingOutput = try await client.send(PingInput(), to: ClientFixture.operation)
        }
        #expect(error == .invalidRegion(region))
        #expect(await transport.requests.isEmpty)
        #expect(client.endpoint.host()?.hasSuffix("amazonaws.com") == false)
    }

    @Test("the invalid-region message says what a region looks like")
    func invalidRegionMessage() {
        #expect(
            ClientError.invalidRegion("EU West").description
                == #"invalid region "EU West": a region is lower-case letters, digits and hyphens, such as us-east-1"#)
    }

    @Test("with an explicit endpoint an unsigned client does not need a valid region")
    func explicitEndpointIgnoresRegion() async throws {
        let endpoint = try #require(URL(string: "http://127.0.0.1:5000"))
        let client = client(region: "Not A Region", endpoint: endpoint)
        #expect(try client.resolvedEndpoint() == endpoint)
        let _: PingOutput = try await client.send(PingInput(), to: ClientFixture.operation)
    }

    @Test("a signed client needs a valid region even with an explicit endpoint: it is part of the signature")
    func signingNeedsRegion() async throws {
        let endpoint = try #require(URL(string: "http://127.0.0.1:5000"))
        let transport = ScriptedTransport([.respond(Self.ok)])
        let client = client(region: "Not A Region", endpoint: endpoint, signer: CountingSigner(), transport: transport)
        await #expect(throws: ClientError.invalidRegion("Not A Region")) {
            let _: PingOutput = try await client.send(PingInput(), to: ClientFixture.operation)
        }
        #expect(await transport.requests.isEmpty)
    }

    @Test(
        "the signer gets the signing name, then the endpoint prefix, then the lower-cased name",
        arguments: [
            (
                ServiceDescription(
                    name: "Batch", apiVersion: "1", wireProtocol: .restJSON, endpointPrefix: "prefix",
                    signingName: "signer"), "signer"
            ),
            (
                ServiceDescription(name: "Batch", apiVersion: "1", wireProtocol: .restJSON, endpointPrefix: "prefix"),
                "prefix"
            ),
            (ServiceDescription(name: "Batch", apiVersion: "1", wireProtocol: .restJSON), "batch"),
        ])
    func signingContext(service: ServiceDescription, signingName: String) async throws {
        let signer = ContextRecorder()
        let client = client(service: service, region: "eu-west-1", signer: signer)
        let _: PingOutput = try await client.send(PingInput(), to: ClientFixture.operation)
        #expect(signer.contexts == [SigningContext(signingName: signingName, region: "eu-west-1", operation: "Ping")])
    }
}

/// Remembers the contexts it signs for; changes nothing.
final class ContextRecorder: RequestSigner, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [SigningContext] = []

    var contexts: [SigningContext] { lock.withLock { recorded } }

    func sign(_ request: HTTPRequest, body: Data, context: SigningContext) async throws -> HTTPRequest {
        lock.withLock { recorded.append(context) }
        return request
    }
}
