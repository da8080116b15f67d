/// RFC 6901 JSON Pointers and Relative JSON Pointers (draft-handrews-relative-json-pointer-01), on UTF-8 bytes.
enum JSONPointerSyntax {
    /// Whether `bytes[start...]` is a JSON Pointer: empty, or `/`-prefixed tokens where `~` is followed by `0` or
    /// `1`.
    static func isPointer(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Bool {
        let end = bytes.count
        guard start < end else { return true }
        guard bytes[start] == UInt8(ascii: "/") else { return false }
        var index = start + 1
        while index < end {
            if bytes[index] == UInt8(ascii: "~") {
                guard index + 1 < end, bytes[index + 1] == UInt8(ascii: "0") || bytes[index + 1] == UInt8(ascii: "1")
                else { return false }
                index += 2
            } else {
                index += 1
            }
        }
        return true
    }

    /// Whether `bytes` is a Relative JSON Pointer: a non-negative integer without leading zeros, then `#` or a
    /// JSON Pointer.
    static func isRelativePointer(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = bytes.count
        guard end > 0, ByteClass.isDigit(bytes[0]) else { return false }
        var index = 1
        if bytes[0] != UInt8(ascii: "0") {
            while index < end, ByteClass.isDigit(bytes[index]) { index += 1 }
        }
        if index < end, bytes[index] == UInt8(ascii: "#") { return index + 1 == end }
        return isPointer(bytes, from: index)
    }
}
