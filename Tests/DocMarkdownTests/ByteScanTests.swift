import DocMarkdown
import SourceText
import Testing

/// The scans that pass over several bytes at a time (line starts, UTF-8 validation, table rows) and
/// the markup reader's runs find what a byte-by-byte scan finds, wherever the bytes fall in a word.
@Suite struct ByteScanTests {
    /// Line starts by the definition: after every LF, or after every CR when there is no LF.
    private func naiveLineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (i, byte) in bytes.enumerated() where byte == 0x0A { starts.append(i + 1) }
        if starts.count == 1 {
            for (i, byte) in bytes.enumerated() where byte == 0x0D { starts.append(i + 1) }
        }
        return starts
    }

    @Test func lineStartsAtEveryOffsetOfAWord() {
        for length in 0..<40 {
            for position in 0..<Swift.max(length, 1) {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                if position < length { bytes[position] = 0x0A }
                if position + 9 < length { bytes[position + 9] = 0x0A }
                #expect(LineIndex(bytes).lineStarts == naiveLineStarts(bytes), "length \(length), LF at \(position)")
            }
        }
        // Several LFs in one word.
        for first in 0..<16 {
            for second in (first + 1)..<17 {
                var bytes = [UInt8](repeating: UInt8(ascii: "b"), count: 17)
                bytes[first] = 0x0A
                bytes[second] = 0x0A
                if second + 2 < 17 { bytes[second + 2] = 0x0A }
                #expect(LineIndex(bytes).lineStarts == naiveLineStarts(bytes), "LFs at \(first), \(second)")
            }
        }
        let mixed = Array("Свойство | Тип\r\nid | String\n\n\n{\"a\": 1}\nконец".utf8)
        #expect(LineIndex(mixed).lineStarts == naiveLineStarts(mixed))
        let classicMac = Array("one\rtwo\rthree, longer than a word\r".utf8)
        #expect(LineIndex(classicMac).lineStarts == naiveLineStarts(classicMac))
    }

    /// `bytes` after `padding` ASCII bytes and a line of Cyrillic, so the bad bytes fall at every
    /// offset of a word and inside Cyrillic prose.
    private func issues(after padding: Int, _ bytes: [UInt8]) -> (prefix: Int, issues: [MarkdownIssue]) {
        let prefix = Array(String(repeating: "x", count: padding).utf8) + Array("Привет, мир ".utf8)
        return (prefix.count, MarkdownDocument(bytes: prefix + bytes + Array(" и всё".utf8)).issues)
    }

    @Test func invalidBytesInsideCyrillicProse() {
        for padding in 0..<10 {
            let (p, nul) = issues(after: padding, Array("ab".utf8) + [0] + Array("ж".utf8))
            #expect(nul.map(\.kind) == [.nulByte])
            #expect(nul.map(\.range) == [SourceRange(start: p + 2, end: p + 3)])

            let (q, bad) = issues(after: padding, Array("ж".utf8) + [0xFF, 0xFE] + Array("ж".utf8))
            #expect(bad.map(\.kind) == [.invalidUTF8])
            #expect(bad.map(\.range) == [SourceRange(start: q + 2, end: q + 4)])

            // A lead byte of a two-byte sequence followed by ASCII, then a valid three-byte one (€).
            let (r, cut) = issues(after: padding, [0xD0, UInt8(ascii: "A")] + Array("€ж".utf8) + [0xC0, 0x80])
            #expect(cut.map(\.kind) == [.invalidUTF8, .invalidUTF8])
            #expect(cut.map(\.range) == [SourceRange(start: r, end: r + 1), SourceRange(start: r + 7, end: r + 9)])
        }
        // Overlong leads (C0, C1) and stray continuations among runs of four and more Cyrillic letters.
        for position in 0..<12 {
            for bad in [[UInt8(0xC0), 0xB0], [0xC1, 0x81], [0x80, 0x80], [0xD0, 0xD0]] {
                var bytes = Array("ЖжЖжЖжЖжЖжЖж".utf8)
                bytes.replaceSubrange((2 * position)..<(2 * position + 2), with: bad)
                let found = MarkdownDocument(bytes: Array("xyz ".utf8) + bytes).issues
                #expect(found.map(\.kind) == [.invalidUTF8], "\(bad) at letter \(position)")
                #expect(found.first?.range.start == 4 + 2 * position, "\(bad) at letter \(position)")
            }
        }
        let truncated = MarkdownDocument(bytes: Array("Привет".utf8) + [0xD0])
        #expect(truncated.issues.map(\.range) == [SourceRange(start: 12, end: 13)])
        let afterBreak = MarkdownDocument(bytes: Array("мир\n".utf8) + [UInt8](repeating: 0x41, count: 9) + [0, 0])
        #expect(afterBreak.issues.map(\.range) == [SourceRange(start: 16, end: 18)])
    }

    @Test func tableRowMarksAtEveryOffsetOfAWord() throws {
        for padding in 0..<10 {
            let pad = String(repeating: " ", count: padding)
            let row = "|\(pad)a\(pad)|\(pad)b`|`c\(pad)|\(pad)d\\|e\(pad)|\(pad)Тип\(pad)|"
            let document = MarkdownDocument(text: "| h1 | h2 | h3 | h4 |\n|---|---|---|---|\n\(row)\n")
            let cells = try #require(document.tables.first?.rows.first?.cells)
            #expect(cells.map(\.text.visible) == ["a", "b`|`c", "d|e", "Тип"], "padding \(padding)")
        }
    }

    @Test func sourceTextKeepsTheTextBeforeTheFirstSpan() throws {
        let document = MarkdownDocument(
            text: "|h|\n|-|\n|Префикс <span data-ttu-id=\"1\">Тип</span><span class=\"sxs-lookup\">"
                + "<span data-stu-id=\"1\">Type</span></span> \\| хвост|\n")
        let text = try #require(document.tables.first?.rows.first?.cells.first?.text)
        #expect(text.visible == "Префикс Тип | хвост")
        #expect(text.source == "Префикс Type | хвост")
    }

    @Test func headingLineBreaksAndAnchorsOutsideSpans() throws {
        let document = MarkdownDocument(text: "## <a name=\"x\"></a>Свойства <b>ресурса</b>\n")
        let heading = try #require(document.headings.first)
        #expect(heading.anchor == "x")
        #expect(heading.text.visible == "Свойства <b>ресурса</b>")
        #expect(heading.text.source == nil)
    }

    @Test func fenceLanguageIsTheFirstWordLowercased() throws {
        let infos = ["JSON {\"x\": 1}", "Http\tx", "json", "", "Ёлка палка", "C\u{301}x y"]
        let document = MarkdownDocument(text: infos.map { "```\($0)\n```\n" }.joined())
        #expect(document.fences.map(\.language) == ["json", "http", "json", "", "ёлка", "c\u{301}x"])
        var fence = try #require(document.fences.first)
        fence.info = "HTTP/1.1 x"
        #expect(fence.language == "http/1.1")
    }

    @Test func repeatedFrontMatterKeysAmongFewAndMany() {
        for count in [3, 32, 33, 40] {
            let keys = (0..<count).map { "key\($0)" } + ["key1", "key\(count - 1)", "key1"]
            let text = "---\n" + keys.map { "\($0): x\n" }.joined() + "---\n"
            let document = MarkdownDocument(text: text)
            let repeated = document.issues.filter { $0.kind == .duplicateFrontMatterKey }
            let firstOfKey1 = 4 + "key0: x\n".utf8.count
            let firstOfLast = 4 + keys[..<(count - 1)].map { "\($0): x\n".utf8.count }.reduce(0, +)
            #expect(
                repeated.map(\.message) == [
                    "front matter key 'key1' is repeated (first at offset \(firstOfKey1))",
                    "front matter key 'key\(count - 1)' is repeated (first at offset \(firstOfLast))",
                    "front matter key 'key1' is repeated (first at offset \(firstOfKey1))",
                ], "\(count) keys")
            #expect(document.frontMatter?.entries.count == count + 3)
        }
    }

    @Test func tabIDsRefuseSpacesAndParentheses() {
        let headings = [
            "[HTTP](#tab/http)", "[A](#tab/a b)", "[A](#tab/a(b)", "[A](#tab/a\tb)", "[A](#tab/)", "[Ж](#tab/ж)",
        ]
        let document = MarkdownDocument(text: headings.map { "# \($0)\n\n" }.joined())
        #expect(document.headings.map(\.tabID) == ["http", nil, nil, nil, nil, "ж"])
    }
}
