import DocLint
import Foundation
import GraphDocs
import SourceText
import Testing

/// Hostile input through the whole linter: each gives one clear finding (or none, when the page is
/// fine), at a real position of the file, and never a trap, a hang or a screenful of noise.
@Suite struct HostileInputTests {
    static func report(_ bytes: [UInt8], path: String = "en-US/api-reference/v1.0/resources/x.md") -> FileReport {
        Linter(source: MemorySource([path: bytes])).lint(path: path, bytes: bytes)
    }

    static func codes(_ report: FileReport) -> [String] { report.diagnostics.map(\.rule.code) }

    @Test func aBinaryFileIsOneNotATextFileFinding() {
        var bytes: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0]
        for i in 0..<20_000 { bytes.append(UInt8(truncatingIfNeeded: i &* 131 &+ 7)) }
        let report = Self.report(bytes)
        #expect(Self.codes(report) == ["DL110"])
        #expect(report.diagnostics.first?.message == "not a text file: doclint reads utf-8 markdown")
        // The excerpt under it shows control characters as symbols, never raw bytes.
        let text = TextReporter().render(report)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }, "\(text)")
        #expect(text.contains("␡ELF"), "\(text)")
    }

    @Test func utf16IsOneFinding() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "# Title\n\n| Property | Type |\n|:--|:--|\n| id | Strin |\n".utf16 {
            bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let report = Self.report(bytes)
        #expect(Self.codes(report) == ["DL110"])
        #expect(
            report.diagnostics.first?.message
                == "the file is utf-16 (little-endian, with a byte order mark); doclint reads utf-8")
    }

    @Test func nulBytesAreOneFindingPerRun() {
        let bytes = Array("# Ti".utf8) + [0, 0] + Array("tle\n\nText.\n".utf8)
        let report = Self.report(bytes)
        #expect(Self.codes(report) == ["DL110"])
        #expect(report.diagnostics.first?.range == SourceRange(start: 4, end: 6))
        #expect(TextReporter().render(report).contains("# Ti␀␀tle"))
    }

    /// A lone CR in an LF page is a DL110 warning at its line:column, its excerpt showing it as `␍`.
    @Test func aLoneCarriageReturnIsOneFindingAtItsLineAndColumn() {
        let page = "# Title\n\nText.\rMore text.\n"
        let report = Self.report(Array(page.utf8))
        #expect(Self.codes(report) == ["DL110"])
        #expect(report.diagnostics.first?.range == SourceRange(start: 14, end: 15))
        #expect(report.lines.position(of: 14) == SourcePosition(line: 3, column: 6))
        #expect(TextReporter().render(report).contains("Text.␍More text."), "\(TextReporter().render(report))")
        // The same page with CRLF or CR-only line breaks throughout has nothing to report.
        #expect(Self.report(Array("# Title\r\n\r\nText.\r\n".utf8)).diagnostics.isEmpty)
        #expect(Self.report(Array("# Title\r\rText.\rMore text.\r".utf8)).diagnostics.isEmpty)
    }

    @Test func aHundredThousandDeepArrayIsOneFinding() {
        let depth = 100_000
        let json = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let page = "<!-- { \"blockType\": \"example\" } -->\n```json\n\(json)\n```\n"
        let report = Self.report(Array(page.utf8))
        #expect(Self.codes(report) == ["DL101"])
        #expect(report.diagnostics.first?.message.contains("nesting is deeper than the limit of 512") == true)
        // The excerpt of the 200,000-byte line stays one short line.
        #expect(TextReporter().render(report).count < 600)
    }

    @Test func aTenMegabyteLineIsRead() {
        let line = String(repeating: "a", count: 10_000_000)
        let page = "# T\n\n\(line)\n\n| Property | Type | Description |\n|:--|:--|:--|\n| id | 字符串 | x |\n"
        let start = Date()
        let report = Self.report(Array(page.utf8))
        #expect(Self.codes(report) == ["DL205"])
        #expect(report.lines.position(of: report.diagnostics[0].range.start).line == 7)
        #expect(Date().timeIntervalSince(start) < 30)
    }

    @Test func unterminatedFenceOrCommentAtTheEndIsReported() {
        let fence = Self.report(Array("# T\n\n<!-- { \"blockType\": \"example\" } -->\n```json\n{ \"a\": 1 }\n".utf8))
        #expect(Self.codes(fence).contains("DL108"))
        let comment = Self.report(Array("# T\n\n<!-- { \"blockType\": \"example\" }\n".utf8))
        #expect(Self.codes(comment).contains("DL108"))
    }

    @Test func anEmptyFileHasNoFinding() {
        #expect(Self.report([]).diagnostics.isEmpty)
        #expect(Self.report([0xEF, 0xBB, 0xBF]).diagnostics.isEmpty)
    }

    @Test func crOnlyLineEndingsAreReadLikeLF() throws {
        let lf = """
            ---
            title: x
            ---
            # T

            ## Properties
            | Property | Type | Description |
            |:--|:--|:--|
            | id | String | x |

            <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.t" } -->
            ```json
            { "id": "String", "extra": 1 }
            ```

            <!-- { "blockType": "response", "@odata.type": "microsoft.graph.t" } -->
            ```http
            HTTP/1.1 200 OK
            Content-type: application/json

            { "id": 7 }
            ```

            """
        let cr = Array(lf.utf8).map { $0 == 0x0A ? 0x0D : $0 }
        let a = Self.report(Array(lf.utf8))
        let b = Self.report(cr)
        #expect(!b.diagnostics.isEmpty)
        #expect(Self.codes(a) == Self.codes(b))
        #expect(
            a.diagnostics.map { a.lines.position(of: $0.range.start) }
                == b.diagnostics.map { b.lines.position(of: $0.range.start) })
        #expect(Self.codes(b).contains("DL202") && Self.codes(b).contains("DL302"), "\(b.diagnostics)")
    }

    @Test func aLiteralQuotEntityInAValidAnnotationIsText() {
        let page = """
            <!-- { "blockType": "example", "name": "say &quot;hi&quot;" } -->
            ```json
            {}
            ```
            """
        let report = Self.report(Array(page.utf8))
        #expect(!Self.codes(report).contains("DL102"), "\(report.diagnostics)")
        #expect(!Self.codes(report).contains("DL103"), "\(report.diagnostics)")
        // A translated annotation whose quotes became entities is still read, and reported as lenient.
        let translated = Self.report(
            Array("<!-- { &quot;blockType&quot;: &quot;example&quot; } -->\n```json\n{}\n```\n".utf8))
        #expect(Self.codes(translated).filter { $0 == "DL103" }.count == 4)
        #expect(!Self.codes(translated).contains("DL102"))
    }

    /// Two types whose properties are each other: the generated schemas `$ref` each other in a cycle,
    /// and a sample still validates (and its error is found) without recursing forever.
    @Test func typesReferringToEachOtherValidate() {
        func page(_ name: String, _ other: String) -> [UInt8] {
            Array(
                """
                ## Properties
                | Property | Type | Description |
                |:--|:--|:--|
                | id | String | x |
                | next | [\(other)](\(other.lowercased()).md) | x |

                <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.\(name)" } -->
                ```json
                { "id": "String", "next": { "@odata.type": "microsoft.graph.\(other)" } }
                ```

                <!-- { "blockType": "response", "@odata.type": "microsoft.graph.\(name)" } -->
                ```json
                { "id": "1", "next": { "id": "2", "next": { "id": 3 } } }
                ```

                """.utf8)
        }
        let folder = "en-US/api-reference/v1.0/resources/"
        let source = MemorySource([
            folder + "alpha.md": page("alpha", "beta"), folder + "beta.md": page("beta", "alpha"),
        ])
        let report = Linter(source: source).lint(path: folder + "alpha.md", bytes: page("alpha", "beta"))
        #expect(
            report.diagnostics.filter { $0.rule.code == "DL302" }.map(\.message)
                == ["property 'next/next/id': value '3' is not of type 'string'"], "\(report.diagnostics)")
    }
}

/// Offsets are byte offsets of the file, never offsets of re-encoded text: invalid bytes put before a
/// paragraph of a real page add their own DL110 finding and shift every other finding by exactly
/// their length, message unchanged.
@Suite struct OffsetInvarianceTests {
    static let pages = [
        "ru-RU/api-reference/beta/resources/commsoperation.md", "zh-CN/api-reference/beta/resources/commsoperation.md",
        "ru-RU/api-reference/beta/resources/workbookfilter.md", "ru-RU/api-reference/v1.0/resources/calendar.md",
        "zh-CN/api-reference/beta/resources/callparticipantinfo.md",
        "ru-RU/api-reference/beta/resources/tokenissuancepolicy.md",
        "zh-CN/api-reference/beta/resources/domaindnsunavailablerecord.md",
    ]

    @Test(arguments: pages)
    func invalidBytesBeforeAParagraphOnlyShiftTheFindings(page: String) throws {
        let url = TestSupport.samples.appendingPathComponent(page)
        let bytes = [UInt8](try Data(contentsOf: url))
        let folder = (page as NSString).deletingLastPathComponent
        let files = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
        var source: [String: [UInt8]] = [:]
        for file in files where file.hasSuffix(".md") {
            source[folder + "/" + file] = [UInt8](
                try Data(contentsOf: url.deletingLastPathComponent().appendingPathComponent(file)))
        }
        func lint(_ bytes: [UInt8]) -> [Diagnostic] {
            var files = source
            files[page] = bytes
            return Linter(source: MemorySource(files)).lint(path: page, bytes: bytes).diagnostics
        }
        let clean = lint(bytes)
        #expect(!clean.isEmpty)
        let inserted: [UInt8] = [0xFF, 0xC3, 0xE2, 0x82]
        for paragraph in GraphPage(path: page, bytes: bytes).document.paragraphs.prefix(4) {
            let at = paragraph.range.start
            let dirty = lint(Array(bytes[..<at]) + inserted + Array(bytes[at...]))
            let added = dirty.filter {
                $0.rule.code == "DL110" && $0.range.start >= at && $0.range.end <= at + inserted.count
            }
            #expect(added.count == 1, "\(page) at \(at)")
            let rest = dirty.filter { d in !added.contains(d) }
            func shifted(_ d: Diagnostic) -> String {
                let move = { (r: SourceRange) in r.start >= at ? r.shifted(by: inserted.count) : r }
                return "\(d.rule.code) \(move(d.range)) \(d.message) \(d.notes.map { $0.range.map(move) })"
            }
            func plain(_ d: Diagnostic) -> String {
                "\(d.rule.code) \(d.range) \(d.message) \(d.notes.map(\.range))"
            }
            #expect(rest.map(plain) == clean.map(shifted), "\(page) at \(at)")
        }
    }
}
