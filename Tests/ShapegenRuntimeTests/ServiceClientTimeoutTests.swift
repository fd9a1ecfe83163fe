import Foundation
import ShapegenHTTPTestSupport
import ShapegenRuntime
import Testing

/// The retry policy's `attemptTimeout`, with an injected clock: no test waits for real time.
@Suite("ServiceClient attempt timeouts")
struct ServiceClientTimeoutTests {
    static let ok = CannedResponse.text(200, #"{"echo":"hi"}"#)

    private func client(_ transport: ScriptedTransport, policy: RetryPolicy) -> ServiceClient {
        ServiceClient(
            service: ServiceDescription(name: "Pinger", apiVersion: "1", wireProtocol: .restJSON), transport: transport,
            configuration: ClientConfiguration(retryPolicy: policy))
    }

    private func ping(_ client: ServiceClient) async throws -> PingOutput {
        try await client.send(PingInput(message: "hi"), to: ClientFixture.operation)
    }

    @Test("an attempt that outlasts the timeout throws timedOut")
    func timesOut() async throws {
        let clock = RecordingClock()
        let transport = ScriptedTransport([.hang])
        let policy = RetryPolicy(maxAttempts: 1, attemptTimeout: .seconds(5), sleep: clock.sleep)
        let error = await #expect(throws: ClientError.self) { try await ping(client(transport, policy: policy)) }
        #expect(error == .timedOut(operation: "Ping", after: .seconds(5)))
        #expect(error?.description == "Ping timed out after 5.0 seconds")
        #expect(clock.sleeps == [.seconds(5)])
    }

    @Test("a timed-out attempt is retried")
    func timeoutIsRetried() async throws {
        let clock = RecordingClock()
        let transport = ScriptedTransport([.hang, .hang, .respond(Self.ok)])
        let policy = RetryPolicy(
            maxAttempts: 3, baseDelay: .seconds(1), attemptTimeout: .seconds(5), sleep: clock.sleep, random: { 1 })
        #expect(try await ping(client(transport, policy: policy)) == PingOutput(echo: "hi"))
        #expect(await transport.requests.count == 3)
        // Each attempt starts its timer; backoff comes after each timed-out attempt.
        #expect(clock.sleeps.filter { $0 == .seconds(5) }.count == 3)
        #expect(clock.sleeps.filter { $0 != .seconds(5) } == [.seconds(1), .seconds(2)])
    }

    @Test("an answer before the timeout wins, and the timer is cancelled")
    func answerWins() async throws {
        let transport = ScriptedTransport([.respond(Self.ok)])
        let policy = RetryPolicy(
            maxAttempts: 1, attemptTimeout: .seconds(5), sleep: { _ in try await waitUntilCancelled() })
        #expect(try await ping(client(transport, policy: policy)) == PingOutput(echo: "hi"))
    }

    @Test("the transport's own error is not turned into a timeout")
    func transportErrorWins() async throws {
        struct Broken: Error {}
        let transport = ScriptedTransport([.fail(Broken())])
        let policy = RetryPolicy(
            maxAttempts: 1, attemptTimeout: .seconds(5), sleep: { _ in try await waitUntilCancelled() })
        await #expect(throws: Broken.self) { try await ping(client(transport, policy: policy)) }
    }
}
