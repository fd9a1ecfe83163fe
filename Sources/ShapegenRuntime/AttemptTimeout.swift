/// Runs `body`, abandoning it (by cancellation) when `sleep(timeout)` returns first.
///
/// - Throws: ``ClientError/timedOut(operation:after:)`` when the time is up, otherwise whatever
///   `body` or `sleep` throws.
func withAttemptTimeout<Result: Sendable>(
    _ timeout: Duration, operation: String, sleep: @escaping @Sendable (Duration) async throws -> Void,
    _ body: @escaping @Sendable () async throws -> Result
) async throws -> Result {
    try await withThrowingTaskGroup(of: Result?.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await sleep(timeout)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let result = first else {
            throw ClientError.timedOut(operation: operation, after: timeout)
        }
        return result
    }
}
