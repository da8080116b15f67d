/// Read-only byte access to the page being parsed, with the small scanning steps every parser needs.
///
/// Wraps the buffer pointer of the document's bytes for the duration of one parse; it must not
/// escape `MarkdownDocument.init`.
struct ByteText {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The array `bytes` points into, when there is one: values built from the text may keep it
    /// (sharing its storage) to read their bytes later.
    let page: [UInt8]?

    init(_ bytes: UnsafeBufferPointer<UInt8>, page: [UInt8]? = nil) {
        self.bytes = bytes
        self.page = page
    }

    var count: Int { bytes.count }

    @inline(__always)
    subscript(offset: Int) -> UInt8 { bytes[offset] }

    /// The text of `start..<end`, invalid UTF-8 repaired.
    func string(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The first offset in `start..<end` that is not a space or tab (`end` if none).
    @inline(__always)
    func skipSpaces(_ start: Int, _ end: Int) -> Int {
        var i = start
        while i < end && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
        return i
    }

    /// The offset after the last byte in `start..<end` that is not a space or tab (`start` if none).
    @inline(__always)
    func skipSpacesBackward(_ start: Int, _ end: Int) -> Int {
        var j = end
        while j > start && (bytes[j - 1] == 0x20 || bytes[j - 1] == 0x09) { j -= 1 }
        return j
    }

    /// `start..<end` without leading and trailing ASCII whitespace and no-break spaces (U+00A0).
    func trimmed(_ start: Int, _ end: Int) -> (start: Int, end: Int) {
        var i = start
        var j = end
        while i < j {
            if ByteText.isWhitespace(bytes[i]) {
                i += 1
            } else if bytes[i] == 0xC2 && i + 1 < j && bytes[i + 1] == 0xA0 {
                i += 2
            } else {
                break
            }
        }
        while j > i {
            if ByteText.isWhitespace(bytes[j - 1]) {
                j -= 1
            } else if bytes[j - 1] == 0xA0 && j - 2 >= i && bytes[j - 2] == 0xC2 {
                j -= 2
            } else {
                break
            }
        }
        return (i, j)
    }

    /// Whether the ASCII `literal` occurs at `offset`, ending at or before `end`.
    @inline(__always)
    func matches(_ literal: StaticString, at offset: Int, end: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard offset >= 0 && offset + count <= end else { return false }
        let pointer = literal.utf8Start
        for k in 0..<count where bytes[offset + k] != pointer[k] { return false }
        return true
    }

    /// Whether the ASCII `literal` occurs at `offset` ignoring ASCII case (`literal` is lowercase).
    func matchesIgnoringCase(_ literal: StaticString, at offset: Int, end: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard offset >= 0 && offset + count <= end else { return false }
        let pointer = literal.utf8Start
        for k in 0..<count where ByteText.lowercased(bytes[offset + k]) != pointer[k] { return false }
        return true
    }

    /// The offset of the first `byte` in `start..<end`.
    @inline(__always)
    func firstIndex(of byte: UInt8, _ start: Int, _ end: Int) -> Int? {
        var i = start
        while i < end {
            if bytes[i] == byte { return i }
            i += 1
        }
        return nil
    }

    /// The offset of the first occurrence of the ASCII `literal` in `start..<end`.
    func firstIndex(of literal: StaticString, _ start: Int, _ end: Int) -> Int? {
        let first = literal.utf8Start[0]
        var i = start
        while let candidate = firstIndex(of: first, i, end) {
            if matches(literal, at: candidate, end: end) { return candidate }
            i = candidate + 1
        }
        return nil
    }

    /// Whether `byte` is ASCII whitespace (space, tab, CR, LF, vertical tab or form feed).
    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
}
