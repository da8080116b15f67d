import SourceText

/// Consecutive lines of other text (prose, lists, block quotes, thematic breaks), not parsed further.
public struct Paragraph: Sendable, Hashable {
    /// From the start of the first line to the end of the last, without the final line break.
    public var range: SourceRange

    /// A paragraph covering `range`.
    public init(range: SourceRange) {
        self.range = range
    }
}
