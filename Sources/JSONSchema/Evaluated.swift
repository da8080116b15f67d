/// A set of small non-negative integers (member or element indices); the first 64 need no allocation.
struct IndexSet64: Sendable {
    private var first: UInt64 = 0
    private var rest: [UInt64] = []

    @inline(__always) func contains(_ i: Int) -> Bool {
        if i < 64 { return first & (1 << UInt64(i)) != 0 }
        let word = i / 64 - 1
        return word < rest.count && rest[word] & (1 << UInt64(i % 64)) != 0
    }

    @inline(__always) mutating func insert(_ i: Int) {
        if i < 64 {
            first |= 1 << UInt64(i)
            return
        }
        let word = i / 64 - 1
        while rest.count <= word { rest.append(0) }
        rest[word] |= 1 << UInt64(i % 64)
    }

    /// Inserts `0..<n`.
    mutating func insertAll(below n: Int) {
        if n >= 64 {
            first = .max
            for i in 64..<n { insert(i) }
        } else if n > 0 {
            first |= (1 << UInt64(n)) &- 1
        }
    }

    mutating func formUnion(_ other: IndexSet64) {
        first |= other.first
        while rest.count < other.rest.count { rest.append(0) }
        for i in 0..<other.rest.count { rest[i] |= other.rest[i] }
    }
}

/// The annotations `unevaluatedProperties` and `unevaluatedItems` need: which members and
/// elements of the current instance some successful keyword evaluated.
struct Evaluated: Sendable {
    /// Indices into the instance object's `members`.
    var properties = IndexSet64()
    /// Indices into the instance array.
    var items = IndexSet64()

    mutating func formUnion(_ other: Evaluated) {
        properties.formUnion(other.properties)
        items.formUnion(other.items)
    }
}
