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

    /// Whether the string whose UTF-8 is `utf8` is valid for the format (an unknown format passes,
    /// as the specification says). `regex` is checked with the pattern engine.
    func accepts(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        switch check {
        case .string(let format): return format.check(utf8: utf8)
        case .regex: return Pattern.isValidSyntax(String(decoding: utf8, as: UTF8.self))
        case .unknown: return true
        }
    }
}
