import DocMarkdown
import SourceText
import Testing

@Suite struct FrontMatterTests {
    @Test func readsKeyValueLinesWithRanges() throws {
        let document = MarkdownDocument(text: "---\ntitle: Тип ресурса\nms.locfileid: \"42507592\"\n---\n# Title\n")
        let frontMatter = try #require(document.frontMatter)
        #expect(frontMatter.entries.map(\.key) == ["title", "ms.locfileid"])
        #expect(frontMatter["title"] == "Тип ресурса")
        #expect(frontMatter["ms.locfileid"] == "42507592")
        let entry = try #require(frontMatter.entry("ms.locfileid"))
        #expect(document.text(in: entry.keyRange) == "ms.locfileid")
        #expect(document.text(in: entry.valueRange) == "\"42507592\"")
        #expect(document.text(in: frontMatter.range) == "---\ntitle: Тип ресурса\nms.locfileid: \"42507592\"\n---")
        #expect(document.headings.count == 1)
        #expect(document.issues.isEmpty)
    }

    @Test func unquotesSingleAndDoubleQuotedValues() throws {
        let text = "---\na: 'event: delta'\nb: 'it''s'\nc: \"say \\\"hi\\\" \\u00e9\"\nd: plain # comment\n---\n"
        let frontMatter = try #require(MarkdownDocument(text: text).frontMatter)
        #expect(frontMatter["a"] == "event: delta")
        #expect(frontMatter["b"] == "it's")
        #expect(frontMatter["c"] == "say \"hi\" é")
        #expect(frontMatter["d"] == "plain")
    }

    @Test func readsBlockAndFlowLists() throws {
        let text = "---\nkeywords:\n  - one\n  - \"two\"\n- three\ntags: [a, 'b, c', d]\nnext: x\n---\n"
        let document = MarkdownDocument(text: text)
        let frontMatter = try #require(document.frontMatter)
        #expect(frontMatter.entry("keywords")?.value == .list(["one", "two", "three"]))
        #expect(frontMatter.entry("tags")?.value == .list(["a", "b, c", "d"]))
        #expect(frontMatter["tags"] == "a, b, c, d")
        #expect(frontMatter["next"] == "x")
        let keywords = try #require(frontMatter.entry("keywords"))
        #expect(document.text(in: keywords.valueRange) == "- one\n  - \"two\"\n- three")
    }

    @Test func foldsBlockScalarsAndContinuationLines() throws {
        let text = "---\ntitle: >\n  Update\n  androidManagedAppProtection\ndescription: first\n  second\n---\n"
        let frontMatter = try #require(MarkdownDocument(text: text).frontMatter)
        #expect(frontMatter["title"] == "Update androidManagedAppProtection")
        #expect(frontMatter["description"] == "first second")
    }

    @Test func emptyValueIsEmptyScalar() throws {
        let document = MarkdownDocument(text: "---\nempty:\nnext: 1\n---\n")
        let frontMatter = try #require(document.frontMatter)
        #expect(frontMatter.entry("empty")?.value == .scalar(""))
        #expect(frontMatter["next"] == "1")
    }

    @Test func pageWithoutFrontMatter() {
        let document = MarkdownDocument(text: "# Title\n\ntext\n")
        #expect(document.frontMatter == nil)
        #expect(document.headings.first?.text.visible == "Title")
        #expect(document.issues.isEmpty)
    }

    @Test func unclosedFrontMatterIsReportedAndReadAsText() {
        let document = MarkdownDocument(text: "---\ntitle: x\n\n# Heading\n")
        #expect(document.frontMatter == nil)
        #expect(document.issues.map(\.kind) == [.unclosedFrontMatter])
        #expect(document.headings.map(\.text.visible) == ["Heading"])
    }

    @Test func reportsLinesThatAreNotKeyValuePairsAndDuplicateKeys() throws {
        let text = "---\ntitle： \"fullwidth colon\"\ntitle: a\ntitle: b\n---\n"
        let document = MarkdownDocument(text: text)
        let frontMatter = try #require(document.frontMatter)
        #expect(frontMatter["title"] == "a")
        #expect(document.issues.map(\.kind) == [.invalidFrontMatterLine, .duplicateFrontMatterKey])
        #expect(document.text(in: document.issues[0].range) == "title： \"fullwidth colon\"")
        #expect(document.issues[1].message.contains("'title'"))
    }

    @Test func trailingSpacesAfterDelimiterAndDotsClosing() throws {
        let document = MarkdownDocument(text: "--- \nkey: v\n...\nbody\n")
        #expect(try #require(document.frontMatter)["key"] == "v")
        #expect(document.paragraphs.count == 1)
    }
}
