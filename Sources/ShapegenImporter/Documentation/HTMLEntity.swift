/// Decoding of HTML character references (`&amp;`, `&#39;`, `&#x27;`, …).
enum HTMLEntity {
    /// Decodes the character reference starting at `start` (which holds `&`), reading no further than `end`.
    ///
    /// Returns the Unicode scalar value and the index just after the reference, or `nil` when the text is not a
    /// reference we know (it is then kept literally). Numeric references may omit the `;`, as browsers allow;
    /// named ones may not.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> (value: UInt32, next: Int)? {
        var index = start + 1
        guard index < end else { return nil }
        if bytes[index] == UInt8(ascii: "#") {
            index += 1
            let hex = index < end && (bytes[index] | 0x20) == UInt8(ascii: "x")
            if hex { index += 1 }
            let digitsStart = index
            var value: UInt32 = 0
            while index < end, let digit = digitValue(bytes[index], hex: hex) {
                if value <= 0x10FFFF { value = value * (hex ? 16 : 10) + digit }
                index += 1
            }
            guard index > digitsStart else { return nil }
            if index < end && bytes[index] == UInt8(ascii: ";") { index += 1 }
            return (numericValue(value), index)
        }
        let nameStart = index
        while index < end, index - nameStart < 10, isAlphanumeric(bytes[index]) { index += 1 }
        guard index > nameStart, index < end, bytes[index] == UInt8(ascii: ";") else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<index]), as: UTF8.self)
        guard let value = named[name] else { return nil }
        return (value, index + 1)
    }

    /// What a browser shows for `&#value;`: C1 controls are read as Windows-1252 (`&#150;` is an en dash), and
    /// NUL, surrogates and out-of-range values become U+FFFD.
    private static func numericValue(_ value: UInt32) -> UInt32 {
        switch value {
        case 0, 0xD800...0xDFFF, 0x110000...: 0xFFFD
        case 0x80...0x9F: windows1252[Int(value - 0x80)]
        default: value
        }
    }

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    /// Code points 0x80–0x9F as Windows-1252 (unassigned ones stay as they are).
    private static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// The named references that occur in documentation, plus common typographic ones.
    private static let named: [String: UInt32] = [
        "lt": 0x3C, "gt": 0x3E, "amp": 0x26, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0,
        "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "hellip": 0x2026, "mdash": 0x2014, "ndash": 0x2013,
        "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A, "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E,
        "laquo": 0xAB, "raquo": 0xBB, "bull": 0x2022, "middot": 0xB7, "times": 0xD7, "divide": 0xF7,
        "deg": 0xB0, "plusmn": 0xB1, "micro": 0xB5, "para": 0xB6, "sect": 0xA7, "euro": 0x20AC, "pound": 0xA3,
        "yen": 0xA5, "cent": 0xA2, "larr": 0x2190, "uarr": 0x2191, "rarr": 0x2192, "darr": 0x2193,
        "harr": 0x2194, "le": 0x2264, "ge": 0x2265, "ne": 0x2260, "asymp": 0x2248, "infin": 0x221E,
        "minus": 0x2212, "prime": 0x2032, "Prime": 0x2033, "shy": 0xAD, "ensp": 0x2002, "emsp": 0x2003,
        "thinsp": 0x2009, "frac12": 0xBD, "frac14": 0xBC, "frac34": 0xBE, "sup2": 0xB2, "sup3": 0xB3,
        "iexcl": 0xA1, "iquest": 0xBF, "dagger": 0x2020, "Dagger": 0x2021, "permil": 0x2030, "check": 0x2713,
    ]
}
