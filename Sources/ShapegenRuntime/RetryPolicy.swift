/// How a client retries a failed attempt, and how long one attempt may take.
///
/// Throttling errors, 5xx responses and transport failures (timeouts, refused or lost connections)
/// are retried until `maxAttempts` attempts have been made, waiting between attempts with
/// exponential backoff and full jitter: before retry *n* (1, 2, …) the client waits a random
/// duration between zero and `min(maxDelay, baseDelay × 2ⁿ⁻¹)`. Validation errors and other 4xx
/// responses are never retried. See ``RetryPolicy/isRetryable(status:code:)`` and
/// ``RetryPolicy/isRetryable(_:)`` for the exact rules.
public struct RetryPolicy: Sendable {
    /// Attempts in all, the first one included; `1` means no retries.
    public var maxAttempts: Int
    /// The backoff before the first retry is at most this; it doubles with every further retry.
    public var baseDelay: Duration
    /// No backoff is longer than this.
    public var maxDelay: Duration
    /// How long one attempt may take before it is abandoned with ``ClientError/timedOut(operation:after:)``
    /// (and retried, if attempts remain); `nil` leaves timing out to the transport.
    public var attemptTimeout: Duration?
    /// Waits for a duration: between attempts, and for ``attemptTimeout``. Tests inject a clock here.
    public var sleep: @Sendable (Duration) async throws -> Void
    /// A random number in `0...1` that scales each backoff (the jitter). Tests inject a fixed one.
    public var random: @Sendable () -> Double

    /// Creates a policy; the defaults are those of ``standard``.
    public init(
        maxAttempts: Int = 3, baseDelay: Duration = .milliseconds(100), maxDelay: Duration = .seconds(20),
        attemptTimeout: Duration? = nil,
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        random: @escaping @Sendable () -> Double = { Double.random(in: 0...1) }
    ) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.attemptTimeout = attemptTimeout
        self.sleep = sleep
        self.random = random
    }

    /// One attempt, no retries: the default of ``ClientConfiguration``.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// Three attempts, backoff from 100 ms up to at most 20 s: the recommended setting for AWS.
    public static let standard = RetryPolicy()

    /// The time to wait before retry number `retry` (1 for the first retry): a random share of
    /// `min(maxDelay, baseDelay × 2^(retry − 1))`.
    public func delay(beforeRetry retry: Int) -> Duration {
        var ceiling = baseDelay
        for _ in 0..<min(max(0, retry - 1), 64) where ceiling < maxDelay {
            ceiling = ceiling * 2
        }
        return min(ceiling, maxDelay) * min(1, max(0, random()))
    }
}
