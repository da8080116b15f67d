/// RFC 3339 section 5.6 `full-date`, `full-time` and `date-time`, on UTF-8 bytes.
///
/// `T` and `Z` may be lower case (RFC 3339 section 5.6 note). A leap second (`:60`) is accepted only when the
/// time, moved to UTC by its offset, is 23:59: the leap-second table itself is not consulted.
enum RFC3339DateTime {
    /// Whether `bytes` is exactly a `date-time`: `full-date "T" full-time`.
    static func isDateTime(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 20, isFullDate(bytes, at: 0), bytes[10] | 0x20 == UInt8(ascii: "t") else { return false }
        return isFullTime(bytes, from: 11)
    }

    /// Whether `bytes` is exactly a `full-date`.
    static func isDate(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count == 10 && isFullDate(bytes, at: 0)
    }

    /// Whether `bytes` is exactly a `full-time` (the offset is required).
    static func isTime(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        isFullTime(bytes, from: 0)
    }

    /// Whether the ten bytes at `start` are `YYYY-MM-DD` naming a day that exists.
    private static func isFullDate(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + 10 <= bytes.count,
            let year = number(bytes, at: start, digits: 4), bytes[start + 4] == UInt8(ascii: "-"),
            let month = number(bytes, at: start + 5, digits: 2), bytes[start + 7] == UInt8(ascii: "-"),
            let day = number(bytes, at: start + 8, digits: 2)
        else { return false }
        guard month >= 1, month <= 12, day >= 1 else { return false }
        return day <= daysInMonth(month, year: year)
    }

    /// Whether `bytes[start...]` is exactly `HH:MM:SS[.frac](Z|+HH:MM|-HH:MM)`.
    private static func isFullTime(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        let end = bytes.count
        guard start + 9 <= end,
            let hour = number(bytes, at: start, digits: 2), bytes[start + 2] == UInt8(ascii: ":"),
            let minute = number(bytes, at: start + 3, digits: 2), bytes[start + 5] == UInt8(ascii: ":"),
            let second = number(bytes, at: start + 6, digits: 2)
        else { return false }
        guard hour <= 23, minute <= 59, second <= 60 else { return false }
        var index = start + 8
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < end, ByteClass.isDigit(bytes[index]) { index += 1 }
            guard index > fractionStart, index < end else { return false }
        }
        var offsetMinutes = 0
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard index + 1 == end else { return false }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard index + 6 == end,
                let offsetHour = number(bytes, at: index + 1, digits: 2), bytes[index + 3] == UInt8(ascii: ":"),
                let offsetMinute = number(bytes, at: index + 4, digits: 2),
                offsetHour <= 23, offsetMinute <= 59
            else { return false }
            offsetMinutes = offsetHour * 60 + offsetMinute
            if bytes[index] == UInt8(ascii: "-") { offsetMinutes = -offsetMinutes }
        default:
            return false
        }
        if second == 60 {
            let utcMinute = ((hour * 60 + minute - offsetMinutes) % 1440 + 1440) % 1440
            return utcMinute == 23 * 60 + 59
        }
        return true
    }

    /// The value of `digits` ASCII digits at `start`, or `nil` if any byte is not a digit.
    @inline(__always)
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, digits: Int) -> Int? {
        var value = 0
        for index in start..<start + digits {
            let byte = bytes[index]
            guard ByteClass.isDigit(byte) else { return nil }
            value = value * 10 + ByteClass.digitValue(byte)
        }
        return value
    }

    /// The number of days in `month` (1–12) of the proleptic Gregorian `year`.
    private static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
