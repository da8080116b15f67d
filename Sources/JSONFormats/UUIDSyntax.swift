/// The RFC 4122 (RFC 9562) hyphenated UUID form `8-4-4-4-12` hex digits, any case, on UTF-8 bytes.
enum UUIDSyntax {
    /// Whether `bytes` is a hyphenated UUID. Version and variant nibbles are not restricted.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 36 else { return false }
        for index in 0..<36 {
            let byte = bytes[index]
            if index == 8 || index == 13 || index == 18 || index == 23 {
                guard byte == UInt8(ascii: "-") else { return false }
            } else {
                guard ByteClass.isHexDigit(byte) else { return false }
            }
        }
        return true
    }
}
