import SourceText

/// A fenced code block (```` ``` ```` or `~~~`).
public struct FencedCode: Sendable, Hashable {
    /// The info string after the opening fence, trimmed (`json`, `http`, `json {"x": 1}`).
    public var info: String {
        didSet { language = FencedCode.language(of: info) }
    }
    /// The first word of the info string, lowercased (`""` when there is none); read once, as rules ask
    /// for it many times per block.
    public private(set) var language: String
    /// Where the info string is (empty, after the fence, when there is none).
    public var infoRange: SourceRange
    /// The bytes between the opening fence line and the closing fence line (to the end of the
    /// file when unclosed), so the content can be parsed in place.
    public var contentRange: SourceRange
    /// Whether a closing fence was found.
    public var isClosed: Bool
    /// The whole block, from the opening fence to the end of the closing fence line.
    public var range: SourceRange

    /// A fenced block with the given parts.
    public init(info: String, infoRange: SourceRange, contentRange: SourceRange, isClosed: Bool, range: SourceRange) {
        self.info = info
        self.language = FencedCode.language(of: info)
        self.infoRange = infoRange
        self.contentRange = contentRange
        self.isClosed = isClosed
        self.range = range
    }

    /// The first word of `info`, lowercased.
    static func language(of info: String) -> String {
        // Info strings are ASCII (`json`, `http`): there every byte is a `Character`, and the word is cut
        // and lowered by byte; other text by `Character`, as `lowercased()` needs.
        let utf8 = info.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            let word = utf8.prefix { $0 != 0x20 && $0 != 0x09 && $0 != UInt8(ascii: "{") }
            return String(decoding: word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        let word = info.prefix { $0 != " " && $0 != "\t" && $0 != "{" }
        return word.lowercased()
    }
}
