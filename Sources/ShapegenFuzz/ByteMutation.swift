import Foundation

/// Mutations of a model file's bytes, after it has been written as YAML.
struct ByteMutation {
    /// The kinds of mutation, chosen uniformly.
    enum Kind: CaseIterable {
        case invalidUTF8, truncate, flipBytes, controlCharacters, splice
    }

    private(set) var data: Data

    /// Sequences that are not UTF-8: a lone continuation byte, a truncated sequence, an overlong
    /// encoding, a surrogate, a code point past U+10FFFF, bytes that never occur.
    static let invalidSequences: [[UInt8]] = [
        [0x80], [0xC3], [0xC3, 0x28], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xFE, 0xFF],
    ]

    mutating func apply(_ kind: Kind, using random: inout FuzzRandom) {
        guard !data.isEmpty else { return }
        let offset = Int.random(in: 0..<data.count, using: &random)
        switch kind {
        case .invalidUTF8:
            data.insert(contentsOf: random.pick(Self.invalidSequences), at: data.startIndex + offset)
        case .truncate:
            data = data.prefix(offset)
        case .flipBytes:
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                let index = data.startIndex + Int.random(in: 0..<data.count, using: &random)
                data[index] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &random)
            }
        case .controlCharacters:
            let bytes: [UInt8] = random.pick([
                [0x00], [0x0D], [0x09], [0x1B], [0x7F], [0xEF, 0xBB, 0xBF], [0xE2, 0x80, 0xA8],
            ])
            data.insert(contentsOf: bytes, at: data.startIndex + offset)
        case .splice:
            let length = Int.random(in: 1...min(4_096, data.count - offset), using: &random)
            let chunk = data[(data.startIndex + offset)..<(data.startIndex + offset + length)]
            data.insert(contentsOf: chunk, at: data.startIndex + Int.random(in: 0...data.count, using: &random))
        }
    }
}
