#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Names (property names, `required` lists, `enum` strings) found by the UTF-8 bytes of an instance
/// string or key: code-point equality, as JSON compares names, and no `String` built per look-up.
///
/// A few names are compared by a length/first/last-byte signature, then by their bytes; more are
/// hashed (open addressing), so a look-up costs the same for 5 names as for 50,000. A class, so
/// keywords share one index without copying it; its bytes never move.
final class NameIndex: @unchecked Sendable {
    /// The names in the order given (duplicates kept).
    let names: [String]
    /// Every name's UTF-8, back to back; `offsets[i]..<offsets[i + 1]` is name `i`.
    private let storage: UnsafeMutableBufferPointer<UInt8>
    private let offsets: [Int]
    private let signatures: [UInt64]
    /// Hash slots holding name positions (-1 when empty); empty for small indexes.
    private let slots: [Int32]

    /// Up to this many names are scanned rather than hashed.
    private static let scanLimit = 8

    init(_ names: [String]) {
        self.names = names
        var offsets = [0]
        offsets.reserveCapacity(names.count + 1)
        for name in names { offsets.append(offsets[offsets.count - 1] + name.utf8.count) }
        let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(offsets[offsets.count - 1], 1))
        for (i, name) in names.enumerated() {
            _ = UnsafeMutableBufferPointer(rebasing: storage[offsets[i]..<offsets[i + 1]]).initialize(from: name.utf8)
        }
        self.storage = storage
        self.offsets = offsets
        var signatures: [UInt64] = []
        signatures.reserveCapacity(names.count)
        for i in names.indices {
            signatures.append(
                NameIndex.signature(UnsafeBufferPointer(rebasing: storage[offsets[i]..<offsets[i + 1]])))
        }
        self.signatures = signatures
        guard names.count > NameIndex.scanLimit else {
            slots = []
            return
        }
        var capacity = 16
        while capacity < names.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for i in names.indices {
            let name = UnsafeBufferPointer(rebasing: storage[offsets[i]..<offsets[i + 1]])
            var slot = NameIndex.hash(name) & mask
            var duplicate = false
            while slots[slot] >= 0 {
                if NameIndex.same(
                    UnsafeBufferPointer(rebasing: storage[offsets[Int(slots[slot])]..<offsets[Int(slots[slot]) + 1]]),
                    name)
                {
                    duplicate = true
                    break
                }
                slot = (slot + 1) & mask
            }
            // The first of duplicate names is the one found.
            if !duplicate { slots[slot] = Int32(i) }
        }
        self.slots = slots
    }

    deinit {
        storage.deallocate()
    }

    /// The number of names.
    var count: Int { names.count }

    /// The UTF-8 of name `i`.
    @inline(__always) func bytes(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: storage[offsets[i]..<offsets[i + 1]])
    }

    /// The position of the first name whose UTF-8 is `key`.
    @inline(__always) func position(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        if slots.isEmpty {
            let wanted = NameIndex.signature(key)
            for i in 0..<signatures.count where signatures[i] == wanted && NameIndex.same(bytes(i), key) { return i }
            return nil
        }
        let mask = slots.count - 1
        var slot = NameIndex.hash(key) & mask
        while true {
            let i = Int(slots[slot])
            if i < 0 { return nil }
            if NameIndex.same(bytes(i), key) { return i }
            slot = (slot + 1) & mask
        }
    }

    /// Whether two byte strings are equal.
    @inline(__always) static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && (a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
    }

    @inline(__always) private static func signature(_ s: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let first = s.first else { return 0 }
        return UInt64(s.count) | UInt64(first) << 32 | UInt64(s[s.count - 1]) << 40
    }

    /// FNV-1a.
    @inline(__always) private static func hash(_ s: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s {
            h ^= UInt64(b)
            h &*= 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}
