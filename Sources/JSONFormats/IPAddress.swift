/// Textual IP addresses on UTF-8 bytes: RFC 2673 dotted-quad IPv4 and RFC 4291 section 2.2 IPv6.
enum IPAddress {
    /// Whether `bytes[range]` is a dotted-quad IPv4 address: four decimal octets 0–255 without leading zeros.
    static func isIPv4(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        let end = range.upperBound
        for part in 0..<4 {
            if part > 0 {
                guard index < end, bytes[index] == UInt8(ascii: ".") else { return false }
                index += 1
            }
            let start = index
            var value = 0
            while index < end, index - start < 3, ByteClass.isDigit(bytes[index]) {
                value = value * 10 + ByteClass.digitValue(bytes[index])
                index += 1
            }
            let length = index - start
            guard length > 0, value <= 255, length == 1 || bytes[start] != UInt8(ascii: "0") else { return false }
        }
        return index == end
    }

    /// Whether `bytes[range]` is an IPv6 address in any RFC 4291 text form: eight groups, `::` compression,
    /// a trailing dotted-quad IPv4 address. No zone id, no brackets, no prefix length.
    static func isIPv6(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        let end = range.upperBound
        guard end - index >= 2 else { return false }
        var groups = 0
        var compressed = false
        if bytes[index] == UInt8(ascii: ":") {
            guard bytes[index + 1] == UInt8(ascii: ":") else { return false }
            compressed = true
            index += 2
            if index == end { return true }
        }
        while true {
            let start = index
            while index < end, index - start < 5, ByteClass.isHexDigit(bytes[index]) { index += 1 }
            if index < end, bytes[index] == UInt8(ascii: ".") {
                guard isIPv4(bytes, start..<end) else { return false }
                groups += 2
                break
            }
            let length = index - start
            guard length >= 1, length <= 4 else { return false }
            groups += 1
            guard groups <= 8 else { return false }
            if index == end { break }
            guard bytes[index] == UInt8(ascii: ":") else { return false }
            index += 1
            guard index < end else { return false }
            if bytes[index] == UInt8(ascii: ":") {
                guard !compressed else { return false }
                compressed = true
                index += 1
                if index == end { break }
            }
        }
        return compressed ? groups <= 7 : groups == 8
    }
}
