/// RFC 6570 URI Template syntax (up to level 4), on UTF-8 bytes.
///
/// Literals may also hold `'` (a sub-delim that the RFC's `literals` ranges skip), as the JSON Schema Test Suite
/// expects. The operators reserved for future extensions (`=`, `,`, `!`, `@`, `|`) are accepted, as the grammar does.
enum URITemplate {
    /// Whether `bytes` is a URI template.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = bytes.count
        var index = 0
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "{") {
                guard let next = expressionEnd(bytes, from: index + 1) else { return false }
                index = next
            } else if byte == UInt8(ascii: "%") {
                guard isPercentEncoded(bytes, at: index) else { return false }
                index += 3
            } else if byte >= 0x80 {
                guard let (scalar, length) = UTF8Scalar.decode(bytes, at: index),
                    UnicodeRanges.isUCSChar(scalar) || UnicodeRanges.isIPrivate(scalar)
                else { return false }
                index += length
            } else {
                guard isLiteral(byte) else { return false }
                index += 1
            }
        }
        return true
    }

    /// `[ operator ] variable-list "}"` starting after `{`: the index after `}`, or `nil`.
    private static func expressionEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let end = bytes.count
        var index = start
        guard index < end else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "+"), UInt8(ascii: "#"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: ";"),
            UInt8(ascii: "?"), UInt8(ascii: "&"), UInt8(ascii: "="), UInt8(ascii: ","), UInt8(ascii: "!"),
            UInt8(ascii: "@"), UInt8(ascii: "|"):
            index += 1
        default:
            break
        }
        while true {
            // varname = varchar *( ["."] varchar )
            var previousWasDot = true
            let nameStart = index
            while index < end {
                let byte = bytes[index]
                if byte == UInt8(ascii: ".") {
                    guard !previousWasDot else { return nil }
                    previousWasDot = true
                    index += 1
                } else if ByteClass.isAlpha(byte) || ByteClass.isDigit(byte) || byte == UInt8(ascii: "_") {
                    previousWasDot = false
                    index += 1
                } else if byte == UInt8(ascii: "%") {
                    guard isPercentEncoded(bytes, at: index) else { return nil }
                    previousWasDot = false
                    index += 3
                } else {
                    break
                }
            }
            guard index > nameStart, !previousWasDot, index < end else { return nil }
            // modifier-level4 = ":" max-length / "*"
            if bytes[index] == UInt8(ascii: ":") {
                index += 1
                guard index < end, bytes[index] >= UInt8(ascii: "1"), bytes[index] <= UInt8(ascii: "9") else {
                    return nil
                }
                let digitsStart = index
                while index < end, ByteClass.isDigit(bytes[index]) { index += 1 }
                guard index - digitsStart <= 4, index < end else { return nil }
            } else if bytes[index] == UInt8(ascii: "*") {
                index += 1
                guard index < end else { return nil }
            }
            if bytes[index] == UInt8(ascii: "}") { return index + 1 }
            guard bytes[index] == UInt8(ascii: ",") else { return nil }
            index += 1
        }
    }

    /// `%` followed by two hex digits at `index`.
    @inline(__always)
    private static func isPercentEncoded(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 2 < bytes.count && ByteClass.isHexDigit(bytes[index + 1]) && ByteClass.isHexDigit(bytes[index + 2])
    }

    /// The ASCII part of `literals`: any printable character except space, `"`, `%`, `<`, `>`, `\`, `^`, `` ` ``,
    /// `{`, `|` and `}`.
    @inline(__always)
    private static func isLiteral(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21, 0x23, 0x24, 0x26...0x3B, 0x3D, 0x3F...0x5B, 0x5D, 0x5F, 0x61...0x7A, 0x7E: true
        default: false
        }
    }
}
