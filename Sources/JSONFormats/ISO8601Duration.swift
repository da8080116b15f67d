/// RFC 3339 appendix A `duration` (ISO 8601 durations), on UTF-8 bytes.
///
/// `P1Y2M3DT4H5M6S`, `P2W`, `PT36H`: whole numbers only, units in order without gaps (`P1Y2D` and `PT1H2S`
/// are not in the grammar), weeks alone. Letters are matched case-insensitively, as ABNF strings are (RFC 5234).
enum ISO8601Duration {
    /// Whether `bytes` is exactly a `duration`.
    static func isDuration(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = bytes.count
        guard end >= 3, bytes[0] | 0x20 == UInt8(ascii: "p") else { return false }
        var index = 1
        if bytes[index] | 0x20 != UInt8(ascii: "t") {
            // dur-date or dur-week.
            var lastUnit = -1
            while index < end, ByteClass.isDigit(bytes[index]) {
                while index < end, ByteClass.isDigit(bytes[index]) { index += 1 }
                guard index < end else { return false }
                let unit = bytes[index] | 0x20
                index += 1
                if unit == UInt8(ascii: "w") { return lastUnit == -1 && index == end }
                let position: Int
                switch unit {
                case UInt8(ascii: "y"): position = 0
                case UInt8(ascii: "m"): position = 1
                case UInt8(ascii: "d"): position = 2
                default: return false
                }
                guard lastUnit == -1 || position == lastUnit + 1 else { return false }
                lastUnit = position
            }
            guard lastUnit != -1 else { return false }
            if index == end { return true }
            guard bytes[index] | 0x20 == UInt8(ascii: "t") else { return false }
        }
        // dur-time: "T" then consecutive H, M, S components.
        index += 1
        var lastUnit = -1
        while index < end {
            let digitsStart = index
            while index < end, ByteClass.isDigit(bytes[index]) { index += 1 }
            guard index > digitsStart, index < end else { return false }
            let position: Int
            switch bytes[index] | 0x20 {
            case UInt8(ascii: "h"): position = 0
            case UInt8(ascii: "m"): position = 1
            case UInt8(ascii: "s"): position = 2
            default: return false
            }
            index += 1
            guard lastUnit == -1 || position == lastUnit + 1 else { return false }
            lastUnit = position
        }
        return lastUnit != -1
    }
}
