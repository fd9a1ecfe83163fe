import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension RetryPolicy {
    /// Error codes that mean "slow down": retried whatever the status (botocore's list).
    public static let throttlingCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown",
        "PriorRequestNotComplete", "EC2ThrottledException",
    ]

    /// Error codes of transient server-side failures: retried whatever the status.
    public static let transientCodes: Set<String> = [
        "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete",
    ]

    /// Error codes that say the input is wrong: never retried, whatever the status.
    public static let validationCodes: Set<String> = [
        "ValidationException", "ValidationError", "SerializationException",
    ]

    /// Transport failures worth another attempt: timeouts and connections that failed or broke.
    public static let retryableURLErrorCodes: Set<URLError.Code> = [
        .timedOut, .cannotConnectToHost, .networkConnectionLost, .cannotFindHost, .dnsLookupFailed,
        .notConnectedToInternet, .badServerResponse,
    ]

    /// Whether an error response with `status` and error `code` is worth another attempt.
    ///
    /// Validation codes never are; throttling and transient codes always are; otherwise 429 and
    /// every 5xx but 501 (Not Implemented) are, and no other status is.
    public static func isRetryable(status: Int, code: String?) -> Bool {
        if let code {
            if validationCodes.contains(code) { return false }
            if throttlingCodes.contains(code) || transientCodes.contains(code) { return true }
        }
        return status == 429 || ((500...599).contains(status) && status != 501)
    }

    /// Whether an error thrown while sending (not an error response) is worth another attempt:
    /// the transport failures in ``retryableURLErrorCodes`` and ``ClientError/timedOut(operation:after:)``.
    public static func isRetryable(_ error: any Error) -> Bool {
        if let error = error as? URLError { return retryableURLErrorCodes.contains(error.code) }
        if case ClientError.timedOut = error { return true }
        return false
    }
}
