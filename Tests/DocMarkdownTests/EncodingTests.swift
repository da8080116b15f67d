import DocMarkdown
import SourceText
import Testing

@Suite struct EncodingTests {
    @Test func crlfPageMatchesLFPage() throws {
        let lf = try Fixtures.bytes("pages/ru-ru-commsoperation.md")
        var crlf: [UInt8] = []
        for byte in lf {
            if byte == 0x0A { crlf.append(0x0D) }
            crlf.append(byte)
        }
        let a = MarkdownDocument(bytes: lf)
        let b = MarkdownDocument(bytes: crlf)
        #expect(a.blocks.map(\.kindName) == b.blocks.map(\.kindName))
        #expect(a.headings.map(\.text.visible) == b.headings.map(\.text.visible))
        #expect(
            a.tables.map { $0.rows.map { $0.cells.map(\.text.visible) } }
                == b.tables.map { $0.rows.map { $0.cells.map(\.text.visible) } })
        #expect(a.frontMatter?["title"] == b.frontMatter?["title"])
        #expect(b.frontMatter?["title"] == "Тип ресурса Коммсоператион")
        for block in b.blocks {
            let text = b.text(in: block.range)
            #expect(!text.hasSuffix("\r"), "block ends with CR: \(text.suffix(20))")
            #expect(!text.hasSuffix("\n"))
        }
        // The fence content keeps its CR LF bytes exactly.
        let fence = try #require(b.fences.first)
        #expect(b.text(in: fence.contentRange).contains("\r\n"))
        #expect(b.issues.isEmpty)
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\ntitle: x\n---\n# Heading\n".utf8)
        let document = MarkdownDocument(bytes: bytes)
        #expect(document.hasByteOrderMark)
        #expect(document.frontMatter?["title"] == "x")
        #expect(document.frontMatter?.range.start == 3)
        #expect(document.headings.first?.text.visible == "Heading")
        let withoutFrontMatter = MarkdownDocument(bytes: [0xEF, 0xBB, 0xBF] + Array("# H\n".utf8))
        #expect(withoutFrontMatter.headings.first?.range.start == 3)
    }

    @Test func invalidUTF8IsRepairedAndReported() throws {
        var bytes = Array("# Ti".utf8) + [0xFF, 0xC3] + Array("tle\n|a|b|\n|-|-|\n|\u{00E9}".utf8) + [0xE2, 0x82]
        bytes += Array("|x|\n".utf8)
        let document = MarkdownDocument(bytes: bytes)
        #expect(document.headings.first?.text.visible == "Ti\u{FFFD}\u{FFFD}tle")
        #expect(document.tables.first?.rows.first?.cells.first?.text.visible == "é\u{FFFD}")
        #expect(document.issues.map(\.kind) == [.invalidUTF8, .invalidUTF8])
        #expect(document.issues.map(\.range) == [SourceRange(start: 4, end: 6), SourceRange(start: 25, end: 27)])
    }

    @Test func validMultibyteTextHasNoIssues() {
        let document = MarkdownDocument(text: "# 属性 Свойства 🎉 \u{10FFFF}\n")
        #expect(document.issues.isEmpty)
    }

    @Test func tabsAndLoneCR() throws {
        let document = MarkdownDocument(text: "#\tTabbed\r\n|\ta\t|\tb\t|\n|-|-|\n|\t1\t|2\r|\n")
        #expect(document.headings.first?.text.visible == "Tabbed")
        let table = try #require(document.tables.first)
        #expect(table.rows.first?.cells.map(\.text.visible) == ["1", "2"])
        // The lone CR stays in its line (whitespace to the cell), and is reported.
        #expect(document.issues.map(\.kind) == [.loneCarriageReturn])
    }

    @Test func emptyAndWhitespaceOnlyPages() {
        #expect(MarkdownDocument(bytes: []).blocks.isEmpty)
        #expect(MarkdownDocument(text: "\n\n  \n\t\n").blocks.isEmpty)
        #expect(MarkdownDocument(bytes: [0xEF, 0xBB, 0xBF]).blocks.isEmpty)
    }
}
