import Foundation
import HTTPTypes
import ShapegenHTTPTestSupport
import ShapegenRuntime
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `ServiceClient.send` with a retry policy, over a scripted transport and an injected clock.
@Suite("ServiceClient retries")
struct ServiceClientRetryTests {
    static let ok = CannedResponse.text(200, #"{"echo":"hi"}"#)
    static let service = ServiceDescription(name: "Pinger", apiVersion: "2020-01-01", wireProtocol: .restJSON)

    /// A client over `transport` whose policy makes `attempts` attempts, records its sleeps in
    /// `clock` and always jitters to half the ceiling.
    private func client(
        _ transport: ScriptedTransport, clock: RecordingClock, attempts: Int = 3, signer: (any RequestSigner)? = nil
    )
        -> ServiceClient
    {
        let policy = RetryPolicy(
            maxAttempts: attempts, baseDelay: .milliseconds(100), maxDelay: .seconds(1), sleep: clock.sleep,
            random: { 0.5 })
        return ServiceClient(
            service: Self.service, transport: transport,
            configuration: ClientConfiguration(signer: signer, retryPolicy: policy))
    }

    private func ping(_ client: ServiceClient) async throws -> PingOutput {
        try await client.send(PingInput(message: "hi"), to: ClientFixture.operation)
    }

    @Test(
        "retryable failures are retried until one succeeds, backing off between attempts",
        arguments: [
            ("503", ScriptedTransport.Step.respond(.text(503, ""))),
            ("500 with a modelled code", .respond(.text(500, #"{"__type":"BarError","message":"m"}"#))),
            ("429", .respond(.text(429, #"{"message":"slow down"}"#))),
            ("ThrottlingException on a 400", .respond(.text(400, #"{"__type":"ThrottlingException"}"#))),
            (
                "Throttling in the header",
                .respond(.text(400, "{}", headers: [HTTPField("X-Amzn-ErrorType", "Throttling:http://x/")]))
            ),
            ("TooManyRequestsException", .respond(.text(400, #"{"code":"TooManyRequestsException"}"#))),
            ("RequestLimitExceeded", .respond(.text(400, #"{"Code":"RequestLimitExceeded"}"#))),
            ("a timeout", .fail(URLError(.timedOut))),
            ("a refused connection", .fail(URLError(.cannotConnectToHost))),
            ("a lost connection", .fail(URLError(.networkConnectionLost))),
        ])
    func retriedUntilSuccess(name: String, failure: ScriptedTransport.Step) async throws {
        let transport = ScriptedTransport([failure, failure, .respond(Self.ok)])
        let clock = RecordingClock()
        #expect(try await ping(client(transport, clock: clock)) == PingOutput(echo: "hi"))
        #expect(await transport.requests.count == 3)
        #expect(clock.sleeps == [.milliseconds(50), .milliseconds(100)])
    }

    @Test("when attempts run out, the last error response is decoded as usual")
    func exhaustedResponse() async throws {
        let transport = ScriptedTransport([
            .respond(.text(503, #"{"message":"first"}"#)), .respond(.text(503, #"{"message":"second"}"#)),
            .respond(.text(503, #"{"message":"third"}"#, headers: [HTTPField("x-amzn-RequestId", "r3")])),
        ])
        let clock = RecordingClock()
        let error = await #expect(throws: ServiceError.self) { try await ping(client(transport, clock: clock)) }
        #expect(error == ServiceError(status: 503, code: nil, message: "third", requestID: "r3"))
        #expect(await transport.requests.count == 3)
        #expect(clock.sleeps.count == 2)
    }

    @Test("when attempts run out on transport errors, the last one is thrown")
    func exhaustedTransport() async throws {
        let transport = ScriptedTransport([
            .fail(URLError(.timedOut)), .fail(URLError(.timedOut)), .fail(URLError(.cannotConnectToHost)),
        ])
        let clock = RecordingClock()
        let error = await #expect(throws: URLError.self) { try await ping(client(transport, clock: clock)) }
        #expect(error?.code == .cannotConnectToHost)
        #expect(await transport.requests.count == 3)
    }

    @Test(
        "never retried: validation errors, other 4xx, 501 and unknown errors",
        arguments: [
            (
                "ValidationException",
                ScriptedTransport.Step.respond(.text(400, #"{"__type":"ValidationException","message":"bad"}"#))
            ),
            (
                "ValidationException on a 500",
                .respond(.text(500, #"{"__type":"ValidationException","message":"bad"}"#))
            ),
            ("a modelled 400", .respond(.text(400, #"{"__type":"FooError","message":"m"}"#))),
            ("403", .respond(.text(403, #"{"__type":"AccessDeniedException"}"#))),
            ("404", .respond(.text(404, "{}"))),
            ("501", .respond(.text(501, "{}"))),
            ("an unknown error", .fail(CocoaError(.fileNoSuchFile))),
            ("a cancelled request", .fail(URLError(.cancelled))),
        ])
    func notRetried(name: String, failure: ScriptedTransport.Step) async throws {
        let transport = ScriptedTransport([failure, .respond(Self.ok)])
        let clock = RecordingClock()
        await #expect(throws: (any Error).self) { try await ping(client(transport, clock: clock)) }
        #expect(await transport.requests.count == 1)
        #expect(clock.sleeps.isEmpty)
    }

    @Test("a modelled error that is not retried keeps its type and message")
    func modelledErrorNotRetried() async throws {
        let transport = ScriptedTransport([
            .respond(.text(400, #"{"__type":"FooError","message":"m"}"#)), .respond(Self.ok),
        ])
        let error = await #expect(throws: FooError.self) { try await ping(client(transport, clock: RecordingClock())) }
        #expect(error == FooError(message: "m"))
    }

    @Test("the default configuration makes exactly one attempt")
    func defaultIsOneAttempt() async throws {
        let transport = ScriptedTransport([.respond(.text(503, "{}")), .respond(Self.ok)])
        let client = ServiceClient(service: Self.service, transport: transport, configuration: ClientConfiguration())
        await #expect(throws: ServiceError.self) { try await ping(client) }
        #expect(await transport.requests.count == 1)
    }

    @Test("backoff ceilings double up to maxDelay")
    func backoffSequence() async throws {
        let transport = ScriptedTransport(Array(repeating: .respond(.text(503, "{}")), count: 6) + [.respond(Self.ok)])
        let clock = RecordingClock()
        #expect(try await ping(client(transport, clock: clock, attempts: 7)) == PingOutput(echo: "hi"))
        #expect(
            clock.sleeps == [
                .milliseconds(50), .milliseconds(100), .milliseconds(200), .milliseconds(400), .milliseconds(500),
                .milliseconds(500),
            ])
    }

    @Test("every attempt is signed afresh, from the unsigned request")
    func signsEveryAttempt() async throws {
        let transport = ScriptedTransport([.respond(.text(503, "{}")), .fail(URLError(.timedOut)), .respond(Self.ok)])
        let signer = CountingSigner()
        _ = try await ping(client(transport, clock: RecordingClock(), signer: signer))
        let requests = await transport.requests
        #expect(
            requests.map { $0.headers.filter { $0.name.rawName == "X-Signature" }.map(\.value) } == [
                ["1"], ["2"], ["3"],
            ])
        #expect(
            signer.seen.allSatisfy { request in !request.headerFields.contains { $0.name.rawName == "X-Signature" } })
    }

    @Test("a signer's error stops the call without sending or retrying")
    func signerFailure() async throws {
        struct NoCredentials: Error {}
        struct FailingSigner: RequestSigner {
            func sign(_ request: HTTPRequest, body: Data, context: SigningContext) async throws -> HTTPRequest {
                throw NoCredentials()
            }
        }
        let transport = ScriptedTransport([.respond(Self.ok)])
        await #expect(throws: NoCredentials.self) {
            try await ping(client(transport, clock: RecordingClock(), signer: FailingSigner()))
        }
        #expect(await transport.requests.isEmpty)
    }

    @Test("cancelling the call during backoff stops the retries")
    func cancellation() async throws {
        let transport = ScriptedTransport([.respond(.text(503, "{}")), .respond(Self.ok)])
        let policy = RetryPolicy(maxAttempts: 3, sleep: { _ in try await waitUntilCancelled() })
        let client = ServiceClient(
            service: Self.service, transport: transport, configuration: ClientConfiguration(retryPolicy: policy))
        let task = Task { try await ping(client) }
        while await transport.requests.isEmpty { await Task.yield() }
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(await transport.requests.count == 1)
    }
}

/// Adds `X-Signature: n` for the n-th signature, and remembers what it was asked to sign.
final class CountingSigner: RequestSigner, @unchecked Sendable {
    private let lock = NSLock()
    private var requests: [HTTPRequest] = []

    /// The requests it was given, in order.
    var seen: [HTTPRequest] { lock.withLock { requests } }

    func sign(_ request: HTTPRequest, body: Data, context: SigningContext) async throws -> HTTPRequest {
        let count = lock.withLock {
            requests.append(request)
            return requests.count
        }
        var signed = request
        signed.headerFields.append(HTTPField("X-Signature", String(count)))
        return signed
    }
}
