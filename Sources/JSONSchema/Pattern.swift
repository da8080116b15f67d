import Foundation
import Synchronization

/// A compiled `pattern` / `patternProperties` regular expression (ECMA-262 semantics), shared
/// per source text. This is the one seam through which the validator uses regular expressions.
struct Pattern: @unchecked Sendable {
    /// The pattern as written in the schema.
    let source: String
    private let regex: NSRegularExpression?
    private let matchesEverything: Bool

    private init(source: String, regex: NSRegularExpression?) {
        self.source = source
        self.regex = regex
        self.matchesEverything = source.isEmpty || source == ".*"
    }

    private static let cache = Mutex<[String: Pattern]>([:])

    /// The compiled pattern for `source`, from the cache when it was compiled before.
    static func compile(_ source: String) -> Result<Pattern, PatternError> {
        if let cached = cache.withLock({ $0[source] }) { return .success(cached) }
        let regex: NSRegularExpression
        do {
            regex = try NSRegularExpression(pattern: source, options: [])
        } catch {
            return .failure(PatternError(message: "not a valid regular expression"))
        }
        let pattern = Pattern(source: source, regex: regex)
        cache.withLock { $0[source] = pattern }
        return .success(pattern)
    }

    /// Whether `source` is a valid regular expression (for `format: regex`).
    static func isValidSyntax(_ source: String) -> Bool {
        if case .success = compile(source) { return true }
        return false
    }

    /// Whether the pattern matches somewhere in `string` (unanchored, as JSON Schema specifies).
    func matches(_ string: String) -> Bool {
        if matchesEverything { return true }
        guard let regex else { return true }
        let range = NSRange(string.startIndex..<string.endIndex, in: string)
        return regex.firstMatch(in: string, options: [], range: range) != nil
    }
}

/// Why a pattern cannot be used.
struct PatternError: Error, Sendable {
    /// Lowercase, no trailing period.
    var message: String
}
