import DocMarkdown
import SourceText
import Testing

@Suite struct FenceTests {
    @Test func contentRangeIsTheBytesBetweenFenceLines() throws {
        let text = "Intro\n```json\n{\n  \"id\": 1\n}\n```\nafter\n"
        let document = MarkdownDocument(text: text)
        let fence = try #require(document.fences.first)
        #expect(fence.info == "json")
        #expect(fence.language == "json")
        #expect(document.text(in: fence.infoRange) == "json")
        #expect(document.text(in: fence.contentRange) == "{\n  \"id\": 1\n}\n")
        #expect(document.text(in: fence.range) == "```json\n{\n  \"id\": 1\n}\n```")
        #expect(fence.isClosed)
        #expect(document.blocks.count == 3)
    }

    @Test func tildesLongerClosingAndInfoWords() throws {
        let text = "~~~~ JSON {\"x\": 1}\n```\n~~~\n~~~~~\n````http\nGET /me\n````\n"
        let document = MarkdownDocument(text: text)
        #expect(document.fences.count == 2)
        let first = document.fences[0]
        #expect(first.info == "JSON {\"x\": 1}")
        #expect(first.language == "json")
        #expect(document.text(in: first.contentRange) == "```\n~~~\n")
        #expect(document.fences[1].language == "http")
        #expect(document.text(in: document.fences[1].contentRange) == "GET /me\n")
    }

    @Test func indentedFencesInsideListItems() throws {
        let text = "1. Step\n\n    ```json\n    {}\n    ```\n\n  ```\n  x\n  ```\n"
        let document = MarkdownDocument(text: text)
        #expect(document.fences.count == 2)
        #expect(document.text(in: document.fences[0].contentRange) == "    {}\n")
        #expect(document.position(of: document.fences[0].range.start) == SourcePosition(line: 3, column: 5))
        #expect(document.fences.allSatisfy { $0.isClosed })
    }

    @Test func unclosedFenceRunsToEndAndIsReported() throws {
        let text = "# Title\n```json\n{\"a\": 1}\n<!-- not a comment -->\n| a | b |\n|---|---|\n"
        let document = MarkdownDocument(text: text)
        let fence = try #require(document.fences.first)
        #expect(!fence.isClosed)
        #expect(fence.contentRange.end == document.bytes.count)
        #expect(document.comments.isEmpty)
        #expect(document.tables.isEmpty)
        #expect(document.issues.map(\.kind) == [.unclosedFence])
        #expect(document.text(in: document.issues[0].range) == "```json")
        #expect(document.issues[0].message == "code fence '```' is not closed")
    }

    @Test func commentsAndHeadingsInsideFencesAreContent() throws {
        let document = MarkdownDocument(text: "```\n<!-- x -->\n# not a heading\n```\n")
        #expect(document.blocks.count == 1)
        #expect(document.fences.count == 1)
    }

    @Test func backtickInfoWithBacktickIsNotAFence() {
        let document = MarkdownDocument(text: "``` a`b\ntext\n")
        #expect(document.fences.isEmpty)
        #expect(document.paragraphs.count == 1)
    }

    @Test func shorterOrDifferentClosingDoesNotClose() throws {
        let document = MarkdownDocument(text: "````\n```\n~~~~\n```` trailing\n````\n")
        let fence = try #require(document.fences.first)
        #expect(document.text(in: fence.contentRange) == "```\n~~~~\n```` trailing\n")
    }

    @Test func fenceAtEndOfFileWithoutNewline() throws {
        let document = MarkdownDocument(text: "```")
        let fence = try #require(document.fences.first)
        #expect(fence.contentRange == SourceRange(at: 3))
        #expect(!fence.isClosed)
    }
}
