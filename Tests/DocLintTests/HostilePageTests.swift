import DocLint
import Foundation
import GraphDocs
import SourceText
import Testing

/// Pages built to break the linter: each must give findings at real offsets of the file, never a trap.
@Suite struct HostilePageTests {
    /// A resource page whose inheritance sentence follows `prefix` (raw bytes, possibly invalid UTF-8).
    static func inheritingPage(prefix: [UInt8]) -> [UInt8] {
        let head = Array("---\ntitle: x\n---\n# mailSearchFolder resource type\n\n".utf8)
        let tail = Array(
            """
             Inherits from [mailFolder](mailfolder.md).

            ## Properties
            | Property | Type | Description |
            |:---|:---|:---|
            | id | String | The id. |

            <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.mailSearchFolder" } -->
            ```json
            { "id": "String" }
            ```

            <!-- { "blockType": "response", "@odata.type": "microsoft.graph.mailSearchFolder" } -->
            ```json
            { "id": "1" }
            ```

            """.utf8)
        return head + prefix + tail
    }

    @Test(arguments: [1, 3, 40, 400])
    func invalidBytesBeforeAnInheritanceSentenceKeepOffsetsInTheFile(count: Int) throws {
        let bytes = Self.inheritingPage(prefix: [UInt8](repeating: 0xFF, count: count))
        let report = Linter().lint(path: "resources/mailsearchfolder.md", bytes: bytes)
        let dl211 = try #require(report.diagnostics.first { $0.rule.code == "DL211" })
        // The range covers exactly the link, in the file's own bytes.
        #expect(
            String(decoding: bytes[dl211.range.start..<dl211.range.end], as: UTF8.self)
                == "[mailFolder](mailfolder.md)")
        #expect(report.diagnostics.contains { $0.rule.code == "DL110" })
    }

    @Test func cyrillicAndGermanPhrasesAreFoundWhateverTheirCase() throws {
        for phrase in ["НАСЛЕДУЕТСЯ ОТ", "Erbt von", "INHERITS FROM"] {
            let bytes = Array(
                String(decoding: Self.inheritingPage(prefix: []), as: UTF8.self).replacingOccurrences(
                    of: "Inherits from", with: phrase
                ).utf8)
            let page = GraphPage(path: "x.md", bytes: bytes)
            let statement = try #require(InheritanceStatement.find(in: page), "\(phrase)")
            #expect(statement.baseName == "mailFolder")
        }
    }

    @Test func caseFoldingKeepsEveryOffset() {
        let text = Array("ÄÖÜ Ёлка НАСЛЕДУЕТСЯ Straße ×".utf8) + [0xFF, 0xC3]
        let folded = CaseFolding.lowercased(text)
        #expect(folded.count == text.count)
        #expect(String(decoding: folded.dropLast(2), as: UTF8.self) == "äöü ёлка наследуется straße ×")
        #expect(folded.suffix(2) == [0xFF, 0xC3])
        #expect(CaseFolding.firstRange(of: Array("наследуется".utf8), in: folded) == 16..<38)
    }

    /// A 300 KB type cell is quoted by DL205 and DL207: every message stays within `MessageText.limit`
    /// bytes, ends with `…`, and the findings are still reported.
    @Test func messagesQuotingAHugeCellAreBounded() throws {
        let cell = String(repeating: "Строка ", count: 300_000 / 13)
        let page = Array(
            """
            # x resource type

            ## Properties
            | Property | Type | Description |
            |:---|:---|:---|
            | id | \(cell) | The id. |

            <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.x" } -->
            ```json
            { "id": "String" }
            ```

            """.utf8)
        let report = Linter().lint(path: "resources/x.md", bytes: page)
        let long = report.diagnostics.filter { $0.message.hasSuffix("…") }
        #expect(!long.isEmpty)
        for diagnostic in report.diagnostics {
            #expect(diagnostic.message.utf8.count <= MessageText.limit)
            for note in diagnostic.notes { #expect(note.message.utf8.count <= MessageText.limit) }
        }
        #expect(MessageText.bounded(String(repeating: "я", count: 2_000)).utf8.count <= MessageText.limit)
        let once = MessageText.bounded(String(repeating: "ab", count: 2_000))
        #expect(MessageText.bounded(once) == once)
        #expect(MessageText.bounded("short") == "short")
        // One finding a line: a quoted value's line breaks and controls are written as escapes.
        #expect(MessageText.cleaned("unknown blockType 'reque|x|\r\nst'") == "unknown blockType 'reque|x|\\r\\nst'")
        #expect(MessageText.cleaned("a\tb\u{1B}") == "a\\tb\\u{1B}")
        let annotated = Array("<!-- {\n  \"blockType\": \"reque|x|\n st\"\n} -->\n```http\nGET /x\n```\n".utf8)
        let dl106 = Linter().lint(path: "api/x.md", bytes: annotated).diagnostics.filter { $0.rule.code == "DL106" }
        #expect(dl106.map(\.message) == ["unknown blockType 'reque|x|\\n st'"])
    }
}

/// DL103's fix writes a line break inside an annotation string as the escape of that same break.
@Suite struct WrappedAnnotationStringTests {
    @Test(arguments: [("\n", "\\n"), ("\r\n", "\\r\\n"), ("\r", "\\r")])
    func theFixKeepsTheStringsValue(lineBreak: String, escape: String) throws {
        let page = "<!-- { \"type\": \"#page.annotation\", \"suppressions\": [\"Error: a:\(lineBreak)  b\"] } -->\n"
        let report = Linter().lint(path: "api/x.md", bytes: Array(page.utf8))
        let dl103 = try #require(report.diagnostics.first { $0.rule.code == "DL103" })
        #expect(dl103.fix?.edits.map(\.replacement) == [escape])
        #expect(dl103.fix?.isSafe == true)
    }
}

/// A page annotation entry with a zero-width space at an end is still read as doclint's.
@Suite struct SuppressionEntryEdgeTests {
    @Test(arguments: ["\u{200B}DL205: a draft", "DL205\u{200B}", "\u{FEFF} DL205"])
    func zeroWidthEdgesAreTrimmed(entry: String) {
        let page = """
            # x resource type

            | Property | Type | Description |
            |:---|:---|:---|
            | id | Строка | The id. |

            <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.x" } -->
            ```json
            { "id": "String" }
            ```

            <!-- { "type": "#page.annotation", "suppressions": ["\(entry)"] } -->

            """
        let codes = Linter().lint(path: "resources/x.md", bytes: Array(page.utf8)).diagnostics.map(\.rule.code)
        #expect(!codes.contains("DL205"), "\(codes)")
        #expect(!codes.contains("DL112"), "\(codes)")
    }
}
