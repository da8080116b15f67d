/// A JSON number, kept exactly as written.
///
/// Integers that fit in `Int64` are stored as such (the common case, no allocation); every other
/// number keeps its source text, so `1e400`, `0.1` and 30-digit integers lose nothing. Views:
/// `int64`, `double` (may be infinite) and `decimal` (exact). Equality and ordering are exact
/// (`1 == 1.0 == 10e-1`).
public struct JSONNumber: Sendable, CustomStringConvertible {
    enum Storage: Sendable {
        case int(Int64)
        case text(String)
    }

    let storage: Storage

    /// An integer number.
    public init(_ value: Int) {
        storage = .int(Int64(value))
    }

    /// An integer number.
    public init(_ value: Int64) {
        storage = .int(value)
    }

    /// A number from valid JSON number text (`-12.5e3`); `nil` if the text is not a JSON number.
    public init?(text: String) {
        guard JSONNumber.isValidText(Array(text.utf8)) else { return nil }
        if let i = Int64(text), text != "-0" {
            storage = .int(i)
        } else {
            storage = .text(text)
        }
    }

    /// A number from `Double` (finite values only; written in Swift's shortest round-trip form).
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        if value == value.rounded(), abs(value) < 9e15 {
            storage = value == 0 && value.sign == .minus ? .text("-0") : .int(Int64(value))
        } else {
            storage = .text(String(decoding: "\(value)".utf8.filter { $0 != UInt8(ascii: "+") }, as: UTF8.self))
        }
    }

    init(unchecked text: String) {
        storage = .text(text)
    }

    /// The number's text: as written in the source, or canonical for integers.
    public var text: String {
        switch storage {
        case .int(let i): String(i)
        case .text(let t): t
        }
    }

    public var description: String { text }

    /// The value as `Int64`, if it is an integer in range (`2.0` and `1e2` count as integers).
    public var int64: Int64? {
        switch storage {
        case .int(let i): return i
        case .text:
            let d = decimal
            guard d.exponent >= 0, d.digits.count + d.exponent <= 19 else { return d.isZero ? 0 : nil }
            var magnitude: UInt64 = 0
            for digit in d.digits {
                let (m, o1) = magnitude.multipliedReportingOverflow(by: 10)
                let (s, o2) = m.addingReportingOverflow(UInt64(digit))
                if o1 || o2 { return nil }
                magnitude = s
            }
            for _ in 0..<d.exponent {
                let (m, o) = magnitude.multipliedReportingOverflow(by: 10)
                if o { return nil }
                magnitude = m
            }
            if d.isNegative {
                return magnitude <= UInt64(Int64.max) + 1 ? Int64(bitPattern: 0 &- magnitude) : nil
            }
            return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
        }
    }

    /// The value as the nearest `Double` (`±infinity` when out of range, as `1e400`).
    public var double: Double {
        switch storage {
        case .int(let i): return Double(i)
        case .text(let t): return Double(t) ?? (t.hasPrefix("-") ? -.infinity : .infinity)
        }
    }

    /// Whether the value is mathematically an integer (`1.0` and `1e2` are; `1.5` is not).
    public var isInteger: Bool {
        switch storage {
        case .int: true
        case .text: decimal.exponent >= 0
        }
    }

    /// Whether the value is negative (below zero; `-0` is not).
    public var isNegative: Bool {
        switch storage {
        case .int(let i): i < 0
        case .text: decimal.isNegative
        }
    }

    /// The exact decimal value.
    public var decimal: JSONDecimal {
        switch storage {
        case .int(let i): JSONDecimal(i)
        case .text(let t): JSONDecimal(parsing: Array(t.utf8))
        }
    }

    /// Exact comparison.
    public func compare(_ other: JSONNumber) -> ComparisonResult3 {
        if case .int(let a) = storage, case .int(let b) = other.storage {
            return a < b ? .less : (a > b ? .greater : .equal)
        }
        if let a = small, let b = other.small { return a.compare(b) }
        return decimal.compare(other.decimal)
    }

    /// Whether `self` is an exact integer multiple of `divisor` (exact decimal arithmetic: 19.99 is a
    /// multiple of 0.01). A zero or negative divisor gives `false`.
    public func isMultiple(of divisor: JSONNumber) -> Bool {
        if case .int(let a) = storage, case .int(let b) = divisor.storage, b > 0 {
            return a % b == 0
        }
        if let a = small, let b = divisor.small, let result = a.isMultiple(of: b) { return result }
        return decimal.isMultiple(of: divisor.decimal)
    }

    /// The value as a `SmallDecimal` when it has at most 19 significant digits (no allocation).
    var small: SmallDecimal? {
        switch storage {
        case .int(let i): return SmallDecimal(i)
        case .text(var t): return t.withUTF8 { SmallDecimal(parsing: $0) }
        }
    }

    /// Whether `bytes` is the text of a JSON number (RFC 8259 grammar).
    public static func isValidText(_ bytes: [UInt8]) -> Bool {
        var i = 0
        let n = bytes.count
        if i < n && bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < n else { return false }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
        } else if bytes[i] >= UInt8(ascii: "1") && bytes[i] <= UInt8(ascii: "9") {
            while i < n && isDigit(bytes[i]) { i += 1 }
        } else {
            return false
        }
        if i < n && bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard i < n && isDigit(bytes[i]) else { return false }
            while i < n && isDigit(bytes[i]) { i += 1 }
        }
        if i < n && (bytes[i] | 0x20) == UInt8(ascii: "e") {
            i += 1
            if i < n && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
            guard i < n && isDigit(bytes[i]) else { return false }
            while i < n && isDigit(bytes[i]) { i += 1 }
        }
        return i == n
    }
}

@inline(__always) func isDigit(_ b: UInt8) -> Bool { b &- UInt8(ascii: "0") < 10 }

/// The result of an exact comparison.
public enum ComparisonResult3: Sendable {
    /// The left side is smaller.
    case less
    /// Both are equal.
    case equal
    /// The left side is greater.
    case greater
}

extension JSONNumber: Equatable, Hashable {
    /// Exact numeric equality (`1 == 1.0`).
    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        lhs.compare(rhs) == .equal
    }

    /// Hashes consistently with numeric equality.
    public func hash(into hasher: inout Hasher) {
        if let i = int64 {
            hasher.combine(i)
        } else {
            hasher.combine(decimal)
        }
    }
}

/// `±mantissa × 10^exponent` with at most 19 significant digits (so the mantissa fits in `UInt64`) and
/// no trailing zeros: the exact arithmetic of most JSON numbers, without the digit arrays of `JSONDecimal`.
struct SmallDecimal {
    var isNegative: Bool
    /// The significant digits as an integer, without trailing zeros (0 for zero).
    var mantissa: UInt64
    var exponent: Int
    /// The number of decimal digits of `mantissa` (0 for zero).
    var digitCount: Int

    init(_ value: Int64) {
        var m = value.magnitude
        var e = 0
        while m != 0 && m % 10 == 0 {
            m /= 10
            e += 1
        }
        isNegative = value < 0
        mantissa = m
        exponent = m == 0 ? 0 : e
        digitCount = SmallDecimal.digits(m)
    }

    /// Parses valid JSON number text; `nil` when it has more than 19 significant digits or an
    /// exponent beyond ±10^9 (`JSONDecimal` handles those).
    init?(parsing bytes: UnsafeBufferPointer<UInt8>) {
        var i = 0
        let n = bytes.count
        let negative = n > 0 && bytes[0] == UInt8(ascii: "-")
        if negative { i = 1 }
        var m: UInt64 = 0
        var count = 0
        var scale = 0
        var fraction = false
        while i < n {
            let b = bytes[i]
            if b == UInt8(ascii: ".") {
                fraction = true
            } else if isDigit(b) {
                if count > 0 || b != UInt8(ascii: "0") {
                    guard count < 19 else { return nil }
                    m = m &* 10 &+ UInt64(b &- UInt8(ascii: "0"))
                    count += 1
                }
                if fraction { scale -= 1 }
            } else {
                break
            }
            i += 1
        }
        if i < n {
            // The exponent: `e` or `E`, an optional sign, digits.
            i += 1
            var expNegative = false
            if i < n && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) {
                expNegative = bytes[i] == UInt8(ascii: "-")
                i += 1
            }
            var exp = 0
            while i < n {
                exp = exp * 10 + Int(bytes[i] &- UInt8(ascii: "0"))
                guard exp < 1_000_000_000 else { return nil }
                i += 1
            }
            scale += expNegative ? -exp : exp
        }
        while m != 0 && m % 10 == 0 {
            m /= 10
            scale += 1
            count -= 1
        }
        isNegative = negative && m != 0
        mantissa = m
        exponent = m == 0 ? 0 : scale
        digitCount = m == 0 ? 0 : count
    }

    static func digits(_ m: UInt64) -> Int {
        var count = 0
        var rest = m
        while rest != 0 {
            rest /= 10
            count += 1
        }
        return count
    }

    static func power(_ k: Int) -> UInt64 {
        var p: UInt64 = 1
        for _ in 0..<k { p &*= 10 }
        return p
    }

    /// Exact comparison.
    func compare(_ other: SmallDecimal) -> ComparisonResult3 {
        if isNegative != other.isNegative { return isNegative ? .less : .greater }
        let magnitude: ComparisonResult3
        if mantissa == 0 || other.mantissa == 0 {
            magnitude = mantissa == other.mantissa ? .equal : (mantissa == 0 ? .less : .greater)
        } else if digitCount + exponent != other.digitCount + other.exponent {
            magnitude = digitCount + exponent < other.digitCount + other.exponent ? .less : .greater
        } else {
            // Same order of magnitude: scaling the shorter mantissa gives at most 19 digits.
            var a = mantissa
            var b = other.mantissa
            if exponent > other.exponent { a *= SmallDecimal.power(exponent - other.exponent) }
            if other.exponent > exponent { b *= SmallDecimal.power(other.exponent - exponent) }
            magnitude = a < b ? .less : (a > b ? .greater : .equal)
        }
        guard isNegative else { return magnitude }
        switch magnitude {
        case .less: return .greater
        case .greater: return .less
        case .equal: return .equal
        }
    }

    /// Whether `self / divisor` is an integer (as `JSONDecimal.isMultiple(of:)`); `nil` when the
    /// divisor's mantissa is too large for the remainder arithmetic.
    func isMultiple(of divisor: SmallDecimal) -> Bool? {
        if divisor.mantissa == 0 || divisor.isNegative { return false }
        if mantissa == 0 { return true }
        guard divisor.mantissa <= 1_000_000_000_000_000_000 else { return nil }
        let shift = exponent - divisor.exponent
        // The mantissa has no trailing zeros, so it is never divisible by a multiple of 10.
        if shift < 0 { return false }
        var r = mantissa % divisor.mantissa
        var k = 0
        while k < shift && r != 0 {
            r = (r * 10) % divisor.mantissa
            k += 1
            // The sequence r·10^k mod m is eventually periodic; past a bound it never reaches zero.
            if k > 200_000 { return false }
        }
        return r == 0
    }
}

/// An exact decimal: `(isNegative ? -1 : 1) × digits × 10^exponent`, normalized so that
/// `digits` has no leading or trailing zeros (zero has no digits, exponent 0, not negative).
public struct JSONDecimal: Sendable, Hashable {
    /// Whether the value is below zero.
    public var isNegative: Bool
    /// The significant decimal digits (0...9), most significant first.
    public var digits: [UInt8]
    /// The power of ten the digits are scaled by.
    public var exponent: Int

    /// Whether the value is zero.
    public var isZero: Bool { digits.isEmpty }

    /// The decimal value of `value`.
    public init(_ value: Int64) {
        isNegative = value < 0
        var m = value.magnitude
        var ds: [UInt8] = []
        while m > 0 {
            ds.append(UInt8(m % 10))
            m /= 10
        }
        ds.reverse()
        var e = 0
        while let last = ds.last, last == 0 {
            ds.removeLast()
            e += 1
        }
        digits = ds
        exponent = ds.isEmpty ? 0 : e
    }

    /// Parses valid JSON number text.
    public init(parsing bytes: [UInt8]) {
        var i = 0
        var negative = false
        if i < bytes.count && bytes[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        var ds: [UInt8] = []
        var scale = 0
        while i < bytes.count && isDigit(bytes[i]) {
            ds.append(bytes[i] - UInt8(ascii: "0"))
            i += 1
        }
        if i < bytes.count && bytes[i] == UInt8(ascii: ".") {
            i += 1
            while i < bytes.count && isDigit(bytes[i]) {
                ds.append(bytes[i] - UInt8(ascii: "0"))
                scale -= 1
                i += 1
            }
        }
        var exp = 0
        if i < bytes.count && (bytes[i] | 0x20) == UInt8(ascii: "e") {
            i += 1
            var expNegative = false
            if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) {
                expNegative = bytes[i] == UInt8(ascii: "-")
                i += 1
            }
            // Saturate: exponents beyond ±10^15 are far outside anything exact arithmetic can use.
            while i < bytes.count && isDigit(bytes[i]) {
                if exp < 1_000_000_000_000_000 { exp = exp * 10 + Int(bytes[i] - UInt8(ascii: "0")) }
                i += 1
            }
            if expNegative { exp = -exp }
        }
        var start = 0
        while start < ds.count && ds[start] == 0 { start += 1 }
        var end = ds.count
        var e = scale + exp
        while end > start && ds[end - 1] == 0 {
            end -= 1
            e += 1
        }
        digits = Array(ds[start..<end])
        isNegative = negative && !digits.isEmpty
        exponent = digits.isEmpty ? 0 : e
    }

    /// The position of the most significant digit (`123` → 3, `0.05` → -1).
    var magnitudeOrder: Int { digits.count + exponent }

    /// Exact comparison.
    public func compare(_ other: JSONDecimal) -> ComparisonResult3 {
        if isNegative != other.isNegative { return isNegative ? .less : .greater }
        let result = compareMagnitude(other)
        if isNegative {
            switch result {
            case .less: return .greater
            case .greater: return .less
            case .equal: return .equal
            }
        }
        return result
    }

    func compareMagnitude(_ other: JSONDecimal) -> ComparisonResult3 {
        if isZero || other.isZero {
            if isZero && other.isZero { return .equal }
            return isZero ? .less : .greater
        }
        if magnitudeOrder != other.magnitudeOrder { return magnitudeOrder < other.magnitudeOrder ? .less : .greater }
        let n = Swift.max(digits.count, other.digits.count)
        for k in 0..<n {
            let a = k < digits.count ? digits[k] : 0
            let b = k < other.digits.count ? other.digits[k] : 0
            if a != b { return a < b ? .less : .greater }
        }
        return .equal
    }

    /// Whether `self / divisor` is an integer, computed exactly. A zero divisor gives `false`.
    public func isMultiple(of divisor: JSONDecimal) -> Bool {
        // A zero or negative divisor gives `false`, as `JSONNumber.isMultiple(of:)` documents.
        if divisor.isZero || divisor.isNegative { return false }
        if isZero { return true }
        // self = a·10^ea, divisor = b·10^eb. self/divisor = (a/b)·10^(ea-eb).
        let shift = exponent - divisor.exponent
        // With shift < 0 the quotient is a / (b·10^-shift); a has no trailing zeros, so it is never
        // divisible by a multiple of 10.
        if shift < 0 { return false }
        return remainder(of: digits, appendingZeros: shift, modulo: divisor.digits)
    }

    /// Whether `a·10^zeros mod m == 0`, by long division on decimal digit arrays.
    private func remainder(of a: [UInt8], appendingZeros zeros: Int, modulo m: [UInt8]) -> Bool {
        if m.count <= 18 {
            var mv: UInt64 = 0
            for d in m { mv = mv * 10 + UInt64(d) }
            var r: UInt64 = 0
            for d in a { r = (r * 10 + UInt64(d)) % mv }
            var k = 0
            while k < zeros && r != 0 {
                r = (r * 10) % mv
                k += 1
                // The sequence r·10^k mod m is eventually periodic; past a bound it never reaches zero.
                if k > 200_000 { return false }
            }
            return r == 0
        }
        var r: [UInt8] = []
        func step(_ d: UInt8) {
            r.append(d)
            while let f = r.first, f == 0 { r.removeFirst() }
            while !lessThan(r, m) { r = subtract(r, m) }
        }
        for d in a { step(d) }
        var k = 0
        while k < zeros && !r.isEmpty {
            step(0)
            k += 1
            if k > 20_000 { return false }
        }
        return r.isEmpty
    }

    private func lessThan(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        if a.count != b.count { return a.count < b.count }
        for k in 0..<a.count where a[k] != b[k] { return a[k] < b[k] }
        return false
    }

    private func subtract(_ a: [UInt8], _ b: [UInt8]) -> [UInt8] {
        var result = a
        var borrow = 0
        var i = a.count - 1
        var j = b.count - 1
        while i >= 0 {
            var v = Int(result[i]) - borrow - (j >= 0 ? Int(b[j]) : 0)
            borrow = 0
            if v < 0 {
                v += 10
                borrow = 1
            }
            result[i] = UInt8(v)
            i -= 1
            j -= 1
        }
        while let f = result.first, f == 0 { result.removeFirst() }
        return result
    }
}
