import DocMarkdown
import SourceText
import Testing

@Suite struct IncludeTests {
    @Test func includeLineExposesNameAndPath() throws {
        let line = "[!INCLUDE [beta-disclaimer](../../includes/beta-disclaimer.md)]"
        let document = MarkdownDocument(text: "Namespace: microsoft.graph\n\n \(line)\n\ntext\n")
        let include = try #require(document.includes.first)
        #expect(include.name == "beta-disclaimer")
        #expect(include.path == "../../includes/beta-disclaimer.md")
        #expect(document.text(in: include.range) == line)
        #expect(document.blocks.map(\.kindName) == ["paragraph", "include", "paragraph"])
    }

    @Test func caseAndSpacingVariants() {
        let document = MarkdownDocument(text: "[!include[a](b.md)]\n[!Include [ c ]( d.md )]\n")
        #expect(document.includes.map(\.name) == ["a", "c"])
        #expect(document.includes.map(\.path) == ["b.md", "d.md"])
    }

    @Test func malformedIncludeIsText() {
        let document = MarkdownDocument(text: "[!INCLUDE [a](b.md)\n[!INCLUDE a]\n[!NOTE]\n")
        #expect(document.includes.isEmpty)
        #expect(document.paragraphs.count == 1)
    }

    @Test func includeInsideParagraphLineIsNotAnIncludeBlock() {
        let document = MarkdownDocument(text: "Namespace: microsoft.graph [!INCLUDE [x](y.md)]\n")
        #expect(document.includes.isEmpty)
    }
}
