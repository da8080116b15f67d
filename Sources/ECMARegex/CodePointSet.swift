/// A set of Unicode code points: sorted disjoint ranges plus a 128-bit ASCII bitmap for speed.
struct CodePointSet: Sendable, Hashable {
    /// Range bounds, flattened: `[lo0, hi0, lo1, hi1, ...]`, sorted, disjoint and non-adjacent.
    private(set) var bounds: [UInt32]
    /// Membership of U+0000...U+003F.
    private(set) var asciiLow: UInt64 = 0
    /// Membership of U+0040...U+007F.
    private(set) var asciiHigh: UInt64 = 0

    /// The largest code point.
    static let maxCodePoint: UInt32 = 0x10FFFF

    /// The empty set.
    init() {
        bounds = []
    }

    /// The set of the given inclusive ranges, in any order, overlapping or not.
    init(ranges: [ClosedRange<UInt32>]) {
        let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
        var merged: [UInt32] = []
        merged.reserveCapacity(sorted.count * 2)
        for r in sorted {
            if let last = merged.last, r.lowerBound <= last &+ 1 {
                if r.upperBound > last { merged[merged.count - 1] = r.upperBound }
            } else {
                merged.append(r.lowerBound)
                merged.append(r.upperBound)
            }
        }
        self.init(normalizedBounds: merged)
    }

    /// A set from bounds that are already sorted, disjoint and non-adjacent.
    init(normalizedBounds: [UInt32]) {
        bounds = normalizedBounds
        var i = 0
        while i < bounds.count, bounds[i] < 128 {
            let hi = min(bounds[i + 1], 127)
            for c in bounds[i]...hi {
                if c < 64 { asciiLow |= 1 << UInt64(c) } else { asciiHigh |= 1 << UInt64(c - 64) }
            }
            i += 2
        }
    }

    /// The set of one code point.
    init(_ codePoint: UInt32) {
        self.init(normalizedBounds: [codePoint, codePoint])
    }

    /// Every code point.
    static let all = CodePointSet(normalizedBounds: [0, maxCodePoint])

    /// Whether `c` is in the set.
    @inline(__always)
    func contains(_ c: UInt32) -> Bool {
        if c < 64 { return asciiLow & (1 << UInt64(c)) != 0 }
        if c < 128 { return asciiHigh & (1 << UInt64(c - 64)) != 0 }
        return containsNonASCII(c)
    }

    private func containsNonASCII(_ c: UInt32) -> Bool {
        // Binary search for the last range whose lower bound is <= c.
        var lo = 0
        var hi = bounds.count / 2
        while lo < hi {
            let mid = (lo + hi) / 2
            if bounds[mid * 2] <= c { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && c <= bounds[(lo - 1) * 2 + 1]
    }

    /// Whether the set is empty.
    var isEmpty: Bool { bounds.isEmpty }

    /// Whether the set holds any code point above U+007F.
    var hasNonASCII: Bool { !bounds.isEmpty && bounds[bounds.count - 1] >= 128 }

    /// Whether the set is every code point.
    var isAll: Bool { bounds == [0, CodePointSet.maxCodePoint] }

    /// The single code point of a one-element set.
    var singleCodePoint: UInt32? {
        bounds.count == 2 && bounds[0] == bounds[1] ? bounds[0] : nil
    }

    /// The ranges of the set.
    var ranges: [ClosedRange<UInt32>] {
        stride(from: 0, to: bounds.count, by: 2).map { bounds[$0]...bounds[$0 + 1] }
    }

    /// The union of two sets.
    func union(_ other: CodePointSet) -> CodePointSet {
        if other.isEmpty { return self }
        if isEmpty { return other }
        return CodePointSet(ranges: ranges + other.ranges)
    }

    /// Every code point not in the set.
    func inverted() -> CodePointSet {
        var result: [UInt32] = []
        var next: UInt32 = 0
        var i = 0
        while i < bounds.count {
            if bounds[i] > next {
                result.append(next)
                result.append(bounds[i] - 1)
            }
            next = bounds[i + 1] &+ 1
            i += 2
        }
        if next <= CodePointSet.maxCodePoint, !(i > 0 && bounds[i - 1] == CodePointSet.maxCodePoint) {
            result.append(next)
            result.append(CodePointSet.maxCodePoint)
        }
        return CodePointSet(normalizedBounds: result)
    }
}
