/// ASCII character classes shared by the checkers, on UTF-8 bytes.
enum ByteClass {
    /// `0`–`9`.
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// `A`–`Z` or `a`–`z`.
    @inline(__always)
    static func isAlpha(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// `0`–`9`, `A`–`F` or `a`–`f`.
    @inline(__always)
    static func isHexDigit(_ byte: UInt8) -> Bool { isDigit(byte) || (byte | 0x20) &- 0x61 < 6 }

    /// A letter, a digit or `-`: what a hostname label is made of.
    @inline(__always)
    static func isLetterDigitHyphen(_ byte: UInt8) -> Bool { isAlpha(byte) || isDigit(byte) || byte == 0x2D }

    /// RFC 3986 `unreserved`: `ALPHA / DIGIT / "-" / "." / "_" / "~"`.
    @inline(__always)
    static func isUnreserved(_ byte: UInt8) -> Bool {
        isAlpha(byte) || isDigit(byte) || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
    }

    /// RFC 3986 `sub-delims`: `"!" / "$" / "&" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "="`.
    @inline(__always)
    static func isSubDelim(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21, 0x24, 0x26, 0x27, 0x28, 0x29, 0x2A, 0x2B, 0x2C, 0x3B, 0x3D: true
        default: false
        }
    }

    /// The value of an ASCII digit; the caller has checked `isDigit`.
    @inline(__always)
    static func digitValue(_ byte: UInt8) -> Int { Int(byte &- 0x30) }
}

/// Reads Unicode scalars out of UTF-8 bytes that came from a Swift `String` (so are well formed);
/// malformed input still never reads out of bounds.
enum UTF8Scalar {
    /// The scalar starting at `bytes[index]` and its length in bytes, or `nil` when the bytes there are
    /// not a well-formed sequence.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: UInt32, length: Int)? {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        let length: Int
        var scalar: UInt32
        switch lead {
        case 0xC2...0xDF: (length, scalar) = (2, lead & 0x1F)
        case 0xE0...0xEF: (length, scalar) = (3, lead & 0x0F)
        case 0xF0...0xF4: (length, scalar) = (4, lead & 0x07)
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let byte = UInt32(bytes[index + offset])
            guard byte & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | (byte & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return nil }
        return (scalar, length)
    }
}

extension String {
    /// Runs `body` on the string's UTF-8 bytes without copying a native string.
    @inline(__always)
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var copy = self
        return copy.withUTF8(body)
    }
}
