/// Why a schema cannot be compiled: malformed keyword, unresolvable reference, unsupported
/// pattern, unknown meta-schema, reference cycle.
public struct SchemaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong (lowercase, no trailing period, names quoted).
    public var message: String
    /// Where: the canonical URI of the offending schema location, if known.
    public var location: String

    /// An error with `message` at `location`.
    public init(_ message: String, at location: String = "") {
        self.message = message
        self.location = location
    }

    /// The message followed by the location (a location longer than 200 characters, through a huge
    /// `patternProperties` key say, is cut with `…`).
    public var description: String {
        guard !location.isEmpty else { return message }
        let shown = location.utf8.count > 200 ? String(location.unicodeScalars.prefix(200)) + "…" : location
        return "\(message) (at '\(shown)')"
    }
}
