import DocMarkdown
import SourceText
import Testing

@Suite struct TableTests {
    private func visible(_ row: TableRow) -> [String] { row.cells.map(\.text.visible) }

    @Test func headerDelimiterAndBodyRows() throws {
        let text = """
            | Property | Type | Description |
            | :------- | :--: | ----------: |
            | id       | String | The id. |
            | status   | String | `a`, `b` |

            after
            """
        let document = MarkdownDocument(text: text)
        let table = try #require(document.tables.first)
        #expect(visible(table.header) == ["Property", "Type", "Description"])
        #expect(table.alignments == [.left, .center, .right])
        #expect(table.rows.map(visible) == [["id", "String", "The id."], ["status", "String", "`a`, `b`"]])
        #expect(table.rows.allSatisfy { !$0.isSplit })
        #expect(document.text(in: table.rows[0].cells[1].text.range) == "String")
        #expect(document.text(in: table.rows[0].cells[1].range) == " String ")
        #expect(document.text(in: table.range).hasSuffix("| status   | String | `a`, `b` |"))
        #expect(document.text(in: table.delimiterRange) == "| :------- | :--: | ----------: |")
        #expect(document.blocks.count == 2)
    }

    @Test func leadingAndTrailingPipesAreOptional() throws {
        let document = MarkdownDocument(text: "a | b\n---|---\n1 | 2\n| 3 | 4\n5 | 6 |\n")
        let table = try #require(document.tables.first)
        #expect(visible(table.header) == ["a", "b"])
        #expect(table.alignments == [.none, .none])
        #expect(table.rows.map(visible) == [["1", "2"], ["3", "4"], ["5", "6"]])
    }

    @Test func escapedPipesDoNotSplitAndAreUnescaped() throws {
        let document = MarkdownDocument(text: "|a|b|\n|-|-|\n|x \\| y|z|\n")
        let row = try #require(document.tables.first?.rows.first)
        #expect(visible(row) == ["x | y", "z"])
        #expect(row.cells[0].text.raw == "x \\| y")
    }

    @Test func pipesInsideCodeSpansDoNotSplit() throws {
        let text = "|name|type|\n|-|-|\n|`a|b`|``c`|`d``|\n|`unclosed|x|\n"
        let table = try #require(MarkdownDocument(text: text).tables.first)
        #expect(table.rows.map(visible) == [["`a|b`", "``c`|`d``"], ["`unclosed", "x"]])
    }

    @Test func tableEndsAtNonTableLineAndBlockStarts() throws {
        let text = "|a|b|\n|-|-|\n|1|2|\nplain text\n|c|d|\n|-|-|\n|3|4|\n## Heading\n"
        let document = MarkdownDocument(text: text)
        #expect(document.tables.count == 2)
        #expect(document.tables.map { $0.rows.count } == [1, 1])
        #expect(document.blocks.count == 4)
        #expect(document.paragraphs.count == 1)
    }

    @Test func tableMayInterruptParagraph() throws {
        let document = MarkdownDocument(text: "Intro line\n|a|b|\n|-|-|\n|1|2|\n")
        #expect(document.paragraphs.count == 1)
        #expect(document.tables.first?.rows.count == 1)
        #expect(document.text(in: document.paragraphs[0].range) == "Intro line")
    }

    @Test func lineWithoutPipeOrSingleDashesIsNotATable() {
        let document = MarkdownDocument(text: "Title\n---\n\n|a|\nnot a delimiter\n")
        #expect(document.tables.isEmpty)
    }

    @Test func rowSplitAtPipeWithoutTrailingPipes() throws {
        // de-DE permission.md: the row `Rollen` continues on an indented line.
        let text = """
            | Eigenschaft | Typ | Beschreibung
            |:--|:--|:--
            | Link | [SharingLink][] | Stellt Linkdetails bereit.
            | Rollen         | Collection of String
                                  | Die Art der Berechtigung.
            | shareId | String | Ein Token.
            """
        let document = MarkdownDocument(text: text)
        let table = try #require(document.tables.first)
        #expect(
            table.rows.map(visible) == [
                ["Link", "[SharingLink][]", "Stellt Linkdetails bereit."],
                ["Rollen", "Collection of String", "Die Art der Berechtigung."],
                ["shareId", "String", "Ein Token."],
            ])
        #expect(table.rows.map(\.isSplit) == [false, true, false])
        let split = table.rows[1]
        #expect(document.position(of: split.range.start).line == 4)
        #expect(document.position(of: split.range.end).line == 5)
        #expect(document.text(in: split.cells[2].text.range) == "Die Art der Berechtigung.")
    }

    @Test func rowSplitInsideCellWithTrailingPipes() throws {
        let text = """
            |Kopfzeile|Wert|
            |------|-----|
            |If-Match|Erforderlich. Wenn nicht
             updated. |
            |next|row|
            """
        let table = try #require(MarkdownDocument(text: text).tables.first)
        #expect(table.rows.map(visible) == [["If-Match", "Erforderlich. Wenn nicht updated."], ["next", "row"]])
        #expect(table.rows.map(\.isSplit) == [true, false])
        #expect(table.rows[0].cells[1].text.raw == "Erforderlich. Wenn nicht\n updated.")
    }

    @Test func rowSplitBeforePipeWithTrailingPipes() throws {
        let text = """
            | Eigenschaft | Typ | Beschreibung |
            |:-|:-|:-|
            | **optionalPropertiesToSync** | Collection of String
             |  Die Auflistung.       |
            |department
            |String|Der Name.|
            |id|Zeichenfolge|Eindeutiger Bezeichner.
            |
            |**deviceConfiguration**|
            """
        let table = try #require(MarkdownDocument(text: text).tables.first)
        #expect(
            table.rows.map(visible) == [
                ["**optionalPropertiesToSync**", "Collection of String", "Die Auflistung."],
                ["department", "String", "Der Name."],
                ["id", "Zeichenfolge", "Eindeutiger Bezeichner."],
                ["**deviceConfiguration**"],
            ])
        #expect(table.rows.map(\.isSplit) == [true, true, true, false])
    }

    @Test func unclosedRowDoesNotSwallowFollowingText() throws {
        let text = "|a|b|\n|-|-|\n|1|2\nA paragraph.\n"
        let document = MarkdownDocument(text: text)
        let table = try #require(document.tables.first)
        #expect(table.rows.map(visible) == [["1", "2"]])
        #expect(table.rows[0].isSplit == false)
        #expect(document.paragraphs.count == 1)
        #expect(document.text(in: document.paragraphs[0].range) == "A paragraph.")
    }

    @Test func completeRowsAreNotJoined() throws {
        let text = "|a|b|\n|-|-|\n|1|2\n|3|4|\n|5|\n|6|7|\n"
        let table = try #require(MarkdownDocument(text: text).tables.first)
        #expect(table.rows.map(visible) == [["1", "2"], ["3", "4"], ["5"], ["6", "7"]])
        #expect(table.rows.allSatisfy { !$0.isSplit })
    }

    @Test func crlfAndNoBreakSpacesAreTrimmedFromCells() throws {
        let text = "| a | b |\r\n|---|---|\r\n|\u{00A0}id\u{00A0}|\tString \r\n"
        let document = MarkdownDocument(text: text)
        let table = try #require(document.tables.first)
        #expect(visible(table.header) == ["a", "b"])
        #expect(table.rows.map(visible) == [["id", "String"]])
        #expect(!document.text(in: table.range).hasSuffix("\r"))
    }

    @Test func delimiterCountMismatchIsReported() throws {
        let document = MarkdownDocument(text: "|Элемент|Значение|Описание|\n|:---|:---|\n|a|0|b|\n")
        let table = try #require(document.tables.first)
        #expect(table.columnCount == 3)
        #expect(table.alignments.count == 2)
        #expect(document.issues.map(\.kind) == [.tableDelimiterMismatch])
    }

    @Test func sideBySideCellsHaveVisibleAndSource() throws {
        let cell =
            "<span data-ttu-id=\"a-118\">Die Vorgangs-ID. Schreibgeschützt.</span><span class=\"sxs-lookup\">"
            + "<span data-stu-id=\"a-118\">The operation id. Read-only.</span></span> <span data-ttu-id=\"a-119\">"
            + "Server generiert.</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-119\">Server generated.</span></span>"
        let document = MarkdownDocument(text: "|Name|Description|\n|-|-|\n|id|\(cell)|\n")
        let text = try #require(document.tables.first?.rows.first?.cells.last?.text)
        #expect(text.visible == "Die Vorgangs-ID. Schreibgeschützt. Server generiert.")
        #expect(text.source == "The operation id. Read-only. Server generated.")
        #expect(text.raw == cell)
        #expect(document.tables.first?.rows.first?.cells.first?.text.source == nil)
    }
}
