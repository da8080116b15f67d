/// Tests on eight bytes at once, for scans that pass over text holding none of the bytes they look for.
public enum ByteWord {
    /// Whether one of the eight bytes of `word` is `byte`: the exact zero-byte test on `word ^ byte…byte`
    /// (a borrow can only start at a zero byte, so no other byte is reported).
    @inlinable @inline(__always)
    public static func has(_ byte: UInt8, in word: UInt64) -> Bool {
        let x = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }
}
