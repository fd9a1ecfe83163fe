import Foundation
import ShapegenRuntime
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `RetryPolicy` on its own: backoff arithmetic and which failures are retried.
@Suite("RetryPolicy")
struct RetryPolicyTests {
    private func policy(random: Double, base: Duration = .milliseconds(100), max: Duration = .seconds(20))
        -> RetryPolicy
    {
        RetryPolicy(maxAttempts: 5, baseDelay: base, maxDelay: max, random: { random })
    }

    @Test(
        "the ceiling doubles with every retry: full jitter takes a share of it",
        arguments: [
            (1, Duration.milliseconds(100)), (2, .milliseconds(200)), (3, .milliseconds(400)), (4, .milliseconds(800)),
            (8, .milliseconds(12_800)),
        ])
    func exponential(retry: Int, ceiling: Duration) {
        #expect(policy(random: 1).delay(beforeRetry: retry) == ceiling)
        #expect(policy(random: 0.5).delay(beforeRetry: retry) == ceiling / 2)
        #expect(policy(random: 0).delay(beforeRetry: retry) == .zero)
    }

    @Test("the ceiling stops at maxDelay, even for absurd retry numbers")
    func capped() {
        #expect(policy(random: 1).delay(beforeRetry: 9) == .seconds(20))
        #expect(policy(random: 1).delay(beforeRetry: 5000) == .seconds(20))
        #expect(policy(random: 0.25).delay(beforeRetry: Int.max) == .seconds(5))
        #expect(policy(random: 1, base: .seconds(3), max: .seconds(1)).delay(beforeRetry: 1) == .seconds(1))
    }

    @Test("a random number outside 0...1 is clamped")
    func clampedRandom() {
        #expect(policy(random: 7).delay(beforeRetry: 1) == .milliseconds(100))
        #expect(policy(random: -1).delay(beforeRetry: 1) == .zero)
    }

    @Test("the presets: none makes one attempt, standard three from 100 ms to 20 s")
    func presets() {
        #expect(RetryPolicy.none.maxAttempts == 1)
        #expect(RetryPolicy.standard.maxAttempts == 3)
        #expect(RetryPolicy.standard.baseDelay == .milliseconds(100))
        #expect(RetryPolicy.standard.maxDelay == .seconds(20))
        #expect(RetryPolicy.standard.attemptTimeout == nil)
        #expect(ClientConfiguration().retryPolicy.maxAttempts == 1)
    }

    @Test("the default jitter stays within the ceiling")
    func defaultRandom() {
        let policy = RetryPolicy(baseDelay: .seconds(1), maxDelay: .seconds(1))
        for _ in 0..<100 {
            let delay = policy.delay(beforeRetry: 1)
            #expect(delay >= .zero && delay <= .seconds(1))
        }
    }

    @Test(
        "retried: throttling codes, transient codes, 429 and 5xx but 501",
        arguments: [
            (400, "ThrottlingException"), (400, "Throttling"), (400, "TooManyRequestsException"),
            (503, "RequestLimitExceeded"),
            (400, "ProvisionedThroughputExceededException"), (400, "SlowDown"), (408, "RequestTimeout"), (429, nil),
            (500, nil), (502, nil), (503, nil), (504, nil), (599, nil), (500, "ServerException"),
            (500, "InternalFailure"),
        ] as [(Int, String?)])
    func retried(status: Int, code: String?) {
        #expect(RetryPolicy.isRetryable(status: status, code: code))
    }

    @Test(
        "not retried: validation errors whatever the status, other 4xx, 501, 2xx and 3xx",
        arguments: [
            (400, "ValidationException"), (500, "ValidationException"), (400, "SerializationException"),
            (400, "ClientException"),
            (400, nil), (401, nil), (403, "AccessDeniedException"), (404, "ResourceNotFoundException"), (409, nil),
            (413, nil),
            (501, nil), (200, nil), (301, nil),
        ] as [(Int, String?)])
    func notRetried(status: Int, code: String?) {
        #expect(!RetryPolicy.isRetryable(status: status, code: code))
    }

    @Test(
        "retried transport errors: timeouts and failed or lost connections",
        arguments: [
            URLError.Code.timedOut, .cannotConnectToHost, .networkConnectionLost, .cannotFindHost, .dnsLookupFailed,
            .notConnectedToInternet,
        ])
    func retriedTransportErrors(code: URLError.Code) {
        #expect(RetryPolicy.isRetryable(URLError(code)))
    }

    @Test("not retried: cancellation, bad URLs, TLS failures, other errors")
    func notRetriedErrors() {
        struct Other: Error {}
        #expect(!RetryPolicy.isRetryable(URLError(.cancelled)))
        #expect(!RetryPolicy.isRetryable(URLError(.badURL)))
        #expect(!RetryPolicy.isRetryable(URLError(.serverCertificateUntrusted)))
        #expect(!RetryPolicy.isRetryable(CancellationError()))
        #expect(!RetryPolicy.isRetryable(Other()))
        #expect(!RetryPolicy.isRetryable(ClientError.invalidRegion("x")))
        #expect(RetryPolicy.isRetryable(ClientError.timedOut(operation: "Op", after: .seconds(1))))
    }
}
