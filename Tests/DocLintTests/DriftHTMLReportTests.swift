import Foundation
import JSONCore
import Testing

@testable import DocLint

/// The drift JSON fixtures (`Fixtures/drift-json/`, written by its `generate.py` from the spec) and
/// readers for the report's HTML, which find a number by the `data-` attributes of its cell.
enum DriftFixture {
    static let folder = TestSupport.fixtures.appendingPathComponent("drift-json")

    static func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent("\(name).json"), encoding: .utf8)
    }

    static func json(_ name: String) throws -> JSONValue {
        try JSONParser.value(try text(name))
    }

    static func report(_ name: String) throws -> String {
        try DriftHTMLReport.render(try json(name))
    }

    /// An integer member of the fixture, read from the JSON itself (0 when absent, as the spec says
    /// for kinds with no findings).
    static func int(_ value: JSONValue?, _ keys: String...) -> Int {
        var v = value
        for key in keys { v = v?[key] }
        return v?.numberValue?.int64.map { Int($0) } ?? 0
    }
}

/// Finds pieces of the report's HTML.
struct HTMLProbe {
    let html: String

    /// The text from the first `start` to the next `end` after it.
    func fragment(_ start: String, to end: String, in scope: Substring? = nil) -> Substring? {
        let text = scope ?? html[...]
        guard let a = text.range(of: start), let b = text[a.upperBound...].range(of: end) else { return nil }
        return text[a.lowerBound..<b.upperBound]
    }

    /// Every `data-key="K">V</td>` (or `</div>`) in `fragment`, V parsed as a grouped number.
    static func keyed(_ fragment: Substring) -> [String: Int] {
        var out: [String: Int] = [:]
        var rest = fragment
        while let r = rest.range(of: "data-key=\"") {
            let afterKey = rest[r.upperBound...]
            guard let q = afterKey.firstIndex(of: "\""), let gt = afterKey[q...].firstIndex(of: ">"),
                let lt = afterKey[gt...].firstIndex(of: "<")
            else { break }
            out[String(afterKey[..<q])] = number(afterKey[afterKey.index(after: gt)..<lt])
            rest = afterKey[lt...]
        }
        return out
    }

    /// `1,234` as 1234; nil when it is not a number.
    static func number(_ text: Substring) -> Int? {
        Int(text.filter { $0 != "," })
    }

    /// The text of an element with the markup stripped (`<a href="#…">12</a>` gives `12`).
    static func stripped(_ markup: Substring) -> String {
        var out = ""
        var inTag = false
        for c in markup {
            if c == "<" {
                inTag = true
            } else if c == ">" {
                inTag = false
            } else if !inTag {
                out.append(c)
            }
        }
        return out
    }

    /// The cells `<td …>…</td>` of a table row, in order.
    static func cells(_ row: Substring) -> [Substring] {
        var out: [Substring] = []
        var rest = row
        while let a = rest.range(of: "<td"), let b = rest[a.upperBound...].range(of: "</td>") {
            out.append(rest[a.lowerBound..<b.upperBound])
            rest = rest[b.upperBound...]
        }
        return out
    }
}

@Suite struct DriftHTMLReportNumberTests {
    static let fixtures = ["several-locales", "hostile", "clean", "empty"]

    @Test(arguments: fixtures) func totalsShowTheSummary(_ name: String) throws {
        let json = try DriftFixture.json(name)
        let probe = HTMLProbe(html: try DriftFixture.report(name))
        let cards = try #require(probe.fragment("<div class=\"cards\">", to: "</div>\n"))
        let s = json["summary"]
        #expect(
            HTMLProbe.keyed(cards) == [
                "pages": DriftFixture.int(s, "pages"), "pagesWithFindings": DriftFixture.int(s, "pagesWithFindings"),
                "findings": DriftFixture.int(s, "findings"), "error": DriftFixture.int(s, "severities", "error"),
                "warning": DriftFixture.int(s, "severities", "warning"),
                "note": DriftFixture.int(s, "severities", "note"),
            ])
    }

    /// The counts of a locale entry or of the summary, as the locale table shows them.
    static func expectedRow(_ c: JSONValue?, findings: Int) -> [String: Int] {
        [
            "pages": DriftFixture.int(c, "pages"), "pagesWithFindings": DriftFixture.int(c, "pagesWithFindings"),
            "findings": findings, "error": DriftFixture.int(c, "severities", "error"),
            "warning": DriftFixture.int(c, "severities", "warning"), "note": DriftFixture.int(c, "severities", "note"),
            "exact": DriftFixture.int(c, "sources", "exact"),
            "sourceCommit": DriftFixture.int(c, "sources", "sourceCommit"),
            "latest": DriftFixture.int(c, "sources", "latest"), "missing": DriftFixture.int(c, "sources", "missing"),
        ]
    }

    @Test(arguments: fixtures) func localeTableShowsEveryLocaleAndTheTotal(_ name: String) throws {
        let json = try DriftFixture.json(name)
        let probe = HTMLProbe(html: try DriftFixture.report(name))
        let table = try #require(probe.fragment("<table class=\"counts\" id=\"locale-table\">", to: "</table>"))
        let locales = json["locales"]?.arrayValue ?? []
        for l in locales {
            let locale = try #require(l["locale"]?.stringValue)
            let row = try #require(
                probe.fragment("<tr data-locale=\"\(HTMLWriter.escapedAttribute(locale))\">", to: "</tr>", in: table))
            let severities = ["error", "warning", "note"].reduce(0) { $0 + DriftFixture.int(l, "severities", $1) }
            #expect(HTMLProbe.keyed(row) == Self.expectedRow(l, findings: severities), "locale \(locale)")
        }
        #expect(table.components(separatedBy: "<tr data-locale=").count - 1 == locales.count)
        let total = try #require(probe.fragment("<tfoot>", to: "</tfoot>", in: table))
        let s = json["summary"]
        #expect(HTMLProbe.keyed(total) == Self.expectedRow(s, findings: DriftFixture.int(s, "findings")))
    }

    @Test(arguments: fixtures) func kindTableShowsEveryLocaleAndKindCount(_ name: String) throws {
        let json = try DriftFixture.json(name)
        let probe = HTMLProbe(html: try DriftFixture.report(name))
        let table = try #require(probe.fragment("<table class=\"counts\" id=\"kind-table\">", to: "</table>"))
        let locales = json["locales"]?.arrayValue ?? []
        let kinds = json["kinds"]?.arrayValue ?? []
        #expect(kinds.count == 11)
        for kind in kinds {
            let code = try #require(kind["code"]?.stringValue)
            let row = try #require(probe.fragment("<tr data-kind=\"\(code)\">", to: "</tr>", in: table))
            let cells = HTMLProbe.cells(row).map { HTMLProbe.number(HTMLProbe.stripped($0)[...]) }
            let expected =
                locales.map { DriftFixture.int($0, "findings", code) } + [
                    DriftFixture.int(json["summary"], "findingsByKind", code)
                ]
            #expect(cells == expected, "kind \(code)")
        }
        let total = try #require(probe.fragment("<tfoot>", to: "</tfoot>", in: table))
        let cells = HTMLProbe.cells(total).map { HTMLProbe.number(HTMLProbe.stripped($0)[...]) }
        let expected =
            locales.map { l in ["error", "warning", "note"].reduce(0) { $0 + DriftFixture.int(l, "severities", $1) } }
            + [DriftFixture.int(json["summary"], "findings")]
        #expect(cells == expected)
    }

    @Test(arguments: fixtures) func chartHasABarPerLocaleAndASegmentPerNonZeroCount(_ name: String) throws {
        let json = try DriftFixture.json(name)
        let html = try DriftFixture.report(name)
        let probe = HTMLProbe(html: html)
        let locales = json["locales"]?.arrayValue ?? []
        let codes = (json["kinds"]?.arrayValue ?? []).compactMap { $0["code"]?.stringValue }
        guard DriftFixture.int(json["summary"], "findings") > 0 else {
            #expect(html.contains("No findings to chart."))
            #expect(!html.contains("<g class=\"bar\""))
            return
        }
        var segments = 0
        for l in locales {
            let locale = try #require(l["locale"]?.stringValue)
            let total = codes.reduce(0) { $0 + DriftFixture.int(l, "findings", $1) }
            let bar = try #require(
                probe.fragment(
                    "<g class=\"bar\" data-locale=\"\(HTMLWriter.escapedAttribute(locale))\" data-total=\"\(total)\">",
                    to: "</g>\n"))
            #expect(bar.hasSuffix(">\(HTMLWriter.grouped(total))</text></g>\n"))
            for code in codes {
                let count = DriftFixture.int(l, "findings", code)
                let segment = "<g class=\"seg\" data-kind=\"\(code)\" data-count=\"\(count)\">"
                #expect(bar.contains(segment) == (count > 0), "\(locale) \(code)")
                if count > 0 { segments += 1 }
            }
        }
        #expect(html.components(separatedBy: "<g class=\"bar\"").count - 1 == locales.count)
        #expect(html.components(separatedBy: "<g class=\"seg\"").count - 1 == segments)
    }

    @Test(arguments: fixtures) func worstPagesAreMostErrorsFirstTiesByPath(_ name: String) throws {
        let json = try DriftFixture.json(name)
        let probe = HTMLProbe(html: try DriftFixture.report(name))
        let pages = json["pages"]?.arrayValue ?? []
        func count(_ page: JSONValue, _ severity: String) -> Int {
            (page["findings"]?.arrayValue ?? []).filter { $0["severity"]?.stringValue == severity }.count
        }
        let ranked = pages.enumerated().filter { !($0.element["findings"]?.arrayValue ?? []).isEmpty }.sorted {
            let (a, b) = (count($0.element, "error"), count($1.element, "error"))
            return a != b
                ? a > b
                : Array($0.element["path"]!.stringValue!.unicodeScalars.map(\.value)).lexicographicallyPrecedes(
                    $1.element["path"]!.stringValue!.unicodeScalars.map(\.value))
        }
        if ranked.isEmpty {
            #expect(probe.html.contains("No page has a finding."))
            return
        }
        let table = try #require(probe.fragment("<table class=\"counts\" id=\"worst-table\">", to: "</table>"))
        for (rank, entry) in ranked.prefix(20).enumerated() {
            let row = try #require(probe.fragment("<tr data-rank=\"\(rank + 1)\">", to: "</tr>", in: table))
            let page = entry.element
            #expect(row.contains("href=\"#p\(entry.offset)\""))
            let path = try #require(page["path"]?.stringValue)
            #expect(row.contains(">\(HTMLWriter.escapedAttribute(path))</a>") || path.unicodeScalars.count > 400)
            #expect(
                HTMLProbe.keyed(row) == [
                    "error": count(page, "error"), "warning": count(page, "warning"), "note": count(page, "note"),
                    "findings": (page["findings"]?.arrayValue ?? []).count,
                ])
        }
        #expect(!table.contains("data-rank=\"\(min(ranked.count, 20) + 1)\""))
    }

    @Test(arguments: fixtures) func everyFindingIsListedUnderItsPageWithItsPosition(_ name: String) throws {
        let json = try DriftFixture.json(name)
        let html = try DriftFixture.report(name)
        let probe = HTMLProbe(html: html)
        var total = 0
        for (i, page) in (json["pages"]?.arrayValue ?? []).enumerated() {
            let findings = page["findings"]?.arrayValue ?? []
            guard !findings.isEmpty else {
                #expect(!html.contains("<details class=\"page\" id=\"p\(i)\""))
                continue
            }
            let block = try #require(probe.fragment("<details class=\"page\" id=\"p\(i)\"", to: "</details>"))
            #expect(block.components(separatedBy: "<li class=\"finding").count - 1 == findings.count)
            for (j, f) in findings.enumerated() {
                let item = try #require(probe.fragment("id=\"p\(i)f\(j)\"", to: "</li>\n", in: block))
                let position = "\(DriftFixture.int(f, "line")):\(DriftFixture.int(f, "column"))"
                #expect(item.contains(">\(position)</a>"))
                #expect(item.contains("data-kind=\"\(f["code"]!.stringValue!)\""))
                #expect(item.contains("data-severity=\"\(f["severity"]!.stringValue!)\""))
            }
            total += findings.count
        }
        #expect(html.components(separatedBy: "<li class=\"finding").count - 1 == total)
        #expect(total == DriftFixture.int(json["summary"], "findings"))
    }
}

@Suite struct DriftHTMLReportSafetyTests {
    @Test func hostileTextNeverBecomesMarkup() throws {
        let html = try DriftFixture.report("hostile")
        // The report's own script is the only one; the page's tags and handlers stay text.
        #expect(html.components(separatedBy: "<script").count == 2)
        #expect(!html.contains("<img"))
        #expect(!html.contains("<svg onload"))
        #expect(!html.contains("<b>String"))
        #expect(!html.contains("<i>markup"))
        #expect(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("x&quot;&gt;&lt;img src=x onerror=alert(4)&gt;"))
        #expect(html.contains("&lt;script&gt;alert(&#39;path&#39;)&lt;/script&gt;&amp;amp;.md"))
        // Every attribute value is closed where the report closed it: no quote from the text survives.
        #expect(!html.contains("\"><img"))
    }

    @Test func invisibleAndControlCharactersAreShownNotPassedOn() throws {
        let html = try DriftFixture.report("hostile")
        for scalar: Unicode.Scalar in [
            "\u{202E}", "\u{2066}", "\u{2069}", "\u{200B}", "\u{0}", "\u{1B}", "\r", "\u{2028}",
        ] {
            #expect(!html.unicodeScalars.contains(scalar), "U+\(String(scalar.value, radix: 16))")
        }
        #expect(html.contains("<span class=\"ctl\" title=\"U+202E\">RLO</span>txetneilc"))
        #expect(html.contains("client<span class=\"ctl\" title=\"U+200B\">ZWSP</span>Context"))
        #expect(html.contains("<span class=\"ctl\" title=\"U+0000\">NUL</span>"))
        // Zero-width joiners are text some scripts need, and stay.
        var w = HTMLWriter()
        w.text("می\u{200C}خواهم")
        #expect(w.html == "می\u{200C}خواهم")
    }

    @Test func veryLongLinesAreShownAroundTheFinding() throws {
        let html = try DriftFixture.report("hostile")
        let json = try DriftFixture.json("hostile")
        let long = try #require(
            json["pages"]?.arrayValue?.flatMap { $0["findings"]?.arrayValue ?? [] }.first {
                ($0["lineText"]?.stringValue?.count ?? 0) > 10_000
            })
        let line = try #require(long["lineText"]?.stringValue)
        #expect(!html.contains(String(line.prefix(2_000))))
        let probe = HTMLProbe(html: html)
        let pre = try #require(
            probe.fragment("<pre class=\"line\" dir=\"ltr\"><span class=\"ln\">12</span>", to: "</pre>"))
        #expect(pre.contains("&lt;<mark class=\"tr\">TARGET</mark>&gt;"))
        #expect(HTMLProbe.stripped(pre).count < DriftHTMLRenderer.lineBudget + 30)
        // A minified JSON line is shown where it differs, on both sides.
        #expect(html.contains("<mark class=\"tr\">&quot;dreihundertfünfzig&quot;</mark>"))
        #expect(html.contains("<mark class=\"en\">350</mark>"))
    }

    @Test func theSecurityPolicyAllowsOnlyTheReportsOwnStyleAndScript() throws {
        for name in DriftHTMLReportNumberTests.fixtures {
            let html = try DriftFixture.report(name)
            let probe = HTMLProbe(html: html)
            let policy = try #require(
                probe.fragment("<meta http-equiv=\"Content-Security-Policy\" content=\"", to: "\">"))
            let style = try #require(probe.fragment("<style>", to: "</style>")).dropFirst(7).dropLast(8)
            let script = try #require(probe.fragment("<script>", to: "</script>")).dropFirst(8).dropLast(9)
            #expect(policy.contains("default-src 'none'"))
            #expect(policy.contains("style-src 'sha256-\(SHA256.base64(String(style)))'"))
            #expect(policy.contains("script-src 'sha256-\(SHA256.base64(String(script)))'"))
            // Nothing is fetched: no URL that leaves the page.
            for outside in ["http:", "https:", "src=\"", "url(", "@import", "<link"] {
                #expect(!html.contains(outside), "\(name): \(outside)")
            }
        }
        #expect(SHA256.base64("abc") == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
    }

    @Test(arguments: DriftHTMLReportNumberTests.fixtures) func theSameDocumentGivesTheSameBytes(_ name: String) throws {
        let first = try DriftFixture.report(name)
        let second = try DriftHTMLReport.render(JSONParser.value(try DriftFixture.text(name)))
        #expect(first == second)
    }
}

@Suite struct DriftHTMLReportInputTests {
    @Test func emptyRunSaysSoInEverySection() throws {
        let html = try DriftFixture.report("empty")
        #expect(html.contains("No locale was checked."))
        #expect(html.contains("No findings to chart."))
        #expect(html.contains("No page has a finding."))
        #expect(html.contains("No findings: every page checked reads like its en-US source."))
        #expect(!html.contains("id=\"inconsistent\""))
    }

    @Test func consistentFixturesHaveNoInconsistency() throws {
        for name in DriftHTMLReportNumberTests.fixtures {
            #expect(try DriftHTMLReport.report(DriftFixture.json(name)).inconsistencies == [], "\(name)")
            #expect(!(try DriftFixture.report(name)).contains("id=\"inconsistent\""))
        }
    }

    @Test func countsThatDisagreeWithThePagesAreReported() throws {
        let problems = try DriftHTMLReport.report(DriftFixture.json("inconsistent")).inconsistencies
        #expect(
            problems == [
                "'pages[0].findings[0].code' is 'DL499', which 'kinds' does not list",
                "'locales[0].findings.DL402' is 1, but the pages hold 0",
                "'locales[0].findings.DL499' is 0, but the pages hold 1",
                "'locales[1].pages' is 5, but the pages hold 3",
                "'summary.findingsByKind.DL402' is 2, but the pages hold 1",
                "'summary.findingsByKind.DL404' is 6, but the pages hold 7",
                "'summary.findingsByKind.DL499' is 0, but the pages hold 1",
                "'summary.findings' is 20, but the pages hold 19",
            ])
        let html = try DriftFixture.report("inconsistent")
        #expect(html.contains("<div class=\"alert\" id=\"inconsistent\" role=\"alert\">"))
        #expect(html.contains("<li>&#39;summary.findings&#39; is 20, but the pages hold 19</li>"))
        // The tables still show the JSON's own numbers.
        #expect(html.contains("<div class=\"num\" data-key=\"findings\">20</div>"))
    }

    /// The fixture with `old` replaced by `new` (once), rendered; the error it gives.
    func error(_ old: String, _ new: String) throws -> String? {
        let text = try DriftFixture.text("several-locales")
        #expect(text.contains(old))
        let changed = text.replacingOccurrences(of: old, with: new)
        let document = try JSONParser.value(changed)
        do {
            _ = try DriftHTMLReport.render(document)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func documentsThatAreNotDriftJSONAreRefusedNamingTheField() throws {
        #expect(
            try error("\"formatVersion\": 1", "\"formatVersion\": 2")
                == "unsupported 'formatVersion' 2; this doclint reads version 1")
        #expect(try error("\"tool\": \"doclint\"", "\"tool\": \"other\"") == "'tool' is 'other', not 'doclint'")
        #expect(
            try error("\"line\": 34,", "\"line\": \"34\",")
                == "'pages[0].findings[0].line' is not a non-negative integer")
        #expect(try error("\"line\": 34,", "") == "'pages[0].findings[0].line' is missing")
        #expect(
            try error("\"severity\": \"error\"", "\"severity\": \"fatal\"")
                == "'pages[0].findings[0].severity' is 'fatal', not one of 'error', 'warning', 'note'")
        #expect(try error("\"caseOnly\": false", "\"caseOnly\": 0") == "'kinds[0].caseOnly' is not a boolean")
        #expect(
            try error("\"status\": \"exact\"", "\"status\": \"close\"")?.hasPrefix(
                "'pages[0].source.status' is 'close'") == true)
        #expect(throws: DriftReportError.self) { try DriftHTMLReport.render(JSONParser.value("[]")) }
        #expect(throws: DriftReportError.self) { try DriftHTMLReport.render(JSONParser.value("{}")) }
    }

    @Test func fieldsAddedByALaterVersionAreIgnored() throws {
        let text = try DriftFixture.text("several-locales")
        let added = text.replacingOccurrences(
            of: "\"tool\": \"doclint\",", with: "\"tool\": \"doclint\", \"extra\": [1, {}],")
        #expect(try DriftHTMLReport.render(JSONParser.value(added)) == DriftFixture.report("several-locales"))
    }
}

@Suite struct DriftHTMLReportScaleTests {
    /// A drift document with `count` findings over pages of four locales, built as text.
    static func large(findings count: Int) -> String {
        var pages: [String] = []
        var made = 0
        var i = 0
        let locales = ["de-DE", "fr-FR", "ru-RU", "zh-CN"]
        while made < count {
            let n = min(count - made, 1 + (i * 7) % 12)
            let findings = (0..<n).map { j in
                """
                {"code":"DL404","name":"drift-type","severity":"error","message":"type 'Zeichenfolge' is 'String'",\
                "line":\(20 + j),"column":5,"endLine":\(20 + j),"endColumn":17,"text":"Zeichenfolge",\
                "lineText":"| p | Zeichenfolge | Beschreibung \(j) |","source":{"location":"en@1:p\(i).md","line":\(20 + j),\
                "column":5,"text":"String"},"fix":null,"notes":[]}
                """
            }
            pages.append(
                """
                {"path":"\(locales[i % 4])/p\(String(i + 1_000_000)).md","locale":"\(locales[i % 4])","relativePath":"p.md",\
                "source":{"status":"exact","path":"p.md","revision":"1","location":"en@1:p\(i).md"},\
                "findings":[\(findings.joined(separator: ","))]}
                """)
            made += n
            i += 1
        }
        let zero = "\"sources\":{\"exact\":0,\"sourceCommit\":0,\"latest\":0,\"missing\":0}"
        return """
            {"formatVersion":1,"tool":"doclint","source":{"path":"en","kind":"folder"},"kinds":[],"locales":[],\
            "pages":[\(pages.joined(separator: ","))],"summary":{"pages":0,"pagesWithFindings":0,"findings":0,\
            "severities":{"error":0,"warning":0,"note":0},"findingsByKind":{},\(zero)}}
            """
    }

    @Test func tensOfThousandsOfFindingsStayOnePageOfBoundedSize() throws {
        let count = 20_000
        let html = try DriftHTMLReport.render(JSONParser.value(Self.large(findings: count)))
        #expect(html.components(separatedBy: "<li class=\"finding").count - 1 == count)
        // Only the first pages are open; the rest are one line each until opened.
        #expect(html.components(separatedBy: "\" open>").count - 1 == DriftHTMLReport.Options().openPages)
        // The markup per finding stays bounded (the page grows linearly, about a kilobyte a finding).
        #expect(html.utf8.count < count * 1_300)
    }
}

@Suite struct HTMLWriterTests {
    @Test func escapesMarkupInTextAndAttributes() {
        var w = HTMLWriter()
        w.text("a<b>&\"'")
        w.attribute("t", "x\"><y \u{202E}")
        #expect(w.html == "a&lt;b&gt;&amp;&quot;&#39; t=\"x&quot;&gt;&lt;y ⟨RLO⟩\"")
    }

    @Test func cutsTextAfterTheLimitAndSaysHowMuchWasLeftOut() {
        var w = HTMLWriter()
        w.text(String(repeating: "ж", count: 1_005), limit: 1_000)
        #expect(w.html == String(repeating: "ж", count: 1_000) + "<span class=\"cut\">… 5 more characters</span>")
    }

    @Test func numbersAreGroupedAndFragmentsEncoded() {
        #expect(HTMLWriter.grouped(0) == "0")
        #expect(HTMLWriter.grouped(999) == "999")
        #expect(HTMLWriter.grouped(1_000) == "1,000")
        #expect(HTMLWriter.grouped(1_234_567) == "1,234,567")
        #expect(HTMLWriter.percentEncoded("de-DE") == "de-DE")
        #expect(HTMLWriter.percentEncoded("a b&c=ж") == "a%20b%26c%3D%D0%B6")
        #expect(HTMLWriter.coordinate(12.34) == "12.3")
        #expect(HTMLWriter.coordinate(3) == "3")
    }

    @Test func excerptWindowKeepsTheMarkAndSharesTheContext() {
        let short = ExcerptWindow(count: 10, mark: 2..<4, budget: 20)
        #expect(short.before == 0..<2 && short.marked == 2..<4 && short.after == 4..<10)
        #expect(!short.cutBefore && !short.cutAfter)
        let middle = ExcerptWindow(count: 1_000, mark: 500..<510, budget: 100)
        #expect(middle.before == 455..<500 && middle.marked == 500..<510 && middle.after == 510..<555)
        #expect(middle.cutBefore && middle.cutAfter)
        let start = ExcerptWindow(count: 1_000, mark: 3..<5, budget: 100)
        #expect(start.before == 0..<3 && start.after == 5..<100 && !start.cutBefore && start.cutAfter)
        let huge = ExcerptWindow(count: 1_000, mark: 10..<900, budget: 100)
        #expect(huge.marked == 10..<110 && huge.before.isEmpty && huge.after.isEmpty && huge.cutAfter)
    }

    @Test func differingSpansAreWholeWordsUnlessOnlyTheCaseDiffers() {
        func marked(_ a: String, _ b: String) -> (String, String) {
            let (x, y) = DriftHTMLRenderer.differingRanges(a, b)
            let sa = Array(a.unicodeScalars)[x]
            let sb = Array(b.unicodeScalars)[y]
            return (String(String.UnicodeScalarView(sa)), String(String.UnicodeScalarView(sb)))
        }
        #expect(marked("Boolescher Wert", "Boolean") == ("Boolescher Wert", "Boolean"))
        #expect(marked("Key", "key") == ("K", "k"))
        #expect(marked("\"count\": \"1024\",", "\"count\": 1024,") == ("\"1024\"", "1024"))
        #expect(marked("Edm.Int32", "Edm.Int64") == ("Int32", "Int64"))
        #expect(marked("same", "same") == ("", ""))
        #expect(marked("", "String") == ("", "String"))
        #expect(marked("caf\u{E9}", "cafe\u{301}") == ("\u{E9}", "e\u{301}"))
    }
}
