import SourceText

/// Reads HTML comments that start a line (`<!-- … -->`), possibly spanning several lines.
///
/// Further comments on the closing line (`--><!-- … -->`) are read too; other text after the
/// last `-->` on that line is not part of any block.
struct CommentParser {
    let text: ByteText
    let lines: SourceLines

    /// Appends the comments starting on line `index` to `page`; returns the line after them.
    func parse(at index: Int, into page: inout ParsedPage) -> Int {
        var lineIndex = index
        var start = text.skipSpaces(lines[index].start, lines[index].contentEnd)
        while true {
            let bodyStart = start + 4
            guard let close = text.firstIndex(of: "-->", bodyStart, text.count) else {
                let comment = HTMLComment(
                    body: text.string(bodyStart, text.count), bodyRange: SourceRange(start: bodyStart, end: text.count),
                    isClosed: false, range: SourceRange(start: start, end: text.count))
                page.blocks.append(.comment(comment))
                page.issues.append(
                    MarkdownIssue(
                        kind: .unclosedComment, message: "html comment is not closed",
                        range: SourceRange(start: start, end: bodyStart)))
                return lines.count
            }
            let comment = HTMLComment(
                body: text.string(bodyStart, close), bodyRange: SourceRange(start: bodyStart, end: close),
                isClosed: true, range: SourceRange(start: start, end: close + 3))
            page.blocks.append(.comment(comment))
            while lines[lineIndex].end <= close + 2 && lineIndex + 1 < lines.count { lineIndex += 1 }
            let line = lines[lineIndex]
            let next = text.skipSpaces(close + 3, line.contentEnd)
            guard text.matches("<!--", at: next, end: line.contentEnd) else { return lineIndex + 1 }
            start = next
        }
    }
}
