import Foundation

/// One message of the `application/vnd.amazon.eventstream` framing: headers and a payload,
/// checked against both of its CRC32s.
///
/// The layout: total length and headers length (4 bytes each, big-endian), the CRC of those 8
/// bytes, the headers, the payload, and the CRC of everything before it. A header is a name
/// (1-byte length), a type byte and a value whose size the type gives.
struct EventStreamMessage {
    /// A header's value, by its wire type.
    enum HeaderValue: Equatable {
        case boolean(Bool)
        case integer(Int64)
        case bytes(Data)
        case string(String)
        case timestamp(Date)
        case uuid(Data)
    }

    /// Why bytes are not a valid stream of messages.
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    /// The headers, in order.
    var headers: [(name: String, value: HeaderValue)]
    /// The payload.
    var payload: Data

    /// The value of the string header `name` (`:event-type`, `:message-type`…).
    func string(_ name: String) -> String? {
        guard case .string(let text)? = headers.first(where: { $0.name == name })?.value else { return nil }
        return text
    }

    /// Every message in `data`, which must hold whole messages only.
    static func messages(in data: Data) throws(Malformed) -> [EventStreamMessage] {
        let bytes = [UInt8](data)
        var messages: [EventStreamMessage] = []
        var start = 0
        while start < bytes.count {
            let (message, length) = try message(in: bytes, at: start)
            messages.append(message)
            start += length
        }
        return messages
    }

    private static func message(in bytes: [UInt8], at start: Int) throws(Malformed) -> (EventStreamMessage, Int) {
        guard bytes.count - start >= 16 else { throw Malformed(description: "a message at byte \(start) is cut short") }
        let total = Int(uint32(bytes, start))
        let headersLength = Int(uint32(bytes, start + 4))
        guard total >= 16, total <= bytes.count - start, headersLength <= total - 16 else {
            throw Malformed(
                description: "the message at byte \(start) claims \(total) bytes with \(headersLength) of headers")
        }
        guard CRC32.checksum(bytes[start..<start + 8]) == uint32(bytes, start + 8) else {
            throw Malformed(description: "the prelude of the message at byte \(start) fails its CRC")
        }
        guard CRC32.checksum(bytes[start..<start + total - 4]) == uint32(bytes, start + total - 4) else {
            throw Malformed(description: "the message at byte \(start) fails its CRC")
        }
        var reader = Reader(bytes: bytes, position: start + 12, end: start + 12 + headersLength)
        var headers: [(name: String, value: HeaderValue)] = []
        while reader.position < reader.end {
            let name = String(decoding: try reader.take(Int(try reader.byte())), as: UTF8.self)
            headers.append((name, try reader.headerValue()))
        }
        let payload = Data(bytes[(start + 12 + headersLength)..<(start + total - 4)])
        return (EventStreamMessage(headers: headers, payload: payload), total)
    }

    private static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        bytes[at..<at + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// Reads a message's headers, never past their end.
    private struct Reader {
        let bytes: [UInt8]
        var position: Int
        let end: Int

        mutating func take(_ count: Int) throws(Malformed) -> ArraySlice<UInt8> {
            guard count <= end - position else { throw Malformed(description: "a header runs past the headers' end") }
            defer { position += count }
            return bytes[position..<position + count]
        }

        mutating func byte() throws(Malformed) -> UInt8 {
            try take(1).first ?? 0
        }

        mutating func integer(_ size: Int) throws(Malformed) -> Int64 {
            let raw = try take(size).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            let shift = UInt64(64 - size * 8)
            return Int64(bitPattern: raw << shift) >> Int64(shift)
        }

        mutating func headerValue() throws(Malformed) -> HeaderValue {
            switch try byte() {
            case 0: return .boolean(true)
            case 1: return .boolean(false)
            case 2: return .integer(try integer(1))
            case 3: return .integer(try integer(2))
            case 4: return .integer(try integer(4))
            case 5: return .integer(try integer(8))
            case 6: return .bytes(Data(try take(Int(try integer(2) & 0xFFFF))))
            case 7: return .string(String(decoding: try take(Int(try integer(2) & 0xFFFF)), as: UTF8.self))
            case 8: return .timestamp(Date(timeIntervalSince1970: Double(try integer(8)) / 1000))
            case 9: return .uuid(Data(try take(16)))
            case let type: throw Malformed(description: "unknown header type \(type)")
            }
        }
    }
}
