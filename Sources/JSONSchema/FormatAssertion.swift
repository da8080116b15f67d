import JSONCore
import JSONFormats

/// An asserted `format`, resolved once when the schema is compiled: the seam between `format` and
/// the format checkers.
struct FormatAssertion: Sendable {
    private enum Check: Sendable {
        case string(StringFormat)
        case regex
        case unknown
    }

    /// The format name as written in the schema.
    let name: String
    private let check: Check

    init(_ name: String) {
        self.name = name
        if name == "regex" {
            check = .regex
        } else if let format = StringFormat(rawValue: name) {
            check = .string(format)
        } else {
            check = .unknown
        }
    }

    /// Whether `value` is valid for the format. Only strings are checked; an unknown format passes
    /// (as the specification says). `regex` is checked with the pattern engine.
    func accepts(_ value: JSONValue) -> Bool {
        guard case .string(let s) = value.kind else { return true }
        switch check {
        case .string(let format): return format.check(s)
        case .regex: return Pattern.isValidSyntax(s)
        case .unknown: return true
        }
    }
}
