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
    public var raw: String {
        get {
            switch rawText {
            case .string(let string): string
            case .bytes(let page, let start, let end):
                start < end
                    ? page.withUnsafeBufferPointer {
                        String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self)
                    } : ""
            }
        }
        set { rawText = .string(newValue) }
    }
    /// Where the text is, trimmed of surrounding whitespace.
    public var range: SourceRange
    /// `raw`, or where to read it: text with markup keeps its page's bytes (shared, not copied) rather
    /// than a `String` few readers ever ask for.
    private var rawText: RawText

    /// `raw` as given, or as bytes of the page still to be decoded.
    private enum RawText: Sendable {
        case string(String)
        case bytes([UInt8], start: Int, end: Int)
    }

    /// Text with the given parts.
    public init(visible: String, source: String? = nil, raw: String, range: SourceRange) {
        self.visible = visible
        self.source = source
        self.rawText = .string(raw)
        self.range = range
    }

    /// Text whose `raw` is `page[range]`, decoded when asked for.
    init(visible: String, source: String?, page: [UInt8], range: SourceRange) {
        self.visible = visible
        self.source = source
        self.rawText = .bytes(page, start: range.start, end: range.end)
        self.range = range
    }

    public static func == (a: LocalizedText, b: LocalizedText) -> Bool {
        a.visible == b.visible && a.source == b.source && a.range == b.range && a.raw == b.raw
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(visible)
        hasher.combine(source)
        hasher.combine(raw)
        hasher.combine(range)
    }
}
