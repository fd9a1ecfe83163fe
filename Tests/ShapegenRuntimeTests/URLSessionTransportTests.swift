import Foundation
import HTTPTypes
import ShapegenHTTPTestSupport
import ShapegenRuntime
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `URLSessionTransport` against a real HTTP server on the loopback interface.
@Suite("URLSessionTransport")
struct URLSessionTransportTests {
    @Test("sends method, path, query, headers and body, and returns status, headers and body")
    func roundTrip() async throws {
        let server = try LoopbackHTTPServer { _ in
            .respond(
                status: 200, headers: [("Content-Type", "application/json"), ("x-amzn-RequestId", "req-9")],
                body: Data(#"{"ok":true}"#.utf8))
        }
        defer { server.stop() }
        let request = HTTPRequest(
            method: "POST", endpoint: server.url, path: "/v1/listjobs?b=2&a=%20x",
            headers: [
                HTTPField("Content-Type", "application/json"), HTTPField("X-Amz-Date", "20240101T000000Z"),
                HTTPField("X-Odd", "  a  b "),
            ])
        let body = Data(#"{"jobQueue":"q"}"#.utf8)
        let response = try await URLSessionTransport(timeout: .seconds(10)).exchange(request, body: body)
        #expect(response.status == 200)
        #expect(response.body == Data(#"{"ok":true}"#.utf8))
        #expect(response.header("x-amzn-requestid") == "req-9")
        #expect(response.header("Content-Type") == "application/json")
        let received = try #require(server.requests.first)
        #expect(received.method == "POST")
        #expect(received.target == "/v1/listjobs?b=2&a=%20x")
        #expect(received.header("Content-Type") == "application/json")
        #expect(received.header("X-Amz-Date") == "20240101T000000Z")
        #expect(received.header("Host") == "127.0.0.1:\(server.port)")
        #expect(received.body == body)
    }

    @Test("an error status is a response, not a thrown error")
    func errorStatus() async throws {
        let server = try LoopbackHTTPServer { _ in
            .respond(
                status: 400, headers: [("X-Amzn-ErrorType", "ClientException")], body: Data(#"{"message":"no"}"#.utf8))
        }
        defer { server.stop() }
        let response = try await URLSessionTransport().exchange(
            HTTPRequest(method: "GET", endpoint: server.url, path: "/x"))
        #expect(response.status == 400)
        #expect(response.header("X-Amzn-ErrorType") == "ClientException")
        #expect(response.body == Data(#"{"message":"no"}"#.utf8))
    }

    @Test("an endpoint with a path of its own prefixes the request's path")
    func endpointWithPath() async throws {
        let server = try LoopbackHTTPServer { _ in .respond(status: 204, headers: [], body: Data()) }
        defer { server.stop() }
        let endpoint = server.url.appendingPathComponent("stage")
        let response = try await URLSessionTransport().exchange(
            HTTPRequest(method: "DELETE", endpoint: endpoint, path: "/v1/jobs/a%2Fb"))
        #expect(response.status == 204)
        #expect(server.requests.first?.target == "/stage/v1/jobs/a%2Fb")
        #expect(server.requests.first?.method == "DELETE")
    }

    @Test("a redirect is returned, not followed")
    func redirectNotFollowed() async throws {
        let server = try LoopbackHTTPServer { request in
            request.target == "/start"
                ? .respond(status: 307, headers: [("Location", "/elsewhere")], body: Data())
                : .respond(status: 200, headers: [], body: Data())
        }
        defer { server.stop() }
        let response = try await URLSessionTransport().exchange(
            HTTPRequest(method: "GET", endpoint: server.url, path: "/start"))
        #expect(response.status == 307)
        #expect(server.requests.map(\.target) == ["/start"])
    }

    @Test("a server that does not answer in time gives URLError.timedOut, which is retryable")
    func timeout() async throws {
        let server = try LoopbackHTTPServer { _ in .silence }
        defer { server.stop() }
        let error = await #expect(throws: URLError.self) {
            try await URLSessionTransport(timeout: .milliseconds(300)).exchange(
                HTTPRequest(method: "GET", endpoint: server.url, path: "/slow"))
        }
        #expect(error?.code == .timedOut)
        #expect(error.map { RetryPolicy.isRetryable($0) } == true)
    }

    /// The transport would wait an hour; only cancellation ends the request in time. (No wall-clock
    /// assertion: a loaded test run can delay any task for many seconds.)
    @Test(
        "an attempt timeout cancels a request the server never answers, long before the transport's own timeout",
        .timeLimit(.minutes(3)))
    func attemptTimeoutCancels() async throws {
        let server = try LoopbackHTTPServer { _ in .silence }
        defer { server.stop() }
        let client = ServiceClient(
            service: ServiceDescription(name: "Pinger", apiVersion: "1", wireProtocol: .restJSON),
            transport: URLSessionTransport(timeout: .seconds(3600)),
            configuration: ClientConfiguration(
                endpoint: server.url, retryPolicy: RetryPolicy(maxAttempts: 1, attemptTimeout: .milliseconds(200))))
        await #expect(throws: ClientError.timedOut(operation: "Ping", after: .milliseconds(200))) {
            let _: PingOutput = try await client.send(PingInput(), to: ClientFixture.operation)
        }
    }

    @Test("a refused connection gives URLError.cannotConnectToHost, which is retryable")
    func refused() async throws {
        let server = try LoopbackHTTPServer { _ in .silence }
        let url = server.url
        server.stop()
        let error = await #expect(throws: URLError.self) {
            try await URLSessionTransport(timeout: .seconds(10)).exchange(
                HTTPRequest(method: "GET", endpoint: url, path: "/"))
        }
        #expect(error?.code == .cannotConnectToHost)
        #expect(error.map { RetryPolicy.isRetryable($0) } == true)
    }

    @Test("a client retries a 503 from a real server and then succeeds")
    func retriesOverSockets() async throws {
        let server = try LoopbackHTTPServer { request in
            request.header("X-Attempt") == nil
                ? .respond(status: 503, headers: [], body: Data())
                : .respond(status: 200, headers: [], body: Data(#"{"echo":"e"}"#.utf8))
        }
        defer { server.stop() }
        struct AttemptMarker: RequestSigner {
            let counter = AttemptCounter()
            func sign(_ request: HTTPRequest, body: Data, context: SigningContext) async throws -> HTTPRequest {
                var signed = request
                if await counter.next() > 1 { signed.headerFields.append(HTTPField("X-Attempt", "retry")) }
                return signed
            }
        }
        let policy = RetryPolicy(maxAttempts: 2, sleep: { _ in })
        let client = ServiceClient(
            service: ServiceDescription(name: "Pinger", apiVersion: "1", wireProtocol: .restJSON),
            transport: URLSessionTransport(),
            configuration: ClientConfiguration(endpoint: server.url, signer: AttemptMarker(), retryPolicy: policy))
        let output: PingOutput = try await client.send(PingInput(), to: ClientFixture.operation)
        #expect(output == PingOutput(echo: "e"))
        #expect(server.requests.count == 2)
    }
}

/// Counts calls.
actor AttemptCounter {
    private var count = 0

    func next() -> Int {
        count += 1
        return count
    }
}
