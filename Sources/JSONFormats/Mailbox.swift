/// E-mail addresses on UTF-8 bytes: the RFC 5321 section 4.1.2 `Mailbox` (`email`) and its RFC 6531 extension
/// (`idn-email`).
///
/// The local part is a dot-string or a quoted string of at most 64 octets; the domain is a host name
/// (`DomainName`) or an address literal, `[192.0.2.1]` or `[IPv6:2001:db8::1]`. General address literals with
/// other tags are rejected: none is registered. Comments, display names and folding white space are not part of
/// a mailbox.
enum Mailbox {
    /// Whether `bytes` is a mailbox; `international` admits UTF-8 in the local part and U-labels in the domain.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>, international: Bool) -> Bool {
        let end = bytes.count
        guard end >= 3 else { return false }
        var index = 0
        if bytes[0] == UInt8(ascii: "\"") {
            index = 1
            while true {
                guard index < end else { return false }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") { break }
                if byte == UInt8(ascii: "\\") {
                    guard index + 1 < end, bytes[index + 1] >= 0x20, bytes[index + 1] <= 0x7E else { return false }
                    index += 2
                } else if byte >= 0x80 {
                    guard international else { return false }
                    index += 1
                } else {
                    guard byte >= 0x20, byte <= 0x7E else { return false }
                    index += 1
                }
            }
            index += 1
        } else {
            var atomStart = 0
            while index < end, bytes[index] != UInt8(ascii: "@") {
                let byte = bytes[index]
                if byte == UInt8(ascii: ".") {
                    guard index > atomStart else { return false }
                    atomStart = index + 1
                } else if byte >= 0x80 {
                    guard international else { return false }
                } else {
                    guard isAtomText(byte) else { return false }
                }
                index += 1
            }
            guard index > atomStart else { return false }
        }
        guard index <= 64, index < end, bytes[index] == UInt8(ascii: "@") else { return false }
        let domain = (index + 1)..<end
        guard !domain.isEmpty else { return false }
        if bytes[domain.lowerBound] == UInt8(ascii: "[") {
            guard bytes[end - 1] == UInt8(ascii: "]") else { return false }
            let literal = (domain.lowerBound + 1)..<(end - 1)
            if literal.count > 5, hasIPv6Tag(bytes, at: literal.lowerBound) {
                return IPAddress.isIPv6(bytes, (literal.lowerBound + 5)..<literal.upperBound)
            }
            return IPAddress.isIPv4(bytes, literal)
        }
        return DomainName.isValid(bytes, domain, rules: international ? .idnEmailDomain : .hostname)
    }

    /// RFC 5322 `atext`: letters, digits and ``!#$%&'*+-/=?^_`{|}~``.
    @inline(__always)
    private static func isAtomText(_ byte: UInt8) -> Bool {
        if ByteClass.isAlpha(byte) || ByteClass.isDigit(byte) { return true }
        switch byte {
        case 0x21, 0x23, 0x24, 0x25, 0x26, 0x27, 0x2A, 0x2B, 0x2D, 0x2F, 0x3D, 0x3F, 0x5E, 0x5F, 0x60, 0x7B, 0x7C,
            0x7D, 0x7E:
            return true
        default:
            return false
        }
    }

    /// Whether `IPv6:` (any case, as ABNF strings are) starts at `index`.
    private static func hasIPv6Tag(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] | 0x20 == UInt8(ascii: "i") && bytes[index + 1] | 0x20 == UInt8(ascii: "p")
            && bytes[index + 2] | 0x20 == UInt8(ascii: "v") && bytes[index + 3] == UInt8(ascii: "6")
            && bytes[index + 4] == UInt8(ascii: ":")
    }
}
