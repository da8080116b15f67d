import DocMarkdown
import SourceText
import Testing

@Suite struct CommentTests {
    @Test func multiLineCommentBodyRange() throws {
        let text = "text\n<!-- {\n  \"blockType\": \"resource\"\n}-->\n```json\n{}\n```\n"
        let document = MarkdownDocument(text: text)
        let comment = try #require(document.comments.first)
        #expect(comment.body == " {\n  \"blockType\": \"resource\"\n}")
        #expect(document.text(in: comment.bodyRange) == comment.body)
        #expect(document.text(in: comment.range) == "<!-- {\n  \"blockType\": \"resource\"\n}-->")
        #expect(comment.isClosed)
        #expect(document.blocks.map(\.kindName) == ["paragraph", "comment", "fence"])
    }

    @Test func indentedCommentAndSeveralOnOneLine() throws {
        let document = MarkdownDocument(text: "  <!-- a --><!-- b -->\n<!-- c --> trailing\n")
        #expect(document.comments.map(\.body) == [" a ", " b ", " c "])
        #expect(document.position(of: document.comments[0].range.start) == SourcePosition(line: 1, column: 3))
    }

    @Test func unclosedCommentRunsToEndAndIsReported() throws {
        let document = MarkdownDocument(text: "<!--\nFuture: add links.\n>\n\n# Not a heading\n")
        let comment = try #require(document.comments.first)
        #expect(!comment.isClosed)
        #expect(comment.bodyRange.end == document.bytes.count)
        #expect(document.headings.isEmpty)
        #expect(document.issues.map(\.kind) == [.unclosedComment])
        #expect(document.text(in: document.issues[0].range) == "<!--")
    }

    @Test func inlineCommentInParagraphIsNotABlock() {
        let document = MarkdownDocument(text: "Some text <!-- note --> more\n")
        #expect(document.comments.isEmpty)
        #expect(document.paragraphs.count == 1)
    }

    @Test func commentInterruptsTable() throws {
        let document = MarkdownDocument(text: "|a|b|\n|-|-|\n|1|2|\n<!-- {\"blockType\": \"example\"} -->\n")
        #expect(document.tables.first?.rows.count == 1)
        #expect(document.comments.first?.body == " {\"blockType\": \"example\"} ")
    }
}

extension MarkdownBlock {
    /// The case name, for comparing block sequences in tests.
    var kindName: String {
        switch self {
        case .heading: "heading"
        case .table: "table"
        case .fence: "fence"
        case .comment: "comment"
        case .include: "include"
        case .paragraph: "paragraph"
        }
    }
}
