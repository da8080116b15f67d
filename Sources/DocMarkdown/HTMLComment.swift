import SourceText

/// An HTML comment that starts a line (`<!-- … -->`), possibly spanning several lines.
public struct HTMLComment: Sendable, Hashable {
    /// The text between `<!--` and `-->`, untrimmed.
    public var body: String
    /// Where the body is, so annotation JSON inside can be parsed in place.
    public var bodyRange: SourceRange
    /// Whether `-->` was found; an unclosed comment runs to the end of the file.
    public var isClosed: Bool
    /// From `<!--` through `-->`.
    public var range: SourceRange

    /// A comment with the given parts.
    public init(body: String, bodyRange: SourceRange, isClosed: Bool, range: SourceRange) {
        self.body = body
        self.bodyRange = bodyRange
        self.isClosed = isClosed
        self.range = range
    }
}
