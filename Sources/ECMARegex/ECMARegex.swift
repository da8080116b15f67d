/// An ECMA-262 regular expression with `u` flag semantics, as JSON Schema's `pattern` uses.
///
/// The input is a sequence of Unicode code points; `\d`, `\w` and `\b` are ASCII-only, `\s` is
/// ECMA-262 white space plus line terminators, `.` excludes line terminators, `^` and `$` match only
/// at the start and end of the input. Matching searches anywhere in the string, like
/// `RegExp.prototype.test`. Compile once and reuse: values are immutable and `Sendable`.
///
/// Matching runs a backtracking program over the string's UTF-8 bytes. When backtracking gets heavy
/// the matcher switches on a visited-state memo, which keeps patterns without backreferences linear
/// in the input (times the program size). Every match is also bounded by a step budget of
/// `baseStepBudget + max(1000, 4 * programSize) * (utf8Count + 1)` steps; when a match exceeds it,
/// `evaluate(_:)` throws an error of kind `.budgetExceeded` and `matches(_:)` returns `false`.
/// Case-insensitive matching is not implemented (JSON Schema has no flags); a future `ignoreCase`
/// option would fold code points in the `char`, `set` and backreference instructions.
public struct ECMARegex: Sendable {
    /// The pattern source, as given.
    public let pattern: String
    private let program: Program
    private let groupNames: [String: Int]

    /// The fixed part of the step budget of one search.
    public static let baseStepBudget = 10_000_000

    /// Compiles `pattern` as an ECMA-262 regular expression with the `u` flag.
    public init(_ pattern: String) throws(ECMARegexError) {
        var parser = RegexParser(pattern)
        let parsed = try parser.parse()
        self.pattern = pattern
        self.program = try RegexCompiler.compile(parsed)
        self.groupNames = parsed.groupNames
    }

    /// Whether `pattern` is a valid ECMA-262 (`u` flag) regular expression, for `format: regex`.
    ///
    /// Patterns that are valid but use an unimplemented feature (inline modifiers, too large a
    /// repetition to compile) count as valid.
    public static func isValid(_ pattern: String) -> Bool {
        do {
            _ = try ECMARegex(pattern)
            return true
        } catch {
            return error.kind == .unsupported
        }
    }

    /// The number of capture groups.
    public var captureCount: Int { program.groupCount }

    /// Whether the pattern matches anywhere in `string`; `false` when the step budget runs out.
    public func matches(_ string: String) -> Bool {
        (try? evaluate(string)) ?? false
    }

    /// Whether the pattern matches anywhere in `string`.
    ///
    /// Throws an error of kind `.budgetExceeded` when matching needs more steps than the budget.
    public func evaluate(_ string: String) throws(ECMARegexError) -> Bool {
        try search(string, captures: false) != nil
    }

    /// The leftmost match in `string` with its capture groups; `nil` when there is none or the
    /// step budget runs out.
    public func firstMatch(in string: String) -> ECMARegexMatch? {
        (try? searchFirstMatch(in: string)) ?? nil
    }

    /// The leftmost match in `string` with its capture groups, or `nil` when there is none.
    ///
    /// Throws an error of kind `.budgetExceeded` when matching needs more steps than the budget.
    public func searchFirstMatch(in string: String) throws(ECMARegexError) -> ECMARegexMatch? {
        try search(string, captures: true)
    }

    /// `searchFirstMatch(in:)` with the visited-state memo on from the first step (for tests).
    func searchFirstMatchMemoized(in string: String) throws(ECMARegexError) -> ECMARegexMatch? {
        try search(string, captures: true, memoizeFromStart: true)
    }

    // MARK: - Search

    private enum Outcome {
        case found(ECMARegexMatch)
        case notFound
        case budgetExceeded
    }

    private func search(_ string: String, captures: Bool, memoizeFromStart: Bool = false) throws(ECMARegexError)
        -> ECMARegexMatch?
    {
        var text = string
        let outcome = text.withUTF8 { input in search(input, captures: captures, memoizeFromStart: memoizeFromStart) }
        switch outcome {
        case .found(let match): return match
        case .notFound: return nil
        case .budgetExceeded:
            throw ECMARegexError(
                "regular expression '\(pattern)' exceeded its step budget (catastrophic backtracking)", offset: 0,
                kind: .budgetExceeded)
        }
    }

    private func search(_ input: UnsafeBufferPointer<UInt8>, captures: Bool, memoizeFromStart: Bool) -> Outcome {
        let n = input.count
        if let literal = program.pureLiteral {
            guard let at = ECMARegex.find(literal, in: input) else { return .notFound }
            return .found(ECMARegexMatch(range: at..<(at + literal.count), captures: [], groupNames: groupNames))
        }
        return program.instructions.withUnsafeBufferPointer { code in
            program.sets.withUnsafeBufferPointer { sets in
                program.asciiMasks.withUnsafeBufferPointer { masks in
                    var matcher = Matcher(
                        program: program, code: code, sets: sets, asciiMasks: masks, input: input,
                        trackCaptures: captures, memoizeFromStart: memoizeFromStart)
                    var start = 0
                    while start <= n {
                        if let first = program.firstBytes {
                            if program.anchoredAtStart {
                                if n == 0 || !first[Int(input[0])] { break }
                            } else {
                                while start < n && !first[Int(input[start])] { start += 1 }
                                if start == n { break }
                            }
                        } else {
                            while start < n && input[start] & 0xC0 == 0x80 { start += 1 }
                        }
                        let end = matcher.match(at: start)
                        if matcher.budgetExceeded { return .budgetExceeded }
                        if end >= 0 {
                            var groups: [Range<Int>?] = []
                            if captures {
                                for g in 0..<program.groupCount {
                                    let s = matcher.slots[2 * g]
                                    let e = matcher.slots[2 * g + 1]
                                    groups.append(s >= 0 && e >= 0 ? s..<e : nil)
                                }
                            }
                            return .found(ECMARegexMatch(range: start..<end, captures: groups, groupNames: groupNames))
                        }
                        if program.anchoredAtStart { break }
                        start += 1
                    }
                    return .notFound
                }
            }
        }
    }

    /// The first offset of `needle` in `haystack`.
    private static func find(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        let m = needle.count
        let n = haystack.count
        guard m <= n else { return nil }
        let first = needle[0]
        var i = 0
        while i <= n - m {
            if haystack[i] == first {
                var k = 1
                while k < m, haystack[i + k] == needle[k] { k += 1 }
                if k == m { return i }
            }
            i += 1
        }
        return nil
    }
}

extension ECMARegex: Hashable, CustomStringConvertible {
    /// Two regular expressions are equal when their patterns are.
    public static func == (lhs: ECMARegex, rhs: ECMARegex) -> Bool { lhs.pattern == rhs.pattern }

    /// Hashes the pattern.
    public func hash(into hasher: inout Hasher) { hasher.combine(pattern) }

    /// The pattern between slashes with the `u` flag, as JavaScript would print it.
    public var description: String { "/\(pattern)/u" }
}
