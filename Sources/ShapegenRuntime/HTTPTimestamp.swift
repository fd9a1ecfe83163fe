import Foundation

/// Timestamps as URIs, query strings and headers write them, with calendar arithmetic in UTC
/// (no formatter, locale or time zone database involved).
enum HTTPTimestamp {
    private static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `date` in `format`; `.jsonValue` means ISO 8601. RFC 822 drops fractions of a second, the
    /// others keep milliseconds when there are any.
    static func text(_ date: Date, format: HTTPValueFormat) -> String {
        let interval = date.timeIntervalSince1970
        let floored = interval.rounded(.down)
        guard let whole = Int64(exactly: floored), whole.magnitude < 253_402_300_800 else {
            return interval.httpText(format: format)  // beyond year 9999: seconds, the only form that fits
        }
        var seconds = whole
        var milliseconds = Int(((interval - floored) * 1000).rounded())
        if milliseconds == 1000 {
            seconds += 1
            milliseconds = 0
        }
        switch format {
        case .epochSeconds:
            return milliseconds == 0 ? String(seconds) : String(seconds) + "." + padded(milliseconds, 3)
        case .rfc822:
            let (days, time) = split(seconds)
            let (year, month, day) = civil(days)
            let weekday = weekdays[Int(((days % 7) + 7) % 7)]
            return "\(weekday), \(padded(day, 2)) \(months[month - 1]) \(padded(year, 4)) \(clock(time)) GMT"
        case .iso8601, .jsonValue:
            let (days, time) = split(seconds)
            let (year, month, day) = civil(days)
            let fraction = milliseconds == 0 ? "" : "." + padded(milliseconds, 3)
            return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))T\(clock(time))\(fraction)Z"
        }
    }

    /// The timestamp `text` writes in `format`, or failing that in any of the others.
    static func date(_ text: String, format: HTTPValueFormat) -> Date? {
        let parsers: [(String) -> Date?] = [epochSeconds, iso8601, rfc822]
        let first =
            switch format {
            case .epochSeconds: 0
            case .iso8601, .jsonValue: 1
            case .rfc822: 2
            }
        return parsers[first](text)
            ?? parsers.enumerated().lazy.filter { $0.offset != first }.compactMap { $0.element(text) }.first
    }

    private static func epochSeconds(_ text: String) -> Date? {
        guard let seconds = Double(text), seconds.isFinite else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }

    /// RFC 3339: `2024-05-01T12:00:00Z`, with a fraction of a second and a `±hh:mm` offset
    /// allowed. Read by hand: a formatter per value made reading 1,000 timestamps take a tenth of
    /// a second.
    private static func iso8601(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start..<start + count] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        func byte(_ index: Int, is expected: Character...) -> Bool {
            index < bytes.count && expected.contains { $0.asciiValue == bytes[index] }
        }
        guard let year = number(0, 4), byte(4, is: "-"), let month = number(5, 2), byte(7, is: "-"),
            let day = number(8, 2),
            byte(10, is: "T", "t"), let hour = number(11, 2), byte(13, is: ":"), let minute = number(14, 2),
            byte(16, is: ":"),
            let second = number(17, 2), (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60,
            second <= 60
        else { return nil }
        var index = 19
        var fraction = 0.0
        if byte(index, is: ".") {
            index += 1
            var scale = 0.1
            let start = index
            while index < bytes.count, let digit = number(index, 1) {
                fraction += Double(digit) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { return nil }
        }
        var offset = 0
        if byte(index, is: "Z", "z") {
            index += 1
        } else if byte(index, is: "+", "-") {
            guard let hours = number(index + 1, 2), byte(index + 3, is: ":"), let minutes = number(index + 4, 2) else {
                return nil
            }
            offset = (hours * 3600 + minutes * 60) * (bytes[index] == UInt8(ascii: "-") ? -1 : 1)
            index += 6
        } else {
            return nil
        }
        guard index == bytes.count else { return nil }
        let days = daysFromCivil(year: Int64(year), month: month, day: day)
        let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second - offset)
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// `Wed, 01 May 2024 12:00:00 GMT`; the weekday is optional and not checked.
    private static func rfc822(_ text: String) -> Date? {
        var fields = text.split(separator: " ", omittingEmptySubsequences: true)
        if fields.first?.hasSuffix(",") == true { fields.removeFirst() }
        guard fields.count == 5, ["GMT", "UTC", "Z", "+0000"].contains(fields[4]),
            let day = Int(fields[0]), let monthIndex = months.firstIndex(of: String(fields[1])),
            let year = Int64(fields[2]),
            (0...9999).contains(year)
        else { return nil }
        let clock = fields[3].split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3, (1...31).contains(day), (0..<24).contains(clock[0]), (0..<60).contains(clock[1]),
            (0...60).contains(clock[2])
        else { return nil }
        let days = daysFromCivil(year: year, month: monthIndex + 1, day: day)
        let seconds = days * 86_400 + Int64(clock[0] * 3600 + clock[1] * 60 + clock[2])
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    private static func split(_ seconds: Int64) -> (days: Int64, time: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        return (days, Int(seconds - days * 86_400))
    }

    private static func clock(_ time: Int) -> String {
        "\(padded(time / 3600, 2)):\(padded(time / 60 % 60, 2)):\(padded(time % 60, 2))"
    }

    private static func padded(_ value: some BinaryInteger, _ width: Int) -> String {
        let digits = String(value.magnitude)
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    private static func civil(_ days: Int64) -> (year: Int64, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * monthIndex + 2) / 5 + 1)
        let month = Int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9)
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    private static func daysFromCivil(year: Int64, month: Int, day: Int) -> Int64 {
        let year = month <= 2 ? year - 1 : year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = Int64((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1)
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
