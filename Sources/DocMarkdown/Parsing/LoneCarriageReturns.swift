import SourceText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds carriage returns that end no line in a page with LF line breaks: a CR not followed by an LF.
///
/// CommonMark (and so every Markdown renderer) ends a line at a lone CR; Git, editors that count LF and
/// doclint do not, so the page renders as two lines where its positions show one (a table row cut in
/// two, a heading with text after it). A page with no LF at all has CR line breaks and nothing is found.
struct LoneCarriageReturns {
    let text: ByteText

    /// One issue per run of lone CRs, at most `limit`.
    func issues(limit: Int = 20) -> [MarkdownIssue] {
        guard let base = text.bytes.baseAddress, text.count > 0,
            memchr(base, 0x0D, text.count) != nil, memchr(base, 0x0A, text.count) != nil
        else { return [] }
        var issues: [MarkdownIssue] = []
        var i = 0
        let count = text.count
        while i < count, issues.count < limit, let found = memchr(base + i, 0x0D, count - i) {
            let cr = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
            var end = cr
            // A run of CRs ends at its last one; the last is part of a CRLF when an LF follows it.
            while end < count && text[end] == 0x0D { end += 1 }
            let lone = end < count && text[end] == 0x0A ? end - 1 : end
            if lone > cr {
                issues.append(
                    MarkdownIssue(
                        kind: .loneCarriageReturn,
                        message: lone - cr == 1
                            ? "carriage return (U+000D) without a line feed: markdown ends the line here, doclint does not"
                            : "\(lone - cr) carriage returns (U+000D) without a line feed: markdown ends a line at each, "
                                + "doclint does not",
                        range: SourceRange(start: cr, end: lone)))
            }
            i = end
        }
        return issues
    }
}
