/// Turns model names into Swift identifiers: case conversion, keyword escaping, invalid characters.
public enum SwiftNaming {
    /// Words that must be escaped with backticks to be used as identifiers.
    public static let keywords: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func",
        "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "package", "private",
        "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
        "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard",
        "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "Any", "await", "false", "is",
        "nil", "self", "Self", "super", "throws", "true", "try", "_",
    ]

    /// Names that cannot name a type even with backticks, or that would break code that uses the type.
    ///
    /// Module names are reserved too: generated code qualifies standard types as `Swift.String`.
    /// So is `Void`: a function type whose one parameter is named `Void` reads as taking no
    /// parameter (and warns), whatever `Void` is.
    static let reservedTypeNames: Set<String> = [
        "Type", "Protocol", "Self", "Any", "_", "Swift", "Foundation", "ShapegenRuntime", "Void",
    ]

    /// A lowerCamelCase identifier for a member, property or enum case.
    ///
    /// Acronyms follow the Swift API Design Guidelines: a leading one is lower-cased, inner ones
    /// keep their capitals (`DBInstanceId` → `dbInstanceId`, `ChecksumCRC32` → `checksumCRC32`,
    /// `SSECustomerKeyMD5` → `sseCustomerKeyMD5`). A name without lower-case letters has no acronyms
    /// to keep: `ON_DEMAND` → `onDemand`, `URL` → `url`.
    ///
    /// Returns the bare name; ``escaped(_:)`` adds backticks where Swift needs them.
    public static func lowerCamel(_ name: String) -> String {
        if let identifier = asciiCamel(name, lowercasingFirstWord: true) { return identifier }
        let words = self.words(in: name)
        guard let first = words.first else { return fallback(for: name) }
        let keepsAcronyms = name.unicodeScalars.contains { $0.properties.isLowercase }
        let tail = words.dropFirst().map { keepsAcronyms && isAcronym($0) ? $0 : capitalized($0) }
        return prefixedIfLeadingDigit(first.lowercased() + tail.joined())
    }

    /// An UpperCamelCase identifier for a type or service, with acronyms kept: `list-jobs` →
    /// `ListJobs`, `EC2` → `EC2`, `ACM PCA` → `ACMPCA`, `Elastic Load Balancing v2` →
    /// `ElasticLoadBalancingV2`.
    public static func upperCamel(_ name: String) -> String {
        let identifier: String
        if let ascii = asciiCamel(name, lowercasingFirstWord: false) {
            identifier = ascii
        } else {
            let words = self.words(in: name)
            guard !words.isEmpty else { return fallback(for: name) }
            identifier = prefixedIfLeadingDigit(words.map { isAcronym($0) ? $0 : capitalized($0) }.joined())
        }
        return reservedTypeNames.contains(identifier) ? identifier + "_" : identifier
    }

    /// Whether a word (as ``words(in:)`` splits them) is an acronym: no lower-case letter.
    private static func isAcronym(_ word: String) -> Bool {
        !word.unicodeScalars.contains { $0.properties.isLowercase }
    }

    /// A type name that keeps the model's spelling when it is already a valid identifier.
    public static func typeName(_ name: String) -> String {
        // An identifier is ASCII: its first byte tells whether it starts with a capital.
        if isIdentifier(name), let first = name.utf8.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first) {
            return reservedTypeNames.contains(name) ? name + "_" : name
        }
        return upperCamel(name)
    }

    /// `name`, in backticks when it is a keyword.
    public static func escaped(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    /// `name` as an argument label in a compound name such as `init(label:)`, where every keyword
    /// but `inout` stands unescaped (escaping the others draws a warning).
    public static func compoundNameLabel(_ name: String) -> String {
        name == "inout" ? "`inout`" : name
    }

    /// Whether `name` is a plain Swift identifier: ASCII letters, digits and underscores, not starting with a digit.
    public static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, !isDigit(first) else { return false }
        return name.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || isDigit(byte) || byte == UInt8(ascii: "_")
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// Splits a name into words at punctuation, case changes and acronym ends: `DBInstanceARN2` → DB, Instance, ARN2.
    ///
    /// Letters outside ASCII are kept (Swift accepts them in identifiers); other symbols separate words.
    static func words(in name: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        let scalars = Array(name.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            guard let kind = CharacterKind(scalar) else {
                if !current.isEmpty { words.append(String(current)) }
                current = String.UnicodeScalarView()
                continue
            }
            if let previous = current.last.flatMap(CharacterKind.init) {
                let next = index + 1 < scalars.count ? CharacterKind(scalars[index + 1]) : nil
                let startsWord =
                    (kind == .upper && previous == .lower)
                    || (kind == .upper && previous == .upper && next == .lower)
                    || (kind == .upper && previous == .digit)
                if startsWord {
                    words.append(String(current))
                    current = String.UnicodeScalarView()
                }
            }
            current.append(scalar)
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// ``lowerCamel(_:)`` or ``upperCamel(_:)`` (before reserved names) of an ASCII name in one pass
    /// over its bytes, splitting words as ``words(in:)`` does; `nil` for other names and names
    /// without a letter or digit. Naming large models is dominated by this otherwise.
    private static func asciiCamel(_ name: String, lowercasingFirstWord: Bool) -> String? {
        var name = name
        return name.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }),
                let first = bytes.first(where: { CharacterKind(Unicode.Scalar($0)) != nil })
            else { return nil }
            let leadingDigit = isDigit(first)
            // Inner capitals are kept in types, and in members whose name has lower-case letters
            // (where they mark acronyms), see `lowerCamel(_:)`.
            let keepsCapitals = !lowercasingFirstWord || bytes.contains { (0x61...0x7A).contains($0) }
            return String(unsafeUninitializedCapacity: bytes.count + 1) { output in
                var count = 0
                if leadingDigit {
                    output[0] = UInt8(ascii: "_")
                    count = 1
                }
                var previous: CharacterKind?
                var inFirstWord = true
                for (index, byte) in bytes.enumerated() {
                    guard let kind = CharacterKind(Unicode.Scalar(byte)) else {
                        previous = nil
                        continue
                    }
                    let next = index + 1 < bytes.count ? CharacterKind(Unicode.Scalar(bytes[index + 1])) : nil
                    let startsWord =
                        previous == nil
                        || (kind == .upper
                            && (previous == .lower || previous == .digit || (previous == .upper && next == .lower)))
                    if startsWord, count > (leadingDigit ? 1 : 0) { inFirstWord = false }
                    let lowersWord = inFirstWord && lowercasingFirstWord
                    if startsWord {
                        output[count] = lowersWord ? asciiLowercased(byte) : asciiUppercased(byte)
                    } else {
                        output[count] = keepsCapitals && !lowersWord ? byte : asciiLowercased(byte)
                    }
                    count += 1
                    previous = kind
                }
                return count
            }
        }
    }

    private static func asciiUppercased(_ byte: UInt8) -> UInt8 {
        (0x61...0x7A).contains(byte) ? byte - 0x20 : byte
    }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }

    /// How a scalar takes part in a name; `nil` for separators. ASCII is decided without
    /// Unicode property look-ups, which dominate the cost of naming large models otherwise.
    private enum CharacterKind: Equatable {
        case upper, lower, otherLetter, digit

        init?(_ scalar: Unicode.Scalar) {
            switch scalar.value {
            case 0x41...0x5A: self = .upper
            case 0x61...0x7A: self = .lower
            case 0x30...0x39: self = .digit
            case 0..<0x80: return nil
            default:
                let properties = scalar.properties
                guard properties.isAlphabetic else { return nil }
                self = properties.isUppercase ? .upper : properties.isLowercase ? .lower : .otherLetter
            }
        }
    }

    private static func capitalized(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes = Array(word.utf8)
            for index in bytes.indices {
                let byte = bytes[index]
                if index == 0, (0x61...0x7A).contains(byte) { bytes[index] = byte - 0x20 }
                if index > 0, (0x41...0x5A).contains(byte) { bytes[index] = byte + 0x20 }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return word.prefix(1).uppercased() + word.dropFirst().lowercased()
    }

    private static func prefixedIfLeadingDigit(_ identifier: String) -> String {
        identifier.first?.isNumber == true ? "_" + identifier : identifier
    }

    /// A name for text with no ASCII letters or digits, from its scalars' code points, e.g. `*` → `u2A`.
    private static func fallback(for name: String) -> String {
        guard !name.isEmpty else { return "empty" }
        return "u" + name.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: "_")
    }
}
