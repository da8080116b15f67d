/// Lexical pieces shared by the two readers of JSON text, `JSONParser` and `JSONTape`.

/// Why text is not an RFC 8259 number.
enum NumberSyntaxError: Error {
    case digitAfterMinus, leadingZero, digitAfterPoint, digitInExponent

    var message: String {
        switch self {
        case .digitAfterMinus: "invalid number: expected a digit after '-'"
        case .leadingZero: "invalid number: leading zeros are not allowed"
        case .digitAfterPoint: "invalid number: expected a digit after '.'"
        case .digitInExponent: "invalid number: expected a digit in the exponent"
        }
    }
}

/// Reads the number at `buffer[p]` (a `-` or a digit; RFC 8259 grammar), leaving `p` after it, or at
/// the offending byte when it is malformed. The value comes back when the number is an integer of
/// at most 18 digits with no fraction or exponent (and not `-0`): the readers keep those as `Int64`.
@inline(__always)
func scanNumber(_ buffer: UnsafeBufferPointer<UInt8>, _ p: inout Int, _ end: Int) -> Result<Int64?, NumberSyntaxError> {
    let negative = buffer[p] == UInt8(ascii: "-")
    if negative { p += 1 }
    guard p < end, isDigit(buffer[p]) else { return .failure(.digitAfterMinus) }
    var magnitude: UInt64 = 0
    var digitCount = 0
    if buffer[p] == UInt8(ascii: "0") {
        p += 1
        if p < end && isDigit(buffer[p]) { return .failure(.leadingZero) }
        digitCount = 1
    } else {
        while p < end && isDigit(buffer[p]) {
            if digitCount < 18 { magnitude = magnitude * 10 + UInt64(buffer[p] - UInt8(ascii: "0")) }
            digitCount += 1
            p += 1
        }
    }
    var simple = true
    if p < end && buffer[p] == UInt8(ascii: ".") {
        simple = false
        p += 1
        guard p < end, isDigit(buffer[p]) else { return .failure(.digitAfterPoint) }
        while p < end && isDigit(buffer[p]) { p += 1 }
    }
    if p < end && (buffer[p] | 0x20) == UInt8(ascii: "e") {
        simple = false
        p += 1
        if p < end && (buffer[p] == UInt8(ascii: "+") || buffer[p] == UInt8(ascii: "-")) { p += 1 }
        guard p < end, isDigit(buffer[p]) else { return .failure(.digitInExponent) }
        while p < end && isDigit(buffer[p]) { p += 1 }
    }
    guard simple && digitCount <= 18 && !(negative && magnitude == 0) else { return .success(nil) }
    return .success(negative ? -Int64(magnitude) : Int64(magnitude))
}

/// The length of the well-formed UTF-8 sequence at `buffer[i]` (a lead byte ≥ 0x80) within `end`,
/// or 0 when it is not well formed (overlong forms, surrogates and values past U+10FFFF included).
@inline(__always)
func utf8SequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
    func cont(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
        i + k < end && buffer[i + k] >= low && buffer[i + k] <= high
    }
    switch buffer[i] {
    case 0xC2...0xDF where cont(1): return 2
    case 0xE0 where cont(1, 0xA0) && cont(2): return 3
    case 0xE1...0xEC where cont(1) && cont(2): return 3
    case 0xED where cont(1, 0x80, 0x9F) && cont(2): return 3
    case 0xEE...0xEF where cont(1) && cont(2): return 3
    case 0xF0 where cont(1, 0x90) && cont(2) && cont(3): return 4
    case 0xF1...0xF3 where cont(1) && cont(2) && cont(3): return 4
    case 0xF4 where cont(1, 0x80, 0x8F) && cont(2) && cont(3): return 4
    default: return 0
    }
}

/// The byte a one-character escape (`\n`, `\"`, ...) stands for, given the character after the backslash.
@inline(__always)
func singleCharacterEscape(_ c: UInt8) -> UInt8? {
    switch c {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): c
    case UInt8(ascii: "b"): 0x08
    case UInt8(ascii: "f"): 0x0C
    case UInt8(ascii: "n"): 0x0A
    case UInt8(ascii: "r"): 0x0D
    case UInt8(ascii: "t"): 0x09
    default: nil
    }
}

/// The value of a hexadecimal digit.
@inline(__always)
func hexDigitValue(_ b: UInt8) -> UInt32? {
    switch b {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(b - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(b - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(b - UInt8(ascii: "A") + 10)
    default: nil
    }
}

/// Appends the UTF-8 encoding of the scalar value `v`.
@inline(__always)
func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
    if v < 0x80 {
        out.append(UInt8(v))
    } else if v < 0x800 {
        out.append(UInt8(0xC0 | (v >> 6)))
        out.append(UInt8(0x80 | (v & 0x3F)))
    } else if v < 0x10000 {
        out.append(UInt8(0xE0 | (v >> 12)))
        out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (v & 0x3F)))
    } else {
        out.append(UInt8(0xF0 | (v >> 18)))
        out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
        out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (v & 0x3F)))
    }
}
