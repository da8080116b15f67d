/// SHA-1 (FIPS 180-4), streaming: feed bytes with `update`, read the digest with `finalize`.
///
/// doclint needs it for one thing, and not for security: a localized page names its en-US source by
/// `ms.openlocfilehash`, the SHA-1 of the source text with CRLF line endings (`update(convertingLineEndings:)`).
public struct SHA1: Sendable {
    private var state: (UInt32, UInt32, UInt32, UInt32, UInt32) = (
        0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0
    )
    /// Bytes waiting for a full 64-byte block.
    private var pending: [UInt8] = []
    /// The number of bytes hashed so far.
    private var length: UInt64 = 0
    /// The last byte given to `update(convertingLineEndings:)`, to tell a CRLF split across calls.
    private var previousByte: UInt8 = 0

    /// A fresh hash.
    public init() {
        pending.reserveCapacity(64)
    }

    /// Hashes `bytes`.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty else { return }
        length &+= UInt64(bytes.count)
        var start = 0
        if !pending.isEmpty {
            let take = Swift.min(64 - pending.count, bytes.count)
            pending.append(contentsOf: bytes[0..<take])
            start = take
            guard pending.count == 64 else { return }
            pending.withUnsafeBytes { compress($0.baseAddress!) }
            pending.removeAll(keepingCapacity: true)
        }
        while bytes.count - start >= 64 {
            compress(bytes.baseAddress! + start)
            start += 64
        }
        if start < bytes.count { pending.append(contentsOf: bytes[start...]) }
    }

    /// Hashes `bytes`.
    public mutating func update<C: Collection<UInt8>>(_ bytes: C) {
        if let done = bytes.withContiguousStorageIfAvailable({ update(UnsafeRawBufferPointer($0)) }) {
            return done
        }
        let copy = Array(bytes)
        copy.withUnsafeBytes { update($0) }
    }

    /// Hashes `bytes` as if every line feed not preceded by a carriage return had one (LF → CRLF;
    /// CRLF stays), without building the converted text. Successive calls continue one text.
    public mutating func update(convertingLineEndings bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty else { return }
        // Copy into a staging buffer with the CRs inserted, and hash it a few kilobytes at a time.
        let capacity = 8192
        var previous = previousByte
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity + 2) { staging in
            var filled = 0
            for byte in bytes {
                if byte == 0x0A && previous != 0x0D {
                    staging[filled] = 0x0D
                    filled += 1
                }
                staging[filled] = byte
                filled += 1
                previous = byte
                if filled >= capacity {
                    update(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: staging[0..<filled])))
                    filled = 0
                }
            }
            if filled > 0 { update(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: staging[0..<filled]))) }
        }
        previousByte = previous
    }

    /// The 20-byte digest. The hash should not be updated afterwards.
    public mutating func finalize() -> [UInt8] {
        let bitLength = length &* 8
        var tail: [UInt8] = [0x80]
        let used = (pending.count + 1) % 64
        tail += repeatElement(0, count: used <= 56 ? 56 - used : 120 - used)
        for shift in stride(from: 56, through: 0, by: -8) {
            tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
        }
        let savedLength = length
        tail.withUnsafeBytes { update($0) }
        length = savedLength
        var digest: [UInt8] = []
        digest.reserveCapacity(20)
        for word in [state.0, state.1, state.2, state.3, state.4] {
            digest += [
                UInt8(word >> 24), UInt8(truncatingIfNeeded: word >> 16), UInt8(truncatingIfNeeded: word >> 8),
                UInt8(truncatingIfNeeded: word),
            ]
        }
        return digest
    }

    /// The digest of `bytes`.
    public static func digest<C: Collection<UInt8>>(_ bytes: C) -> [UInt8] {
        var hash = SHA1()
        hash.update(bytes)
        return hash.finalize()
    }

    /// The lowercase hexadecimal digest of `bytes`.
    public static func hex<C: Collection<UInt8>>(_ bytes: C) -> String {
        hexString(digest(bytes))
    }

    /// The lowercase hexadecimal spelling of `bytes`.
    public static func hexString(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// One 64-byte block.
    private mutating func compress(_ block: UnsafeRawPointer) {
        var w = (
            UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0),
            UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0)
        )
        withUnsafeMutableBytes(of: &w) { raw in
            let words = raw.bindMemory(to: UInt32.self)
            for i in 0..<16 {
                words[i] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self))
            }
            var (a, b, c, d, e) = state
            @inline(__always) func rotl(_ x: UInt32, _ n: UInt32) -> UInt32 { (x << n) | (x >> (32 - n)) }
            @inline(__always) func schedule(_ t: Int) -> UInt32 {
                if t < 16 { return words[t] }
                let x = words[(t - 3) & 15] ^ words[(t - 8) & 15] ^ words[(t - 14) & 15] ^ words[t & 15]
                let wt = rotl(x, 1)
                words[t & 15] = wt
                return wt
            }
            @inline(__always) func round(_ f: UInt32, _ k: UInt32, _ wt: UInt32) {
                let temp = rotl(a, 5) &+ f &+ e &+ k &+ wt
                e = d
                d = c
                c = rotl(b, 30)
                b = a
                a = temp
            }
            for t in 0..<20 { round((b & c) | (~b & d), 0x5A82_7999, schedule(t)) }
            for t in 20..<40 { round(b ^ c ^ d, 0x6ED9_EBA1, schedule(t)) }
            for t in 40..<60 { round((b & c) | (b & d) | (c & d), 0x8F1B_BCDC, schedule(t)) }
            for t in 60..<80 { round(b ^ c ^ d, 0xCA62_C1D6, schedule(t)) }
            state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e)
        }
    }
}

/// `ms.openlocfilehash`: how a localized page names the exact en-US text it was translated from.
public enum OpenLocFileHash {
    /// The lowercase hex SHA-1 of `bytes` with every lone LF written as CRLF (CRLF stays CRLF).
    public static func of(_ bytes: [UInt8]) -> String {
        var hash = SHA1()
        bytes.withUnsafeBytes { hash.update(convertingLineEndings: $0) }
        return SHA1.hexString(hash.finalize())
    }

    /// Whether `text` is a full SHA-1 in hex (40 hex digits, either case).
    public static func isHash(_ text: String) -> Bool {
        text.utf8.count == 40
            && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) }
    }
}
