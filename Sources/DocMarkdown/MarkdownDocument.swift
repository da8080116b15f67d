import SourceText

/// One Markdown page as a value: front matter, top-level blocks and the problems noticed.
///
/// Every node carries a `SourceRange` of UTF-8 offsets into `bytes`, so a later stage can parse
/// a fence's JSON in place and report positions in the file.
public struct MarkdownDocument: Sendable {
    /// The page's bytes, exactly as given.
    public let bytes: [UInt8]
    /// Line starts of `bytes`, for turning offsets into line and column.
    public let lines: LineIndex
    /// Whether the page starts with a UTF-8 byte order mark (which no node covers).
    public var hasByteOrderMark: Bool
    /// The leading `---` block, if the page has one.
    public var frontMatter: FrontMatter?
    /// The top-level blocks, in source order.
    public var blocks: [MarkdownBlock]
    /// Structural problems: unclosed fences and comments, malformed front matter, and so on.
    public var issues: [MarkdownIssue]

    /// Parses `bytes`; never fails (problems are recorded in `issues`). Bytes that are not UTF-8 text
    /// (UTF-16, UTF-32, a binary file) give a page with no blocks and one `notText` issue.
    public init(bytes: [UInt8]) {
        let lines = LineIndex(bytes)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            let text = ByteText(buffer, page: bytes)
            if let issue = TextKind.of(text).issue {
                var page = ParsedPage()
                page.issues = [issue]
                return page
            }
            var page = BlockParser(text: text, lineStarts: lines.lineStarts).parse()
            page.issues += LoneCarriageReturns(text: text).issues()
            return page
        }
        self.bytes = bytes
        self.lines = lines
        self.hasByteOrderMark = parsed.hasByteOrderMark
        self.frontMatter = parsed.frontMatter
        self.blocks = parsed.blocks
        self.issues = parsed.issues
    }

    /// Parses the UTF-8 of `text`.
    public init(text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// The headings, in source order.
    public var headings: [Heading] {
        blocks.compactMap { if case .heading(let heading) = $0 { heading } else { nil } }
    }

    /// The tables, in source order.
    public var tables: [Table] {
        blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }

    /// The fenced code blocks, in source order.
    public var fences: [FencedCode] {
        blocks.compactMap { if case .fence(let fence) = $0 { fence } else { nil } }
    }

    /// The HTML comments that start a line, in source order.
    public var comments: [HTMLComment] {
        blocks.compactMap { if case .comment(let comment) = $0 { comment } else { nil } }
    }

    /// The `[!INCLUDE …]` lines, in source order.
    public var includes: [Include] {
        blocks.compactMap { if case .include(let include) = $0 { include } else { nil } }
    }

    /// The paragraphs, in source order.
    public var paragraphs: [Paragraph] {
        blocks.compactMap { if case .paragraph(let paragraph) = $0 { paragraph } else { nil } }
    }

    /// The text covered by `range` (invalid UTF-8 repaired for display).
    public func text(in range: SourceRange) -> String {
        lines.text(in: range)
    }

    /// The 1-based line and column of `offset`.
    public func position(of offset: Int) -> SourcePosition {
        lines.position(of: offset)
    }
}
