import DocMarkdown
import Foundation
import SourceText
import Testing

@Suite struct HeadingTests {
    @Test func levelsOneThroughSix() {
        let document = MarkdownDocument(text: "# One\n## Two\n###### Six\n####### Seven\n#NoSpace\n")
        #expect(document.headings.map(\.level) == [1, 2, 6])
        #expect(document.headings.map(\.text.visible) == ["One", "Two", "Six"])
        #expect(document.paragraphs.count == 1)
    }

    @Test func anchorIsExposedAndRemovedFromVisibleText() throws {
        let line = "## <a name=\"properties\"></a>Свойства"
        let document = MarkdownDocument(text: "intro\n\n\(line)\n")
        let heading = try #require(document.headings.first)
        #expect(heading.level == 2)
        #expect(heading.anchor == "properties")
        #expect(heading.text.visible == "Свойства")
        #expect(heading.text.source == nil)
        #expect(heading.text.raw == "<a name=\"properties\"></a>Свойства")
        #expect(document.text(in: heading.range) == line)
        #expect(document.position(of: heading.range.start) == SourcePosition(line: 3, column: 1))
        #expect(
            document.position(of: heading.range.end) == SourcePosition(line: 3, column: line.unicodeScalars.count + 1))
    }

    /// A leading empty anchor and plain text (read without a buffer) reads as any marked-up text does;
    /// anything else after the anchor (markup, `\\|`) takes the general way.
    @Test(
        arguments: [
            ("<a name=\"p\"></a>Свойства", "p", "Свойства"),
            ("<A NAME='p'></A>  \u{00A0}Type\u{00A0} ", "p", "Type"),
            ("<a id=\"p\"/> 只读 é", "p", "只读 é"),
            ("<a name=p >  </a>Title", "p", "Title"),
            ("<a name=\"p\"></a>", "p", ""),
            ("<a name=\"p\"></a>x <b>y</b>", "p", "x <b>y</b>"),
            ("<a name=\"p\"></a><a name=\"q\"></a>Two", "p", "Two"),
            ("<a name=\"p\"></a>a \\| b", "p", "a | b"),
            ("<a name=\"p\"></a><span data-ttu-id=\"1\">Перевод</span>", "p", "Перевод"),
            ("<a href=\"x.md\">link</a> text", nil, "<a href=\"x.md\">link</a> text"),
            ("<a name=\"p\">not empty</a> text", nil, "<a name=\"p\">not empty</a> text"),
        ] as [(String, String?, String)])
    func anchoredTextReadsAsMarkup(_ text: String, _ anchor: String?, _ visible: String) throws {
        let document = MarkdownDocument(text: "## \(text)\n")
        let heading = try #require(document.headings.first)
        #expect(heading.anchor == anchor)
        #expect(heading.text.visible == visible)
        #expect(heading.text.source == nil)
        #expect(heading.text.raw == text.trimmingCharacters(in: .whitespaces))
    }

    @Test func closingHashesAndSurroundingSpacesAreNotText() throws {
        let document = MarkdownDocument(text: "###   Title ###  \n# C# #\n#\n")
        #expect(document.headings.map(\.text.visible) == ["Title", "C#", ""])
        #expect(document.text(in: document.headings[0].text.range) == "Title")
    }

    @Test func tabHeadingExposesTabID() throws {
        let document = MarkdownDocument(
            text: "# [HTTP](#tab/http)\n\n#### <a name=\"c\"></a>[C#](#tab/csharp)\n\n# [Link](page.md)\n")
        #expect(document.headings.map(\.tabID) == ["http", "csharp", nil])
        #expect(document.headings[1].anchor == "c")
        #expect(document.headings[1].level == 4)
    }

    @Test func headingWithoutSpaceBeforeAnchorIsReadAndReported() throws {
        let document = MarkdownDocument(
            text: "#<a name=\"teamvisibilitytype-enum-type\"></a>TeamVisibilityType Enum-Typ\n")
        let heading = try #require(document.headings.first)
        #expect(heading.anchor == "teamvisibilitytype-enum-type")
        #expect(heading.text.visible == "TeamVisibilityType Enum-Typ")
        #expect(document.issues.map(\.kind) == [.headingMissingSpace])
    }

    @Test func sideBySideMarkupGivesVisibleAndSource() throws {
        let text =
            "# <a name=\"operation-resource-type\"></a><span data-ttu-id=\"7e51c-103\">Vorgang Ressourcentyp</span>"
            + "<span class=\"sxs-lookup\"><span data-stu-id=\"7e51c-103\">operation resource type</span></span>\n"
        let heading = try #require(MarkdownDocument(text: text).headings.first)
        #expect(heading.anchor == "operation-resource-type")
        #expect(heading.text.visible == "Vorgang Ressourcentyp")
        #expect(heading.text.source == "operation resource type")
    }

    @Test func headingEndsParagraphAndIndentedHashIsNotHeading() {
        let document = MarkdownDocument(text: "text\n## Next\n    # code-like\n")
        #expect(document.blocks.count == 3)
        #expect(document.headings.map(\.text.visible) == ["Next"])
    }

    @Test func noBreakSpacesAreTrimmed() throws {
        let heading = try #require(MarkdownDocument(text: "## \u{00A0}Eigenschaften\u{00A0}\n").headings.first)
        #expect(heading.text.visible == "Eigenschaften")
    }
}
