/// The physical lines of the page, as byte offsets.
///
/// Built on `LineIndex.lineStarts`; a line's content excludes its LF and a CR before it, and the
/// first line's content starts after a UTF-8 byte order mark.
struct SourceLines {
    /// One physical line.
    struct Line {
        /// The first byte of the line (after a BOM on the first line).
        var start: Int
        /// The end of the line's content, before any CR LF.
        var contentEnd: Int
        /// The start of the next line (after the LF), or the end of the text.
        var end: Int
    }

    let lineStarts: [Int]
    let count: Int
    let textCount: Int
    let firstLineStart: Int
    private let text: ByteText

    init(text: ByteText, lineStarts: [Int], firstLineStart: Int) {
        self.text = text
        self.lineStarts = lineStarts
        self.textCount = text.count
        self.firstLineStart = firstLineStart
        // A final empty "line" after a trailing LF holds no text; it is not scanned.
        if lineStarts.count > 1 && lineStarts[lineStarts.count - 1] == text.count {
            self.count = lineStarts.count - 1
        } else {
            self.count = lineStarts.count
        }
    }

    @inline(__always)
    subscript(index: Int) -> Line {
        let start = index == 0 ? firstLineStart : lineStarts[index]
        let end = index + 1 < lineStarts.count ? lineStarts[index + 1] : textCount
        var contentEnd = end
        if contentEnd > start && text[contentEnd - 1] == 0x0A { contentEnd -= 1 }
        if contentEnd > start && text[contentEnd - 1] == 0x0D { contentEnd -= 1 }
        return Line(start: start, contentEnd: contentEnd, end: end)
    }

    /// Whether line `index` holds only spaces and tabs.
    @inline(__always)
    func isBlank(_ index: Int) -> Bool {
        let line = self[index]
        return text.skipSpaces(line.start, line.contentEnd) == line.contentEnd
    }
}
