import SourceText

/// An ATX heading (`#` … `######`).
public struct Heading: Sendable, Hashable {
    /// The number of `#`s, 1 through 6.
    public var level: Int
    /// The name of the first empty `<a name="…"></a>` (or `id`) anchor in the heading, if any.
    public var anchor: String?
    /// The heading's text after the `#`s, without a closing `#` sequence.
    public var text: LocalizedText
    /// The tab id when the heading is a single link to `#tab/…` (`# [HTTP](#tab/http)` gives `http`).
    public var tabID: String?
    /// The whole heading line, without its line break.
    public var range: SourceRange

    /// A heading with the given parts.
    public init(level: Int, anchor: String?, text: LocalizedText, tabID: String?, range: SourceRange) {
        self.level = level
        self.anchor = anchor
        self.text = text
        self.tabID = tabID
        self.range = range
    }
}
