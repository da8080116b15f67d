import JSONCore
import JSONFormats

/// The seam between `format` and the format checkers: asserted formats go through here.
struct FormatAssertion: Sendable {
    /// Whether `value` is valid for `format`. Only strings are checked; an unknown format passes
    /// (as the specification says). `regex` is checked with the pattern engine.
    func accepts(_ format: String, _ value: JSONValue) -> Bool {
        guard case .string(let s) = value.kind else { return true }
        if format == "regex" { return Pattern.isValidSyntax(s) }
        return FormatChecker.check(format, s) ?? true
    }
}
