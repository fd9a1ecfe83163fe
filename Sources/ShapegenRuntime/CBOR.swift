import Foundation

/// A CBOR data item (RFC 8949), as the smithy-rpc-v2-cbor protocol sends and receives them.
///
/// Reading is bounded: nesting is limited, every length is checked against the bytes that remain
/// before anything is allocated, and anything malformed, truncated or oversized is a
/// ``CBORValue/Malformed`` error, never a crash.
public indirect enum CBORValue: Equatable, Sendable {
    /// An unsigned integer (major type 0).
    case unsigned(UInt64)
    /// The negative integer `-1 - n` (major type 1).
    case negative(UInt64)
    /// A byte string.
    case bytes(Data)
    /// A UTF-8 text string.
    case text(String)
    /// An array.
    case array([CBORValue])
    /// A map, its entries in the order they were written.
    case map([(key: CBORValue, value: CBORValue)])
    /// A tagged item, such as tag 1 (epoch-based date and time).
    case tagged(UInt64, CBORValue)
    /// `true` or `false`.
    case boolean(Bool)
    /// `null`.
    case null
    /// `undefined`.
    case undefined
    /// A half-, single- or double-precision float.
    case float(Double)

    /// Why bytes are not one CBOR data item.
    public struct Malformed: Error, CustomStringConvertible {
        /// What is wrong.
        public var description: String
    }

    /// Nesting deeper than this is refused rather than risking the stack.
    static let maximumDepth = 256

    /// Whether two items are the same, NaN equal to NaN and map entries compared in order.
    public static func == (lhs: CBORValue, rhs: CBORValue) -> Bool {
        switch (lhs, rhs) {
        case (.unsigned(let a), .unsigned(let b)), (.negative(let a), .negative(let b)): a == b
        case (.bytes(let a), .bytes(let b)): a == b
        case (.text(let a), .text(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.map(let a), .map(let b)): a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
        case (.tagged(let a, let x), .tagged(let b, let y)): a == b && x == y
        case (.boolean(let a), .boolean(let b)): a == b
        case (.null, .null), (.undefined, .undefined): true
        case (.float(let a), .float(let b)): a == b || (a.isNaN && b.isNaN)
        default: false
        }
    }

    // MARK: Writing

    /// The item's bytes: definite lengths, the shortest integer forms, floats as doubles.
    public var encoded: Data {
        var bytes: [UInt8] = []
        write(into: &bytes)
        return Data(bytes)
    }

    private func write(into bytes: inout [UInt8]) {
        switch self {
        case .unsigned(let value): Self.head(0, value, into: &bytes)
        case .negative(let value): Self.head(1, value, into: &bytes)
        case .bytes(let data):
            Self.head(2, UInt64(data.count), into: &bytes)
            bytes += data
        case .text(let text):
            Self.head(3, UInt64(text.utf8.count), into: &bytes)
            bytes += text.utf8
        case .array(let items):
            Self.head(4, UInt64(items.count), into: &bytes)
            for item in items { item.write(into: &bytes) }
        case .map(let entries):
            Self.head(5, UInt64(entries.count), into: &bytes)
            for entry in entries {
                entry.key.write(into: &bytes)
                entry.value.write(into: &bytes)
            }
        case .tagged(let tag, let item):
            Self.head(6, tag, into: &bytes)
            item.write(into: &bytes)
        case .boolean(let flag): bytes.append(flag ? 0xF5 : 0xF4)
        case .null: bytes.append(0xF6)
        case .undefined: bytes.append(0xF7)
        case .float(let value):
            bytes.append(0xFB)
            bytes += (0..<8).reversed().map { UInt8(truncatingIfNeeded: value.bitPattern >> ($0 * 8)) }
        }
    }

    private static func head(_ major: UInt8, _ value: UInt64, into bytes: inout [UInt8]) {
        let type = major << 5
        switch value {
        case 0..<24: bytes.append(type | UInt8(value))
        case 24...0xFF: bytes += [type | 24, UInt8(value)]
        case 0x100...0xFFFF:
            bytes += [type | 25] + (0..<2).reversed().map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
        case 0x1_0000...0xFFFF_FFFF:
            bytes += [type | 26] + (0..<4).reversed().map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
        default: bytes += [type | 27] + (0..<8).reversed().map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
        }
    }

    // MARK: Reading

    /// The one data item that `data` holds.
    public init(decoding data: Data) throws(Malformed) {
        var reader = Reader(bytes: [UInt8](data))
        let item = try reader.item(depth: 0)
        guard reader.position == reader.bytes.count else { throw Malformed(description: "bytes follow the data item") }
        self = item
    }

    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        mutating func byte() throws(Malformed) -> UInt8 {
            guard position < bytes.count else { throw Malformed(description: "the data ends early") }
            defer { position += 1 }
            return bytes[position]
        }

        mutating func take(_ count: UInt64) throws(Malformed) -> ArraySlice<UInt8> {
            guard count <= UInt64(bytes.count - position) else {
                throw Malformed(description: "a length of \(count) runs past the end")
            }
            defer { position += Int(count) }
            return bytes[position..<position + Int(count)]
        }

        mutating func argument(_ info: UInt8) throws(Malformed) -> UInt64 {
            switch info {
            case 0..<24: return UInt64(info)
            case 24...27: return try take(1 << UInt64(info - 24)).reduce(0) { $0 << 8 | UInt64($1) }
            default: throw Malformed(description: "reserved additional information \(info)")
            }
        }

        /// The remaining bytes bound how many items an array or map can hold.
        func checkCount(_ count: UInt64, perItem: Int) throws(Malformed) {
            guard count <= UInt64(bytes.count - position) / UInt64(perItem) else {
                throw Malformed(description: "a count of \(count) runs past the end")
            }
        }

        mutating func item(depth: Int) throws(Malformed) -> CBORValue {
            guard depth < CBORValue.maximumDepth else {
                throw Malformed(description: "nesting deeper than \(CBORValue.maximumDepth)")
            }
            let initial = try byte()
            let major = initial >> 5
            let info = initial & 0x1F
            switch major {
            case 0: return .unsigned(try argument(info))
            case 1: return .negative(try argument(info))
            case 2, 3:
                var data = Data()
                if info == 31 {
                    while true {
                        if position < bytes.count, bytes[position] == 0xFF {
                            position += 1
                            break
                        }
                        let chunk = try byte()
                        guard chunk >> 5 == major, chunk & 0x1F != 31 else {
                            throw Malformed(description: "a chunk of another type in a string")
                        }
                        data += try take(try argument(chunk & 0x1F))
                    }
                } else {
                    data = Data(try take(try argument(info)))
                }
                if major == 2 { return .bytes(data) }
                guard let text = String(data: data, encoding: .utf8) else {
                    throw Malformed(description: "a text string is not UTF-8")
                }
                return .text(text)
            case 4:
                var items: [CBORValue] = []
                if info == 31 {
                    while try peekBreak() == false { items.append(try item(depth: depth + 1)) }
                } else {
                    let count = try argument(info)
                    try checkCount(count, perItem: 1)
                    for _ in 0..<count { items.append(try item(depth: depth + 1)) }
                }
                return .array(items)
            case 5:
                var entries: [(key: CBORValue, value: CBORValue)] = []
                if info == 31 {
                    while try peekBreak() == false {
                        entries.append((try item(depth: depth + 1), try item(depth: depth + 1)))
                    }
                } else {
                    let count = try argument(info)
                    try checkCount(count, perItem: 2)
                    for _ in 0..<count { entries.append((try item(depth: depth + 1), try item(depth: depth + 1))) }
                }
                return .map(entries)
            case 6: return .tagged(try argument(info), try item(depth: depth + 1))
            default:
                switch info {
                case 20: return .boolean(false)
                case 21: return .boolean(true)
                case 22: return .null
                case 23: return .undefined
                case 25: return .float(Double(Self.half(UInt16(try argument(info)))))
                case 26: return .float(Double(Float(bitPattern: UInt32(try argument(info)))))
                case 27: return .float(Double(bitPattern: try argument(info)))
                default: throw Malformed(description: "unsupported simple value \(info)")
                }
            }
        }

        /// Whether the next byte ends an indefinite-length array or map (and skips it if so).
        mutating func peekBreak() throws(Malformed) -> Bool {
            guard position < bytes.count else {
                throw Malformed(description: "an indefinite-length item is not closed")
            }
            guard bytes[position] == 0xFF else { return false }
            position += 1
            return true
        }

        /// A half-precision float (RFC 8949, appendix D).
        static func half(_ bits: UInt16) -> Float {
            let exponent = Int((bits >> 10) & 0x1F)
            let mantissa = Float(bits & 0x3FF)
            let magnitude: Float
            switch exponent {
            case 0: magnitude = mantissa * powf(2, -24)
            case 31: magnitude = mantissa == 0 ? .infinity : .nan
            default: magnitude = (1 + mantissa / 1024) * powf(2, Float(exponent - 15))
            }
            return bits & 0x8000 != 0 ? -magnitude : magnitude
        }
    }
}
