import DocMarkdown
import SourceText
import Testing

/// Bytes that are not UTF-8 Markdown: each gives one clear issue, and text pages with stray bytes are
/// still read.
@Suite struct HostileEncodingTests {
    static let page = "---\ntitle: x\n---\n# Heading\n\n| Property | Type |\n|:--|:--|\n| id | String |\n"

    /// `text` in UTF-16 (code units in the given order), optionally after a byte order mark.
    static func utf16(_ text: String, bigEndian: Bool, mark: Bool) -> [UInt8] {
        var bytes: [UInt8] = mark ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    @Test(arguments: [(false, true), (true, true), (false, false), (true, false)])
    func utf16IsNamedOnce(bigEndian: Bool, mark: Bool) {
        let document = MarkdownDocument(bytes: Self.utf16(Self.page, bigEndian: bigEndian, mark: mark))
        #expect(document.blocks.isEmpty)
        #expect(document.frontMatter == nil)
        #expect(document.issues.map(\.kind) == [.notText])
        let message = document.issues.first?.message ?? ""
        #expect(message.contains("utf-16"), "\(message)")
        #expect(message.contains(bigEndian ? "big-endian" : "little-endian"), "\(message)")
        #expect(message.contains("byte order mark") == mark, "\(message)")
        #expect(message.hasSuffix("doclint reads utf-8"), "\(message)")
    }

    @Test func utf32WithAMarkIsNamed() {
        let document = MarkdownDocument(bytes: [0xFF, 0xFE, 0, 0, 0x23, 0, 0, 0])
        #expect(document.issues.map(\.kind) == [.notText])
        #expect(document.issues.first?.message.contains("utf-32") == true)
    }

    @Test func aBinaryFileIsOneIssueNotTwenty() {
        // An ELF-like header, then bytes of every value: NULs, controls and invalid UTF-8 throughout.
        var bytes: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0]
        for i in 0..<4000 { bytes.append(UInt8(truncatingIfNeeded: i &* 131 &+ 7)) }
        let document = MarkdownDocument(bytes: bytes)
        #expect(document.blocks.isEmpty)
        #expect(document.issues.count == 1)
        #expect(document.issues.first?.kind == .notText)
        #expect(document.issues.first?.message == "not a text file: doclint reads utf-8 markdown")
        #expect(document.issues.first?.range == SourceRange(at: 0))
    }

    @Test func aTextPageWithAFewBadBytesIsStillReadAsText() {
        var bytes = Array(Self.page.utf8)
        bytes.insert(0xFF, at: 20)
        let document = MarkdownDocument(bytes: bytes)
        #expect(document.tables.count == 1)
        #expect(document.issues.map(\.kind) == [.invalidUTF8])
    }

    @Test func nulBytesAreReportedWhereTheyAre() throws {
        let bytes = Array("# Ti".utf8) + [0] + Array("tle\n\nSome".utf8) + [0, 0, 0] + Array(" text.\n".utf8)
        let document = MarkdownDocument(bytes: bytes)
        #expect(document.headings.count == 1)
        #expect(document.issues.map(\.kind) == [.nulByte, .nulByte])
        #expect(document.issues.map(\.range) == [SourceRange(start: 4, end: 5), SourceRange(start: 14, end: 17)])
        #expect(document.issues.map(\.message) == ["nul byte (U+0000)", "3 nul bytes (U+0000)"])
        // The word-at-a-time scan finds a NUL in every position of an eight-byte word.
        for k in 0..<16 {
            var text = [UInt8](repeating: UInt8(ascii: "a"), count: 24)
            text[k] = 0
            #expect(MarkdownDocument(bytes: text).issues.map(\.range) == [SourceRange(start: k, end: k + 1)])
        }
    }

    @Test func crOnlyLineEndingsAreReadAsLines() throws {
        let cr = Array(Self.page.utf8).map { $0 == 0x0A ? 0x0D : $0 }
        let document = MarkdownDocument(bytes: cr)
        let lf = MarkdownDocument(text: Self.page)
        #expect(document.frontMatter?["title"] == "x")
        #expect(document.headings.map(\.text.visible) == ["Heading"])
        let table = try #require(document.tables.first)
        #expect(table.rows.map { $0.cells.map(\.text.visible) } == [["id", "String"]])
        #expect(document.blocks.map(\.kindName) == lf.blocks.map(\.kindName))
        #expect(document.issues.isEmpty)
        // Positions count CR-terminated lines: the row is on line 8.
        #expect(document.position(of: table.rows[0].range.start) == SourcePosition(line: 8, column: 1))
        #expect(document.lines.text(ofLine: 4) == "# Heading")
    }

    /// A CR without an LF in a page with LF (or CRLF) line breaks is one issue per run, at the CR; the
    /// lines stay Git's (the CR is inside its line), and a CRLF is never one.
    @Test func loneCarriageReturnsInAnLFPageAreReportedWhereTheyAre() throws {
        let text = "# Heading\r\n\n| Property | Type |\n|:--|:--|\n| id | String\r| x\r\r |\r\n"
        let document = MarkdownDocument(text: text)
        #expect(document.issues.map(\.kind) == [.loneCarriageReturn, .loneCarriageReturn])
        let offsets = Array(text.utf8).enumerated().filter { $0.element == 0x0D }.map(\.offset)
        #expect(offsets.count == 5)
        #expect(
            document.issues.map(\.range) == [
                SourceRange(start: offsets[1], end: offsets[1] + 1),
                SourceRange(start: offsets[2], end: offsets[2] + 2),
            ])
        #expect(
            document.issues.map(\.message) == [
                "carriage return (U+000D) without a line feed: markdown ends the line here, doclint does not",
                "2 carriage returns (U+000D) without a line feed: markdown ends a line at each, doclint does not",
            ])
        #expect(document.position(of: offsets[1]) == SourcePosition(line: 5, column: 14))
        // Read as before: the row is one line.
        #expect(document.tables.first?.rows.count == 1)
        // CRLF alone, CR alone (classic Mac), a final CRLF: nothing.
        #expect(MarkdownDocument(text: "# A\r\n\r\ntext\r\n").issues.isEmpty)
        #expect(MarkdownDocument(text: "# A\r\rtext\r").issues.isEmpty)
        #expect(MarkdownDocument(text: "# A\n\ntext").issues.isEmpty)
        // A final lone CR and a CR at the very start are still lone.
        #expect(
            MarkdownDocument(text: "\r# A\ntext\r").issues.map(\.range) == [
                SourceRange(start: 0, end: 1), SourceRange(start: 9, end: 10),
            ])
        // At most 20.
        let many = String(repeating: "a\rb\n", count: 50)
        #expect(MarkdownDocument(text: many).issues.count == 20)
    }

    @Test func anUnterminatedFenceOrCommentAtTheEndIsOneIssue() {
        let fence = MarkdownDocument(text: "# T\n\n```json\n{ \"a\": 1 }\n")
        #expect(fence.issues.map(\.kind) == [.unclosedFence])
        #expect(fence.fences.first?.isClosed == false)
        let comment = MarkdownDocument(text: "# T\n\n<!-- { \"blockType\": \"example\" }")
        #expect(comment.issues.map(\.kind) == [.unclosedComment])
    }
}
