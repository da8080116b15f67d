import SourceText

/// Reads an ATX heading line: `#` … `######`, its `<a name>` anchor and a tab link.
struct HeadingParser {
    let text: ByteText

    /// The heading on `line`, and an issue when its `#`s are not followed by a space.
    func parse(_ line: SourceLines.Line) -> (Heading, MarkdownIssue?)? {
        let start = text.skipSpaces(line.start, line.contentEnd)
        guard start - line.start <= 3, start < line.contentEnd, text[start] == UInt8(ascii: "#") else { return nil }
        var after = start
        while after < line.contentEnd && text[after] == UInt8(ascii: "#") { after += 1 }
        let level = after - start
        guard level <= 6 else { return nil }
        var issue: MarkdownIssue?
        if after < line.contentEnd && text[after] != 0x20 && text[after] != 0x09 {
            // Translated pages sometimes lose the space: `#<a name="x"></a>Title`.
            guard text.matchesIgnoringCase("<a ", at: after, end: line.contentEnd) else { return nil }
            issue = MarkdownIssue(
                kind: .headingMissingSpace,
                message: "heading has no space after '\(String(repeating: "#", count: level))'",
                range: SourceRange(start: start, end: after))
        }
        var (contentStart, contentEnd) = text.trimmed(after, line.contentEnd)
        // An optional closing sequence of `#`s, preceded by a space, is not part of the text.
        var closing = contentEnd
        while closing > contentStart && text[closing - 1] == UInt8(ascii: "#") { closing -= 1 }
        if closing < contentEnd {
            if closing == contentStart {
                contentEnd = contentStart
            } else if text[closing - 1] == 0x20 || text[closing - 1] == 0x09 {
                (contentStart, contentEnd) = text.trimmed(contentStart, closing)
            }
        }
        let markup = MarkupReader(text: text).read(contentStart, contentEnd)
        let heading = Heading(
            level: level, anchor: markup.anchor, text: markup.text, tabID: HeadingParser.tabID(markup.text.visible),
            range: SourceRange(start: start, end: line.contentEnd))
        return (heading, issue)
    }

    /// `id` when `visible` is exactly one link `[label](#tab/id)`.
    static func tabID(_ visible: String) -> String? {
        // Most headings are not a link: settle them before copying any bytes.
        let utf8 = visible.utf8
        guard utf8.count > 9, utf8.first == UInt8(ascii: "["), utf8.last == UInt8(ascii: ")") else { return nil }
        let bytes = Array(utf8)
        let marker = Array("](#tab/".utf8)
        var i = 1
        while i + marker.count < bytes.count {
            if bytes[i] == UInt8(ascii: "]") {
                guard bytes[i..<(i + marker.count)].elementsEqual(marker) else { return nil }
                let id = bytes[(i + marker.count)..<(bytes.count - 1)]
                let forbidden = { (byte: UInt8) in
                    byte == UInt8(ascii: ")") || byte == UInt8(ascii: "(") || byte == 0x20 || byte == 0x09
                }
                guard !id.isEmpty, !id.contains(where: forbidden) else { return nil }
                return String(decoding: id, as: UTF8.self)
            }
            i += 1
        }
        return nil
    }
}
