import SourceText

/// One top-level block of a page, in source order.
public enum MarkdownBlock: Sendable, Hashable {
    /// An ATX heading.
    case heading(Heading)
    /// A pipe table.
    case table(Table)
    /// A fenced code block.
    case fence(FencedCode)
    /// An HTML comment starting a line.
    case comment(HTMLComment)
    /// An `[!INCLUDE …]` line.
    case include(Include)
    /// Other text.
    case paragraph(Paragraph)

    /// Where the block is.
    public var range: SourceRange {
        switch self {
        case .heading(let heading): heading.range
        case .table(let table): table.range
        case .fence(let fence): fence.range
        case .comment(let comment): comment.range
        case .include(let include): include.range
        case .paragraph(let paragraph): paragraph.range
        }
    }
}
