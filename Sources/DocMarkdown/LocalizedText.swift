import SourceText

/// Text from a heading or table cell, with machine-translation markup taken apart.
///
/// Side-by-side translated pages wrap each segment as
/// `<span data-ttu-id="…">translation</span><span class="sxs-lookup"><span data-stu-id="…">English</span></span>`.
/// `visible` is what a reader sees (the translation, markup and `<a name>` anchors removed);
/// `source` is the same text with the English segments in place of the translated ones.
public struct LocalizedText: Sendable, Hashable {
    /// The text a reader sees: localization spans unwrapped, `sxs-lookup` English and empty
    /// `<a name="…"></a>` anchors removed, `\|` unescaped, line breaks folded into one space, trimmed.
    public var visible: String
    /// The English source text from `sxs-lookup` spans, or `nil` when the text has none.
    public var source: String?
    /// The source bytes of `range`, exactly as written (invalid UTF-8 repaired for display).
    public var raw: String
    /// Where the text is, trimmed of surrounding whitespace.
    public var range: SourceRange

    /// Text with the given parts.
    public init(visible: String, source: String? = nil, raw: String, range: SourceRange) {
        self.visible = visible
        self.source = source
        self.raw = raw
        self.range = range
    }
}
