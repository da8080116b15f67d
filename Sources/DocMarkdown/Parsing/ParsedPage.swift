/// What one parse of a page produced, before it is stored in a `MarkdownDocument`.
struct ParsedPage {
    var hasByteOrderMark = false
    var frontMatter: FrontMatter?
    var blocks: [MarkdownBlock] = []
    var issues: [MarkdownIssue] = []
}
