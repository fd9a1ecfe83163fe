import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What one run of a child process did.
public struct CommandResult: Sendable, Hashable {
    /// The exit status (for a child killed by a signal, the signal's number, as `Process` reports it).
    public var status: Int32
    /// Everything written to standard output, decoded as UTF-8; with `mergeStandardError`, standard
    /// error too, interleaved as the child wrote them.
    public var standardOutput: String
    /// Everything written to standard error, decoded as UTF-8; empty with `mergeStandardError`.
    public var standardError: String

    /// Creates a result from its parts.
    public init(status: Int32, standardOutput: String, standardError: String) {
        self.status = status
        self.standardOutput = standardOutput
        self.standardError = standardError
    }
}

/// The one way tests run a child process: from async code, without blocking a thread that other
/// tests need.
///
/// swift-testing runs tests, synchronous ones included, on Swift concurrency's cooperative thread
/// pool, which has one thread per core (two on CI). A test that blocks such a thread on a child
/// (`waitUntilExit`, `readDataToEndOfFile`, `DispatchGroup.wait`) takes it from every other test for
/// as long as the child runs: one `swift build` starved timeouts of 200 ms into a minute. Pipe readers
/// on `DispatchQueue.global()` likewise take the threads that FoundationNetworking's `URLSession`
/// delegate queues need.
///
/// So here every blocking step (starting the child, draining its standard output and standard error
/// at once so that neither pipe fills, waiting for it to exit) happens on threads of its own
/// (`Thread`, never the cooperative pool or a Dispatch global queue), and the awaiting task is
/// resumed through a checked continuation when all of it is done. The pipes are made close-on-exec
/// (under a lock that every start here takes), so a child another test starts at the same moment
/// cannot inherit one and hold off its end of file.
///
/// At most ``concurrencyLimit`` children run at once; further runs wait for a turn, suspended (not
/// blocking a thread). Without the limit swift-testing, which starts every test at once, had dozens
/// of `shapegen` processes competing for two cores, which starved the tests in this process as
/// surely as blocked threads did.
///
/// Cancelling the awaiting task (for example by a test's time limit) sends `SIGTERM` to the child's
/// process group, waits for it to exit, and throws `CancellationError`.
public enum ChildProcess {
    /// Runs `executable arguments…` and returns its exit status and everything it printed.
    ///
    /// Standard input is `/dev/null`.
    ///
    /// - Parameters:
    ///   - executable: The program to run, e.g. `/usr/bin/env` to look the next argument up on `PATH`.
    ///   - arguments: Its arguments, without the program itself.
    ///   - directory: Its working directory; `nil` for this process's.
    ///   - environment: Its whole environment; `nil` for this process's.
    ///   - mergeStandardError: Send standard error into the standard output pipe, so that
    ///     ``CommandResult/standardOutput`` holds both as interleaved by the child.
    /// - Throws: What `Process.run()` throws when the child cannot be started (e.g. no such
    ///   executable); `CancellationError` when the task was cancelled and the child terminated.
    public static func run(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil,
        mergeStandardError: Bool = false
    ) async throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        process.standardInput = FileHandle.nullDevice
        let (status, data) = try await launch(process) { process in
            let output = try ClosingOnExecPipe()
            let error = mergeStandardError ? nil : try ClosingOnExecPipe()
            process.standardOutput = output.writing
            process.standardError = (error ?? output).writing
            return Attachment(closingAfterLaunch: [output.writing, error?.writing].compactMap { $0 }) {
                // Standard error on one more thread, standard output on the launching one.
                let errorData = error.map { pipe in
                    Mailbox.filled(onNewThread: "ChildProcess standard error") { pipe.reading.readDataToEndOfFile() }
                }
                let outputData = output.reading.readDataToEndOfFile()
                return (outputData, errorData?.take() ?? Data())
            }
        }
        return CommandResult(
            status: status, standardOutput: String(decoding: data.0, as: UTF8.self),
            standardError: String(decoding: data.1, as: UTF8.self))
    }

    /// Starts `process`, configured by the caller, and returns its exit status once it has exited.
    ///
    /// For a child whose output goes to files (or `/dev/null`) rather than pipes; with pipes, use
    /// ``run(_:_:in:environment:mergeStandardError:)``, which drains them. Do not touch `process`
    /// after handing it over.
    ///
    /// - Throws: What `Process.run()` throws when the child cannot be started; `CancellationError`
    ///   when the task was cancelled and the child terminated.
    public static func run(_ process: Process) async throws -> Int32 {
        try await launch(process) { _ in Attachment(closingAfterLaunch: []) {} }.status
    }

    /// How many children run at once: the number of active processor cores, and at least two.
    public static let concurrencyLimit = max(2, ProcessInfo.processInfo.activeProcessorCount)

    /// The turns to run a child, ``concurrencyLimit`` of them.
    private static let turns = Turns(count: concurrencyLimit)

    /// What a launch attaches to the child, made on the launching thread just before the start.
    private struct Attachment<Drained: Sendable> {
        /// The parent's copies of the pipes' write ends: closed once the child has its own (or failed
        /// to start), so that the read ends see end of file when the child exits.
        var closingAfterLaunch: [FileHandle]
        /// Reads what the child writes, while it runs, on the launching thread.
        var drain: @Sendable () -> Drained
    }

    /// Held while pipes are made and while children start, so that no child that one launch starts
    /// inherits the pipes of another before they are marked close-on-exec.
    private static let launchLock = NSLock()

    /// On a new thread: attaches pipes with `attach`, starts `process`, runs the attachment's `drain`
    /// while it runs, waits for it to exit, and resumes the caller with its status and what `drain`
    /// returned.
    private static func launch<Drained: Sendable>(
        _ process: Process, attach: @escaping @Sendable (Process) throws -> Attachment<Drained>
    ) async throws -> (status: Int32, drained: Drained) {
        await turns.take()
        defer { turns.giveBack() }
        try Task.checkCancellation()
        let termination = Termination()
        let result: (status: Int32, drained: Drained) = try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let thread = Thread {
                    let attachment: Attachment<Drained>
                    do {
                        attachment = try launchLock.withLock {
                            let attachment = try attach(process)
                            defer { for handle in attachment.closingAfterLaunch { try? handle.close() } }
                            try process.run()
                            return attachment
                        }
                    } catch {
                        continuation.resume(throwing: error)
                        return
                    }
                    termination.started(process)
                    let drained = attachment.drain()
                    // This thread started it, so its run loop hears the exit at once.
                    process.waitUntilExit()
                    termination.finished()
                    continuation.resume(returning: (process.terminationStatus, drained))
                }
                thread.name = "ChildProcess \(process.executableURL?.lastPathComponent ?? "")"
                thread.start()
            }
        } onCancel: {
            termination.cancel()
        }
        if termination.terminatedByCancellation { throw CancellationError() }
        return result
    }
}

/// A pipe whose two ends are closed on `exec`: only the child that gets an end as its standard
/// output or error (`Process` duplicates it there) keeps it. Made under `ChildProcess.launchLock`.
private struct ClosingOnExecPipe: Sendable {
    /// The end the parent reads.
    let reading: FileHandle
    /// The end the child writes; the parent closes its copy once the child is started.
    let writing: FileHandle

    init() throws {
        // `pipe2(O_CLOEXEC)` is not visible from Swift on Linux; `ChildProcess.launchLock` covers the
        // moment between `pipe` and `fcntl` against children that `ChildProcess` starts.
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        reading = FileHandle(fileDescriptor: ends[0], closeOnDealloc: true)
        writing = FileHandle(fileDescriptor: ends[1], closeOnDealloc: true)
    }
}

/// One value handed from the thread that produces it to the thread that waits for it.
private final class Mailbox<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var value: Value?

    /// A mailbox that a new thread named `name` fills with `produce()`.
    static func filled(onNewThread name: String, _ produce: @escaping @Sendable () -> Value) -> Mailbox {
        let mailbox = Mailbox()
        let thread = Thread { mailbox.put(produce()) }
        thread.name = name
        thread.start()
        return mailbox
    }

    private func put(_ newValue: Value) {
        condition.withLock {
            value = newValue
            condition.broadcast()
        }
    }

    /// Blocks until the value is there, then returns it. Call only from a thread of one's own.
    func take() -> Value {
        condition.withLock {
            while value == nil { condition.wait() }
            return value!
        }
    }
}

/// A counting semaphore whose waiters suspend instead of blocking their thread.
private final class Turns: @unchecked Sendable {
    private let lock = NSLock()
    private var available: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(count: Int) { available = count }

    /// Returns once a turn is free and taken; waits suspended, first come first served.
    func take() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let granted = lock.withLock {
                if available > 0 {
                    available -= 1
                    return true
                }
                waiting.append(continuation)
                return false
            }
            if granted { continuation.resume() }
        }
    }

    /// Gives a turn back: to the longest waiter if there is one.
    func giveBack() {
        let next = lock.withLock {
            if waiting.isEmpty {
                available += 1
                return nil as CheckedContinuation<Void, Never>?
            }
            return waiting.removeFirst()
        }
        next?.resume()
    }
}

/// Whether the awaiting task was cancelled, and the child to terminate when it is.
private final class Termination: @unchecked Sendable {
    private let lock = NSLock()
    private var process: Process?
    private var cancelled = false
    private var exited = false
    private var terminated = false

    /// Whether the child was terminated because the task was cancelled.
    var terminatedByCancellation: Bool { lock.withLock { terminated } }

    /// Records the started child; terminates it at once if the task was cancelled meanwhile.
    func started(_ process: Process) {
        let terminateNow = lock.withLock {
            self.process = process
            return cancelled
        }
        if terminateNow { terminate(process) }
    }

    /// Records that the child has exited (and so must not be signalled: its id may be reused).
    func finished() {
        lock.withLock {
            exited = true
            process = nil
        }
    }

    /// Records the cancellation; terminates the child if it is running.
    func cancel() {
        let running = lock.withLock {
            cancelled = true
            return exited ? nil : process
        }
        if let running { terminate(running) }
    }

    private func terminate(_ process: Process) {
        lock.withLock {
            guard !exited, process.isRunning else { return }
            terminated = true
            // The child leads a process group of its own (`Process` starts it so on Linux); signal the
            // whole group, so that what it started (compilers under `swift build`) stops too.
            if kill(-process.processIdentifier, SIGTERM) != 0 { process.terminate() }
        }
    }
}
