import JSONCore
import SourceText

/// One failed keyword: an output unit of the 2020-12 "basic" format.
public struct ValidationError: Sendable, Hashable, CustomStringConvertible {
    /// The keyword's path through the evaluation (`/properties/a/$ref/type`), references included.
    public var keywordLocation: JSONPointer
    /// The keyword's canonical URI (`https://example.com/s#/$defs/a/type`).
    public var absoluteKeywordLocation: String
    /// Where the failing value is in the instance.
    public var instanceLocation: JSONPointer
    /// What is wrong ("value 'abc' is not of type 'integer'").
    public var message: String
    /// Where the failing value was read (UTF-8 offsets into the instance's source).
    public var range: SourceRange
    /// The subschemas entered on the way, as (keyword path length, instance path length) pairs,
    /// for the `detailed` output format.
    var frames: [Int] = []

    /// An error with every field given.
    public init(
        keywordLocation: JSONPointer, absoluteKeywordLocation: String, instanceLocation: JSONPointer,
        message: String, range: SourceRange
    ) {
        self.keywordLocation = keywordLocation
        self.absoluteKeywordLocation = absoluteKeywordLocation
        self.instanceLocation = instanceLocation
        self.message = message
        self.range = range
    }

    /// "`/a/0`: message".
    public var description: String {
        let at = instanceLocation.tokens.isEmpty ? "root" : "'\(instanceLocation)'"
        return "\(at): \(message)"
    }
}

/// How much a validation reports (the 2020-12 output formats).
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Valid or not; stops at the first failure.
    case flag
    /// Every failed keyword, as a flat list.
    case basic
    /// Every failed keyword, nested as the schema is.
    case detailed
}

/// The outcome of validating one instance.
public struct ValidationResult: Sendable {
    /// Whether the instance is valid.
    public var isValid: Bool
    /// The failed keywords (empty when valid, and for the `flag` format).
    public var errors: [ValidationError]
    /// The format that was asked for.
    public var format: OutputFormat
    /// Why validation could not decide, when a limit stopped it: evaluation nested deeper than
    /// `maxDepth`, or a `pattern` that exceeded its step budget. `isValid` is then `false`, but the
    /// instance is not known to be invalid: the validator gave up.
    public var limitExceeded: String?

    /// A result.
    public init(isValid: Bool, errors: [ValidationError], format: OutputFormat, limitExceeded: String? = nil) {
        self.isValid = isValid
        self.errors = errors
        self.format = format
        self.limitExceeded = limitExceeded
    }
}
