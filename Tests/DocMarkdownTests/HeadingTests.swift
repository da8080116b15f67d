import DocMarkdown
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
