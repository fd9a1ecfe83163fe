import Foundation
import HTTPTypes
import ShapegenHTTPTestSupport
import ShapegenRuntime

/// A transport that plays a script, one step per request, and records what it was sent.
///
/// When the script runs out it answers `500` with a body that says so, so that an unexpected extra
/// attempt fails the test rather than hanging it.
actor ScriptedTransport: HTTPTransport {
    /// What to do with one request.
    enum Step: Sendable {
        /// Answer with this response.
        case respond(CannedResponse)
        /// Throw this error, as a failed connection does.
        case fail(any Error)
        /// Never answer: wait until the attempt is cancelled (by a timeout), then throw `CancellationError`.
        case hang
    }

    /// The requests sent so far, oldest first.
    private(set) var requests: [SentRequest] = []
    private var steps: [Step]

    /// Creates a transport that plays `steps`.
    init(_ steps: [Step]) {
        self.steps = steps
    }

    func send(_ request: HTTPRequest, body: Data) async throws -> (HTTPResponse, Data) {
        requests.append(SentRequest(request, body: body))
        guard !steps.isEmpty else {
            return CannedResponse.text(500, #"{"message":"ScriptedTransport: script exhausted"}"#).message
        }
        switch steps.removeFirst() {
        case .respond(let response): return response.message
        case .fail(let error): throw error
        case .hang:
            try await waitUntilCancelled()
            throw CancellationError()
        }
    }
}

/// Suspends until the current task is cancelled: a "never" that real time cannot end.
func waitUntilCancelled() async throws {
    let latch = CancellationLatch()
    await withTaskCancellationHandler {
        await withCheckedContinuation { continuation in latch.wait(continuation) }
    } onCancel: {
        latch.cancel()
    }
    try Task.checkCancellation()
}

/// Resumes a waiting continuation once, when cancelled, whichever comes first.
private final class CancellationLatch: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Void, Never>?
    private var cancelled = false

    func wait(_ continuation: CheckedContinuation<Void, Never>) {
        let resumeNow = lock.withLock {
            if cancelled { return true }
            self.continuation = continuation
            return false
        }
        if resumeNow { continuation.resume() }
    }

    func cancel() {
        let waiting = lock.withLock {
            cancelled = true
            defer { continuation = nil }
            return continuation
        }
        waiting?.resume()
    }
}

/// Records the durations a client waits for, without waiting.
final class RecordingClock: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Duration] = []

    /// The durations asked for so far, in order.
    var sleeps: [Duration] { lock.withLock { recorded } }

    /// A sleep that records its duration and returns at once.
    var sleep: @Sendable (Duration) async throws -> Void {
        { [self] duration in lock.withLock { recorded.append(duration) } }
    }
}
