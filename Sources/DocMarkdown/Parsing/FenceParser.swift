import SourceText

/// Reads a fenced code block: ```` ``` ```` or `~~~` (three or more), closed by a fence of the
/// same character at least as long, or running to the end of the file.
///
/// Fences may be indented (inside list items); fences inside `>` block quotes are not recognized.
struct FenceParser {
    let text: ByteText
    let lines: SourceLines

    /// The opening fence on `line`: where its run starts, its character and length.
    func opening(_ line: SourceLines.Line) -> (start: Int, marker: UInt8, length: Int)? {
        let start = text.skipSpaces(line.start, line.contentEnd)
        guard start < line.contentEnd else { return nil }
        let marker = text[start]
        guard marker == UInt8(ascii: "`") || marker == UInt8(ascii: "~") else { return nil }
        var end = start
        while end < line.contentEnd && text[end] == marker { end += 1 }
        guard end - start >= 3 else { return nil }
        // A backtick fence's info string cannot contain a backtick (it would be a code span).
        if marker == UInt8(ascii: "`") && text.firstIndex(of: marker, end, line.contentEnd) != nil { return nil }
        return (start, marker, end - start)
    }

    func parse(at index: Int) -> (FencedCode, next: Int, issue: MarkdownIssue?)? {
        let line = lines[index]
        guard let open = opening(line) else { return nil }
        let (infoStart, infoEnd) = text.trimmed(open.start + open.length, line.contentEnd)
        let info = text.string(infoStart, infoEnd)
        let infoRange = SourceRange(start: infoStart, end: infoEnd)
        let contentStart = line.end
        var closing = index + 1
        while closing < lines.count {
            if isClosing(lines[closing], marker: open.marker, length: open.length) {
                let close = lines[closing]
                let fence = FencedCode(
                    info: info, infoRange: infoRange,
                    contentRange: SourceRange(start: contentStart, end: close.start), isClosed: true,
                    range: SourceRange(start: open.start, end: close.contentEnd))
                return (fence, closing + 1, nil)
            }
            closing += 1
        }
        let fence = FencedCode(
            info: info, infoRange: infoRange, contentRange: SourceRange(start: contentStart, end: text.count),
            isClosed: false, range: SourceRange(start: open.start, end: text.count))
        let marker = String(repeating: Character(Unicode.Scalar(open.marker)), count: open.length)
        let issue = MarkdownIssue(
            kind: .unclosedFence, message: "code fence '\(marker)' is not closed",
            range: SourceRange(start: open.start, end: line.contentEnd))
        return (fence, lines.count, issue)
    }

    private func isClosing(_ line: SourceLines.Line, marker: UInt8, length: Int) -> Bool {
        let start = text.skipSpaces(line.start, line.contentEnd)
        var end = start
        while end < line.contentEnd && text[end] == marker { end += 1 }
        return end - start >= length && text.skipSpaces(end, line.contentEnd) == line.contentEnd
    }
}
