import SourceText

/// Splits a page into top-level blocks, one physical line at a time.
///
/// At each non-blank line it tries, in order: a fence, a standalone HTML comment, an ATX
/// heading, an include line and a pipe table; anything else joins the current paragraph.
struct BlockParser {
    let text: ByteText
    let lines: SourceLines

    init(text: ByteText, lineStarts: [Int]) {
        self.text = text
        let hasBOM = text.count >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF
        self.lines = SourceLines(text: text, lineStarts: lineStarts, firstLineStart: hasBOM ? 3 : 0)
    }

    func parse() -> ParsedPage {
        var page = ParsedPage()
        page.hasByteOrderMark = lines.firstLineStart == 3
        page.blocks.reserveCapacity(lines.count / 3 + 1)
        var index = 0
        let frontMatter = FrontMatterParser(text: text, lines: lines).parse()
        page.issues += frontMatter.issues
        if let parsed = frontMatter.frontMatter {
            page.frontMatter = parsed
            index = frontMatter.nextLine
        }
        var paragraphStart: Int?
        while index < lines.count {
            if lines.isBlank(index) {
                flushParagraph(&paragraphStart, before: index, into: &page)
                index += 1
                continue
            }
            if let next = parseBlock(at: index, into: &page, paragraphStart: &paragraphStart) {
                index = next
            } else {
                if paragraphStart == nil { paragraphStart = index }
                index += 1
            }
        }
        flushParagraph(&paragraphStart, before: index, into: &page)
        page.issues += UTF8Validation(text: text).issues()
        return page
    }

    /// Parses the block starting at line `index`, if one does; returns the line after it.
    ///
    /// A pending paragraph is closed before the block is appended.
    private func parseBlock(at index: Int, into page: inout ParsedPage, paragraphStart: inout Int?) -> Int? {
        let line = lines[index]
        let first = text.skipSpaces(line.start, line.contentEnd)
        switch text[first] {
        case UInt8(ascii: "`"), UInt8(ascii: "~"):
            guard let (fence, next, issue) = FenceParser(text: text, lines: lines).parse(at: index) else { return nil }
            flushParagraph(&paragraphStart, before: index, into: &page)
            page.blocks.append(.fence(fence))
            if let issue { page.issues.append(issue) }
            return next
        case UInt8(ascii: "<"):
            guard text.matches("<!--", at: first, end: line.contentEnd) else { break }
            flushParagraph(&paragraphStart, before: index, into: &page)
            return CommentParser(text: text, lines: lines).parse(at: index, into: &page)
        case UInt8(ascii: "#"):
            guard let (heading, issue) = HeadingParser(text: text).parse(line) else { break }
            flushParagraph(&paragraphStart, before: index, into: &page)
            page.blocks.append(.heading(heading))
            if let issue { page.issues.append(issue) }
            return index + 1
        case UInt8(ascii: "["):
            guard let include = IncludeParser(text: text).parse(line) else { break }
            flushParagraph(&paragraphStart, before: index, into: &page)
            page.blocks.append(.include(include))
            return index + 1
        default:
            break
        }
        let tables = TableParser(text: text, lines: lines)
        guard let (table, next, issue) = tables.parse(at: index) else { return nil }
        flushParagraph(&paragraphStart, before: index, into: &page)
        page.blocks.append(.table(table))
        if let issue { page.issues.append(issue) }
        return next
    }

    private func flushParagraph(_ start: inout Int?, before end: Int, into page: inout ParsedPage) {
        guard let first = start else { return }
        start = nil
        let range = SourceRange(start: lines[first].start, end: lines[end - 1].contentEnd)
        page.blocks.append(.paragraph(Paragraph(range: range)))
    }
}

extension SourceLines {
    /// Whether line `index` starts a block that ends a table or paragraph: a fence, a comment,
    /// an ATX heading or an include line.
    func startsBlock(_ index: Int, text: ByteText) -> Bool {
        let line = self[index]
        let first = text.skipSpaces(line.start, line.contentEnd)
        guard first < line.contentEnd else { return false }
        switch text[first] {
        case UInt8(ascii: "`"), UInt8(ascii: "~"):
            return FenceParser(text: text, lines: self).opening(line) != nil
        case UInt8(ascii: "<"):
            return text.matches("<!--", at: first, end: line.contentEnd)
        case UInt8(ascii: "#"):
            return HeadingParser(text: text).parse(line) != nil
        case UInt8(ascii: "["):
            return IncludeParser(text: text).parse(line) != nil
        default:
            return false
        }
    }
}
