import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 and a free port, one connection per request, for testing
/// transports against real sockets without leaving the machine.
final class LoopbackHTTPServer: @unchecked Sendable {
    /// A request as it arrived.
    struct Received: Sendable, Hashable {
        var method: String
        var target: String
        /// Header fields in arrival order, names as sent.
        var headers: [[String]]
        var body: Data

        func header(_ name: String) -> String? {
            headers.first { $0[0].lowercased() == name.lowercased() }?[1]
        }
    }

    /// What the server does with a request.
    enum Reply: Sendable {
        /// Answer with this status, header fields and body, then close the connection.
        case respond(status: Int, headers: [(String, String)], body: Data)
        /// Read the request and say nothing, keeping the connection open until the server stops.
        case silence
    }

    /// The port it listens on.
    let port: UInt16
    private let listener: Int32
    private let reply: @Sendable (Received) -> Reply
    private let lock = NSLock()
    private var received: [Received] = []
    private var silentConnections: [Int32] = []
    private var isStopped = false

    /// Starts a server that answers with `reply`.
    init(reply: @escaping @Sendable (Received) -> Reply) throws {
        self.reply = reply
        // Close-on-exec, so that a process another test starts meanwhile cannot keep the port open.
        #if canImport(Glibc)
            let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        #else
            let listener = socket(AF_INET, SOCK_STREAM, 0)
            _ = fcntl(listener, F_SETFD, FD_CLOEXEC)
        #endif
        guard listener >= 0 else { throw POSIXError(.EIO) }
        self.listener = listener
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(listener, socketAddress, length) == 0 && listen(listener, 16) == 0
                    && getsockname(listener, socketAddress, &length) == 0
            }
        }
        guard bound else {
            close(listener)
            throw POSIXError(.EADDRINUSE)
        }
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// The URL of the server's root, e.g. `http://127.0.0.1:41234`.
    var url: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// The requests received so far, in order.
    var requests: [Received] { lock.withLock { received } }

    /// Stops listening and closes connections held open by ``Reply/silence``.
    ///
    /// The listening socket is shut down here, which wakes the accept loop, and closed by the loop
    /// as it ends: closing it here could hand its descriptor number to another test's socket while
    /// the loop still accepts on it.
    func stop() {
        let silent: [Int32]? = lock.withLock {
            guard !isStopped else { return nil }
            isStopped = true
            defer { silentConnections = [] }
            return silentConnections
        }
        guard let silent else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        for connection in silent {
            shutdown(connection, Int32(SHUT_RDWR))
            close(connection)
        }
    }

    private func acceptLoop() {
        defer { close(listener) }
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            _ = fcntl(connection, F_SETFD, FD_CLOEXEC)
            guard !lock.withLock({ isStopped }), let request = read(from: connection) else {
                close(connection)
                if lock.withLock({ isStopped }) { return }
                continue
            }
            lock.withLock { received.append(request) }
            switch reply(request) {
            case .respond(let status, let headers, let body):
                var head = "HTTP/1.1 \(status) Status\r\nContent-Length: \(body.count)\r\nConnection: close\r\n"
                for (name, value) in headers { head += "\(name): \(value)\r\n" }
                write(Data((head + "\r\n").utf8) + body, to: connection)
                close(connection)
            case .silence:
                // A connection accepted while `stop()` ran is closed at once rather than left open.
                let kept = lock.withLock {
                    if !isStopped { silentConnections.append(connection) }
                    return !isStopped
                }
                if !kept { close(connection) }
            }
        }
    }

    private func read(from connection: Int32) -> Received? {
        var buffer = Data()
        var chunk = [UInt8](repeating: 0, count: 4096)
        let separator = Data("\r\n\r\n".utf8)
        var headEnd: Range<Data.Index>?
        while headEnd == nil {
            let count = recv(connection, &chunk, chunk.count, 0)
            guard count > 0 else { return nil }
            buffer.append(contentsOf: chunk[0..<count])
            headEnd = buffer.range(of: separator)
        }
        guard let headEnd else { return nil }
        let lines = String(decoding: buffer[..<headEnd.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let requestLine = lines[0].split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        let headers = lines.dropFirst().compactMap { line -> [String]? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return [String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)]
        }
        var received = Received(
            method: String(requestLine[0]), target: String(requestLine[1]), headers: headers, body: Data())
        if received.header("Expect")?.lowercased() == "100-continue" {
            write(Data("HTTP/1.1 100 Continue\r\n\r\n".utf8), to: connection)
        }
        let length = Int(received.header("Content-Length") ?? "0") ?? 0
        var body = Data(buffer[headEnd.upperBound...])
        while body.count < length {
            let count = recv(connection, &chunk, chunk.count, 0)
            guard count > 0 else { return nil }
            body.append(contentsOf: chunk[0..<count])
        }
        received.body = body
        return received
    }

    #if canImport(Glibc)
        private static let noSignal = Int32(MSG_NOSIGNAL)
    #else
        private static let noSignal: Int32 = 0
    #endif

    private func write(_ data: Data, to connection: Int32) {
        data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let sent = send(connection, bytes.baseAddress! + offset, bytes.count - offset, Self.noSignal)
                guard sent > 0 else { return }
                offset += sent
            }
        }
    }
}
