/// Why a pattern could not be compiled, or why a match could not be decided.
public struct ECMARegexError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        /// The pattern is not a valid ECMA-262 (`u` flag) regular expression.
        case syntax
        /// The pattern is valid ECMA-262 but uses a feature this engine does not implement.
        case unsupported
        /// Matching took more steps than the budget allows (catastrophic backtracking).
        case budgetExceeded
    }

    /// What went wrong, in lowercase with no trailing period.
    public var message: String
    /// The UTF-8 offset in the pattern where the problem was found (0 for `budgetExceeded`).
    public var offset: Int
    /// The category of the problem.
    public var kind: Kind

    /// An error of `kind` at `offset` in the pattern.
    public init(_ message: String, offset: Int, kind: Kind = .syntax) {
        self.message = message
        self.offset = offset
        self.kind = kind
    }

    /// The message followed by the offset, e.g. `nothing to repeat at offset 0`.
    public var description: String {
        kind == .budgetExceeded ? message : "\(message) at offset \(offset)"
    }
}
