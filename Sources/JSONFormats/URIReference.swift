/// RFC 3986 URIs and URI references, and with `international` RFC 3987 IRIs and IRI references, on UTF-8 bytes.
///
/// The syntax is checked exactly; a reg-name that looks like a bad IPv4 address (`999.1.1.1`) is still a
/// reg-name. IP literals must be valid IPv6 addresses or `vX.…` IPvFuture.
enum URIReference {
    /// Which references a check accepts.
    enum Kind: Sendable {
        /// Only absolute forms: `scheme ":" hier-part [ "?" query ] [ "#" fragment ]`.
        case absolute
        /// Absolute forms or relative references.
        case reference
    }

    /// Whether `bytes` is a URI (`international == false`) or IRI of `kind`.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>, kind: Kind, international: Bool) -> Bool {
        var parser = Parser(bytes: bytes, international: international)
        return parser.parse(kind: kind)
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        let international: Bool
        var index = 0
        var end: Int { bytes.count }

        init(bytes: UnsafeBufferPointer<UInt8>, international: Bool) {
            self.bytes = bytes
            self.international = international
        }

        mutating func parse(kind: Kind) -> Bool {
            let scheme = schemeLength()
            let hasScheme = scheme != nil
            if let scheme {
                index = scheme + 1
            } else if kind == .absolute {
                return false
            }
            if index + 1 < end, bytes[index] == UInt8(ascii: "/"), bytes[index + 1] == UInt8(ascii: "/") {
                index += 2
                guard authority() else { return false }
            }
            guard path(firstSegmentMayHaveColon: hasScheme) else { return false }
            if index < end, bytes[index] == UInt8(ascii: "?") {
                index += 1
                guard queryOrFragment(isQuery: true) else { return false }
            }
            if index < end, bytes[index] == UInt8(ascii: "#") {
                index += 1
                guard queryOrFragment(isQuery: false) else { return false }
            }
            return index == end
        }

        /// The length of `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )` before a `:`, if there is one.
        func schemeLength() -> Int? {
            guard end > 0, ByteClass.isAlpha(bytes[0]) else { return nil }
            var position = 1
            while position < end {
                let byte = bytes[position]
                if byte == UInt8(ascii: ":") { return position }
                guard
                    ByteClass.isAlpha(byte) || ByteClass.isDigit(byte) || byte == UInt8(ascii: "+")
                        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
                else { return nil }
                position += 1
            }
            return nil
        }

        /// `[ userinfo "@" ] host [ ":" port ]`, up to the next `/`, `?`, `#` or the end.
        mutating func authority() -> Bool {
            let start = index
            var stop = start
            while stop < end {
                let byte = bytes[stop]
                if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") { break }
                stop += 1
            }
            var hostStart = start
            if let at = (start..<stop).first(where: { bytes[$0] == UInt8(ascii: "@") }) {
                guard run(start..<at, allowing: { $0 == UInt8(ascii: ":") }) else { return false }
                hostStart = at + 1
            }
            var portStart: Int?
            if hostStart < stop, bytes[hostStart] == UInt8(ascii: "[") {
                guard let close = (hostStart..<stop).first(where: { bytes[$0] == UInt8(ascii: "]") }),
                    isIPLiteral(hostStart + 1..<close)
                else { return false }
                if close + 1 < stop {
                    guard bytes[close + 1] == UInt8(ascii: ":") else { return false }
                    portStart = close + 2
                }
            } else {
                let colon = (hostStart..<stop).first(where: { bytes[$0] == UInt8(ascii: ":") }) ?? stop
                guard run(hostStart..<colon, allowing: { _ in false }) else { return false }
                if colon < stop { portStart = colon + 1 }
            }
            if let portStart {
                guard (portStart..<stop).allSatisfy({ ByteClass.isDigit(bytes[$0]) }) else { return false }
            }
            index = stop
            return true
        }

        /// `IPv6address / IPvFuture` between the brackets.
        func isIPLiteral(_ range: Range<Int>) -> Bool {
            guard !range.isEmpty else { return false }
            guard bytes[range.lowerBound] | 0x20 == UInt8(ascii: "v") else { return IPAddress.isIPv6(bytes, range) }
            // "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
            var position = range.lowerBound + 1
            let digitsStart = position
            while position < range.upperBound, ByteClass.isHexDigit(bytes[position]) { position += 1 }
            guard position > digitsStart, position < range.upperBound, bytes[position] == UInt8(ascii: ".") else {
                return false
            }
            position += 1
            guard position < range.upperBound else { return false }
            return (position..<range.upperBound).allSatisfy { at in
                let byte = bytes[at]
                return ByteClass.isUnreserved(byte) || ByteClass.isSubDelim(byte) || byte == UInt8(ascii: ":")
            }
        }

        /// `*( "/" / pchar )` up to `?`, `#` or the end; without a scheme, the first segment of a path that does
        /// not start with `/` may not contain `:` (RFC 3986 `path-noscheme`).
        mutating func path(firstSegmentMayHaveColon: Bool) -> Bool {
            var inFirstSegment = !firstSegmentMayHaveColon
            while index < end {
                let byte = bytes[index]
                if byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") { break }
                if byte == UInt8(ascii: "/") {
                    inFirstSegment = false
                    index += 1
                } else if byte == UInt8(ascii: ":") && inFirstSegment {
                    return false
                } else {
                    guard pathCharacter(isQuery: false) else { return false }
                }
            }
            return true
        }

        /// `*( pchar / "/" / "?" )` up to `#` (for a query) or the end.
        mutating func queryOrFragment(isQuery: Bool) -> Bool {
            while index < end {
                let byte = bytes[index]
                if byte == UInt8(ascii: "#") {
                    if isQuery { break }
                    return false
                }
                if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") {
                    index += 1
                } else {
                    guard pathCharacter(isQuery: isQuery) else { return false }
                }
            }
            return true
        }

        /// One `pchar` at `index` (advancing past it): unreserved, percent-encoded, sub-delims, `:`, `@`, and for
        /// IRIs `ucschar` (and `iprivate` in a query).
        mutating func pathCharacter(isQuery: Bool) -> Bool {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "@") {
                index += 1
                return true
            }
            guard let length = unitLength(at: index, isQuery: isQuery) else { return false }
            index += length
            return true
        }

        /// Whether `range` is all `unreserved / pct-encoded / sub-delims` (IRI: `ucschar` too) or `extra` bytes.
        func run(_ range: Range<Int>, allowing extra: (UInt8) -> Bool) -> Bool {
            var position = range.lowerBound
            while position < range.upperBound {
                if extra(bytes[position]) {
                    position += 1
                    continue
                }
                guard let length = unitLength(at: position, isQuery: false), position + length <= range.upperBound
                else { return false }
                position += length
            }
            return true
        }

        /// The byte length of the unreserved, sub-delim, percent-encoded or (IRI) Unicode character at `position`.
        func unitLength(at position: Int, isQuery: Bool) -> Int? {
            let byte = bytes[position]
            if byte < 0x80 {
                if ByteClass.isUnreserved(byte) || ByteClass.isSubDelim(byte) { return 1 }
                if byte == UInt8(ascii: "%"), position + 2 < end, ByteClass.isHexDigit(bytes[position + 1]),
                    ByteClass.isHexDigit(bytes[position + 2])
                {
                    return 3
                }
                return nil
            }
            guard international, let (scalar, length) = UTF8Scalar.decode(bytes, at: position),
                UnicodeRanges.isUCSChar(scalar) || (isQuery && UnicodeRanges.isIPrivate(scalar))
            else { return nil }
            return length
        }
    }
}

/// The RFC 3987 character ranges IRIs and URI templates admit beyond ASCII.
enum UnicodeRanges {
    /// `ucschar`: `%xA0-D7FF / %xF900-FDCF / %xFDF0-FFEF` and planes 1–14 minus their last two code points
    /// (plane 14 from `%xE1000`).
    @inline(__always)
    static func isUCSChar(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0xA0...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFEF: return true
        case 0x10000...0xDFFFD: return scalar & 0xFFFF <= 0xFFFD
        case 0xE1000...0xEFFFD: return true
        default: return false
        }
    }

    /// `iprivate`: `%xE000-F8FF / %xF0000-FFFFD / %x100000-10FFFD`.
    @inline(__always)
    static func isIPrivate(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0xE000...0xF8FF, 0xF0000...0xFFFFD, 0x100000...0x10FFFD: true
        default: false
        }
    }
}
