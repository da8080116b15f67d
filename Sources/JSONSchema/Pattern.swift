import ECMARegex
import Synchronization

/// A compiled `pattern` / `patternProperties` regular expression (ECMA-262 `u`-mode semantics, through
/// the `ECMARegex` engine), shared per source text. This is the one seam through which the validator
/// uses regular expressions. A class, so keywords share one compiled pattern without copying it.
final class Pattern: Sendable {
    /// The pattern as written in the schema.
    let source: String
    private let regex: ECMARegex
    private let matchesEverything: Bool

    private init(source: String, regex: ECMARegex) {
        self.source = source
        self.regex = regex
        self.matchesEverything = source.isEmpty || source == ".*" || source == "^.*"
    }

    private static let cache = Mutex<[String: Pattern]>([:])

    /// The compiled pattern for `source`, from the cache when it was compiled before.
    static func compile(_ source: String) -> Result<Pattern, PatternError> {
        // The cache lock is only taken at schema compile time, never while validating.
        if let cached = cache.withLock({ $0[source] }) { return .success(cached) }
        let regex: ECMARegex
        do {
            regex = try ECMARegex(source)
        } catch {
            switch error.kind {
            case .unsupported:
                return .failure(PatternError(message: "uses a feature that is not supported: \(error)"))
            case .syntax, .budgetExceeded:
                return .failure(PatternError(message: "not a valid ECMA-262 regular expression: \(error)"))
            }
        }
        let pattern = Pattern(source: source, regex: regex)
        cache.withLock { $0[source] = pattern }
        return .success(pattern)
    }

    /// Whether `source` is a valid ECMA-262 regular expression (for `format: regex`).
    static func isValidSyntax(_ source: String) -> Bool {
        ECMARegex.isValid(source)
    }

    /// Whether the pattern matches somewhere in `string` (unanchored, as JSON Schema specifies);
    /// `nil` when the match could not be decided within the engine's step budget.
    @inline(__always)
    func matches(_ string: String) -> Bool? {
        if matchesEverything { return true }
        do {
            return try regex.evaluate(string)
        } catch {
            return nil
        }
    }
}

/// Why a pattern cannot be used.
struct PatternError: Error, Sendable {
    /// Lowercase, no trailing period.
    var message: String
}

extension Pattern {
    /// The error for a string the pattern could not be matched against within the step budget: the
    /// value is reported invalid rather than silently passed or failed.
    static func undecidedMessage(_ pattern: Pattern, _ string: String) -> String {
        "string \(Quote.text(string)) could not be matched against the pattern \(Quote.text(pattern.source)): "
            + "the regular expression exceeded its step budget (catastrophic backtracking)"
    }
}
