import DocMarkdown
import SourceText
import Testing

@Suite struct LocalizedTextTests {
    /// The text of the single body cell of a one-column table holding `cell`.
    private func cellText(_ cell: String) throws -> LocalizedText {
        let document = MarkdownDocument(text: "|h|\n|-|\n|\(cell)|\n")
        return try #require(document.tables.first?.rows.first?.cells.first?.text)
    }

    @Test func plainTextHasNoSource() throws {
        let text = try cellText(" Контекст ")
        #expect(text.visible == "Контекст")
        #expect(text.raw == "Контекст")
        #expect(text.source == nil)
    }

    /// Text with markup reads `raw` from the page's bytes when asked: the same text, equality and hash
    /// as a `raw` given as a string, invalid bytes repaired as before.
    @Test func rawOfMarkedUpTextIsReadFromThePage() throws {
        let cells = [
            "<a name=\"x\"></a>Свойство \\| 只读 ü", "<span data-ttu-id=\"x-1\">Контекст</span>",
            "a\\|b", "<b>x</b>",
        ]
        for cell in cells {
            let text = try cellText(" \(cell) ")
            #expect(text.raw == cell)
            let given = LocalizedText(visible: text.visible, source: text.source, raw: cell, range: text.range)
            #expect(text == given)
            #expect(text.hashValue == given.hashValue)
            var changed = text
            changed.raw = "other"
            #expect(changed.raw == "other")
            #expect(changed != given)
        }
        var bytes = Array("|h|\n|-|\n|<b>\u{00E9}".utf8)
        bytes.insert(0xFF, at: bytes.count - 1)
        bytes += Array("</b>|\n".utf8)
        let document = MarkdownDocument(bytes: bytes)
        let text = try #require(document.tables.first?.rows.first?.cells.first?.text)
        let range = text.range.start..<text.range.end
        #expect(text.raw == String(decoding: bytes[range], as: UTF8.self))
        #expect(text.raw.contains("\u{FFFD}"))
    }

    @Test func translationAndLookupSpans() throws {
        let text = try cellText(
            "<span data-ttu-id=\"x-1\">Контекст</span><span class=\"sxs-lookup\"><span data-stu-id=\"x-1\">clientContext</span></span>"
        )
        #expect(text.visible == "Контекст")
        #expect(text.source == "clientContext")
    }

    @Test func markupInsideLinksKeepsTheLink() throws {
        let text = try cellText(
            "[<span data-ttu-id=\"f-109\">Tabelle abrufen</span><span class=\"sxs-lookup\"><span data-stu-id=\"f-109\">"
                + "Get Table</span></span>](../api/table-get.md)")
        #expect(text.visible == "[Tabelle abrufen](../api/table-get.md)")
        #expect(text.source == "[Get Table](../api/table-get.md)")
    }

    @Test func translationWithoutLookupHasNoSource() throws {
        let text = try cellText("<span data-ttu-id=\"x-1\">Keine</span>")
        #expect(text.visible == "Keine")
        #expect(text.source == nil)
    }

    @Test func otherHTMLIsKeptAsWritten() throws {
        let text = try cellText("a<br/>b <span style=\"x\">c</span> <a href=\"u\">d</a>")
        #expect(text.visible == "a<br/>b <span style=\"x\">c</span> <a href=\"u\">d</a>")
        #expect(text.source == nil)
    }

    @Test func anchorsAreNotVisible() throws {
        let text = try cellText("<a name=\"x\"></a>Name <a id='y'/>end")
        #expect(text.visible == "Name end")
    }

    @Test func unbalancedMarkupDoesNotLoseText() throws {
        let text = try cellText("</span>a<span data-ttu-id=\"1\">b")
        #expect(text.visible == "</span>ab")
        let unclosedTag = try cellText("<span data-ttu-id=\"1\" b")
        #expect(unclosedTag.visible == "<span data-ttu-id=\"1\" b")
    }
}
