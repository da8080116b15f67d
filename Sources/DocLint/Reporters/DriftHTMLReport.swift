import JSONCore

/// The HTML report of a drift run, for a localization QA lead: one self-contained page built only
/// from the JSON `doclint drift --format json` writes (`docs/drift-json.md`).
///
/// The page holds the totals, a chart of findings per locale and kind (inline SVG), a table per
/// kind and locale, the worst pages, and every finding grouped by page with its line and column,
/// the translated and the en-US text side by side (the differing span marked), the page line, the
/// en-US location, the fix and the notes. Every number is in the HTML as written, so the page reads
/// the same with JavaScript off and prints; the inline script only filters (locale, kind, severity,
/// text), sorts and pages through the list. Nothing is loaded from anywhere: styles and script are
/// inline and a content security policy allows only those two, by hash. The same document always
/// gives the same bytes.
///
/// Large runs: every finding is in the page, grouped in a `<details>` per page; only the first
/// `openPages` pages are open, and the script shows `pagesPerScreen` pages at a time (with the
/// filter applied first), so tens of thousands of findings stay quick to open, filter and scroll.
public enum DriftHTMLReport {
    /// How much the page shows at once.
    public struct Options: Sendable, Hashable {
        /// Rows of the worst-pages table.
        public var worstPages: Int
        /// Pages whose findings are open when the report opens; the others show one line until opened.
        public var openPages: Int
        /// Pages of the findings list the script shows at a time (with "previous" and "next").
        public var pagesPerScreen: Int

        /// Options.
        public init(worstPages: Int = 20, openPages: Int = 20, pagesPerScreen: Int = 100) {
            self.worstPages = worstPages
            self.openPages = openPages
            self.pagesPerScreen = pagesPerScreen
        }
    }

    /// The report of `document`, a drift JSON document of format version 1; throws naming the field
    /// when it is not one.
    public static func render(_ document: JSONValue, options: Options = Options()) throws(DriftReportError) -> String {
        try report(document, options: options).html
    }

    /// The report of `document` and where the document's counts (`locales[]`, `summary`) disagree
    /// with its pages, one sentence each (the report shows them at its top too); throws naming the
    /// field when `document` is not drift JSON of format version 1.
    public static func report(_ document: JSONValue, options: Options = Options()) throws(DriftReportError) -> (
        html: String, inconsistencies: [String]
    ) {
        let input = try DriftReportInput(document)
        let inconsistencies = input.inconsistencies()
        var renderer = DriftHTMLRenderer(input: input, options: options, inconsistencies: inconsistencies)
        return (renderer.render(), inconsistencies)
    }
}

/// Writes the report's sections, in order, into one `HTMLWriter`.
struct DriftHTMLRenderer {
    typealias Input = DriftReportInput

    /// A kind as the report shows it: from `kinds[]`, or a code the counts use that `kinds[]` lacks.
    struct KindColumn {
        var code: String
        var name: String
        var summary: String
        var caseOnly: Bool
        var versionDrift: Bool
        var fill: String
        var ink: String
    }

    let input: Input
    let options: DriftHTMLReport.Options
    let inconsistencies: [String]
    let kinds: [KindColumn]
    var w: HTMLWriter

    /// Fill and text colours for translation kinds: pairs of a dark and a light shade, so a kind and
    /// its case-only variant (listed next to each other) read as one family.
    static let palette: [(fill: String, ink: String)] = [
        ("#1f5fa8", "#ffffff"), ("#8fbce6", "#10263f"), ("#c4461a", "#ffffff"), ("#f2ab74", "#3b1a05"),
        ("#1b7f5a", "#ffffff"), ("#93d3b2", "#0b3322"), ("#7b3f98", "#ffffff"), ("#c9a3dc", "#2e1540"),
        ("#8a6a3b", "#ffffff"), ("#d9c27a", "#3a2e07"), ("#2a7f8f", "#ffffff"), ("#a3d4dc", "#0c3037"),
    ]
    /// Greys for the kinds that are not translation's doing (version drift).
    static let greys: [(fill: String, ink: String)] = [("#6b7280", "#ffffff"), ("#c3c8d0", "#1d2330")]

    init(input: Input, options: DriftHTMLReport.Options, inconsistencies: [String]) {
        self.input = input
        self.options = options
        self.inconsistencies = inconsistencies
        var columns: [KindColumn] = []
        var translation = 0
        var drift = 0
        for k in input.kinds {
            let color: (fill: String, ink: String)
            if k.versionDrift {
                color = Self.greys[drift % Self.greys.count]
                drift += 1
            } else {
                color = Self.palette[translation % Self.palette.count]
                translation += 1
            }
            columns.append(
                KindColumn(
                    code: k.code, name: k.name, summary: k.summary, caseOnly: k.caseOnly, versionDrift: k.versionDrift,
                    fill: color.fill, ink: color.ink))
        }
        // A code counted somewhere but missing from `kinds[]` still gets its column, so no number is lost.
        var extra: [String] = []
        let counted = input.locales.flatMap { $0.counts.findings.map(\.code) } + input.summary.findings.map(\.code)
        for code in counted where !columns.contains(where: { $0.code == code }) && !extra.contains(code) {
            extra.append(code)
        }
        for code in extra.sorted(by: DriftHTMLRenderer.precedes) {
            columns.append(
                KindColumn(
                    code: code, name: "", summary: "not listed in 'kinds'", caseOnly: false, versionDrift: false,
                    fill: "#3b3b3b", ink: "#ffffff"))
        }
        kinds = columns
        let findings = input.pages.reduce(0) { $0 + $1.findings.count }
        w = HTMLWriter(capacity: 16_384 + findings * 1_200)
    }

    /// Orders strings by code point (UTF-8 bytes), the same on every platform.
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    mutating func render() -> String {
        w.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        w.raw(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '\(DriftHTMLAssets.styleHash)'; script-src '\(DriftHTMLAssets.scriptHash)'; img-src data:; base-uri 'none'; form-action 'none'\">\n"
        )
        w.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        w.raw("<meta name=\"referrer\" content=\"no-referrer\">\n")
        w.raw("<meta name=\"generator\" content=\"doclint\">\n<title>")
        w.attribute("Translation drift report: \(input.sourcePath)")
        w.raw("</title>\n<style>")
        w.raw(DriftHTMLAssets.style)
        w.raw("</style>\n</head>\n<body>\n<main>\n")
        header()
        inconsistencyAlert()
        totals()
        chart()
        kindTable()
        worstPages()
        findings()
        w.raw(
            "<footer><p>Made by doclint from the JSON of <code>doclint drift --format json</code> (format version 1).")
        w.raw(" Every number above is the JSON's; the list holds every finding of every page.</p></footer>\n")
        w.raw("</main>\n<script>")
        w.raw(DriftHTMLAssets.script)
        w.raw("</script>\n</body>\n</html>\n")
        return w.html
    }

    // MARK: - Header and totals

    private static func sourceKindLabel(_ kind: String) -> String {
        switch kind {
        case "git": "git repository, whole history searched"
        case "folder": "folder"
        case "snapshots": "folder of commit snapshots"
        default: kind
        }
    }

    private mutating func header() {
        let summary = input.summary
        w.raw(
            "<header>\n<h1>Translation drift report</h1>\n<p class=\"meta\">Localized pages compared with their en-US source "
        )
        w.raw("<code class=\"path\">")
        w.text(input.sourcePath, limit: 400)
        w.raw("</code> (")
        w.text(Self.sourceKindLabel(input.sourceKind))
        w.raw(")")
        w.raw(
            ": \(HTMLWriter.grouped(summary.pages)) page\(summary.pages == 1 ? "" : "s") in \(HTMLWriter.grouped(input.locales.count)) locale\(input.locales.count == 1 ? "" : "s").</p>\n"
        )
        w.raw(
            "<nav class=\"toc\"><a href=\"#totals\">Totals</a><a href=\"#chart\">Chart</a><a href=\"#by-kind\">Per kind and locale</a><a href=\"#worst\">Worst pages</a><a href=\"#findings\">Findings</a></nav>\n</header>\n"
        )
    }

    private mutating func inconsistencyAlert() {
        let problems = inconsistencies
        guard !problems.isEmpty else { return }
        w.raw("<div class=\"alert\" id=\"inconsistent\" role=\"alert\"><p><strong>The JSON does not add up.</strong> ")
        w.raw("Its counts disagree with its own pages in \(HTMLWriter.grouped(problems.count)) place")
        w.raw(problems.count == 1 ? "" : "s")
        w.raw(". The tables show the JSON's counts; the findings list shows the pages.</p>\n<ul>")
        for problem in problems.prefix(20) {
            w.raw("<li>")
            w.text(problem, limit: 400)
            w.raw("</li>")
        }
        if problems.count > 20 { w.raw("<li>… and \(HTMLWriter.grouped(problems.count - 20)) more</li>") }
        w.raw("</ul></div>\n")
    }

    private mutating func card(_ key: String, _ value: Int, _ label: String, _ extraClass: String = "") {
        w.raw(
            "<div class=\"card\(extraClass)\"><div class=\"num\" data-key=\"\(key)\">\(HTMLWriter.grouped(value))</div>"
        )
        w.raw("<div class=\"lbl\">\(label)</div></div>")
    }

    private mutating func numberCell(_ key: String, _ value: Int) {
        w.raw("<td class=\"n\(value == 0 ? " zero" : "")\" data-key=\"\(key)\">\(HTMLWriter.grouped(value))</td>")
    }

    private mutating func countCells(_ c: Input.Counts, findings: Int) {
        numberCell("pages", c.pages)
        numberCell("pagesWithFindings", c.pagesWithFindings)
        numberCell("findings", findings)
        numberCell("error", c.severities.error)
        numberCell("warning", c.severities.warning)
        numberCell("note", c.severities.note)
        numberCell("exact", c.sources.exact)
        numberCell("sourceCommit", c.sources.sourceCommit)
        numberCell("latest", c.sources.latest)
        numberCell("missing", c.sources.missing)
    }

    private mutating func totals() {
        let s = input.summary
        w.raw("<section id=\"totals\">\n<h2>Totals</h2>\n<div class=\"cards\">")
        card("pages", s.pages, "pages checked")
        card("pagesWithFindings", s.pagesWithFindings, "pages with findings")
        card("findings", input.summaryFindings, "findings")
        card("error", s.severities.error, "errors", " error")
        card("warning", s.severities.warning, "warnings", " warning")
        card("note", s.severities.note, "notes", " note")
        w.raw("</div>\n")
        w.raw("<div class=\"scroll\"><table class=\"counts\" id=\"locale-table\">\n<thead>")
        w.raw(
            "<tr><th rowspan=\"2\">Locale</th><th colspan=\"2\" class=\"group\">Pages</th><th colspan=\"4\" class=\"group\">Findings</th><th colspan=\"4\" class=\"group\">Compared with</th></tr>\n"
        )
        w.raw(
            "<tr><th class=\"n\">checked</th><th class=\"n\">with findings</th><th class=\"n\">all</th><th class=\"n\">errors</th><th class=\"n\">warnings</th><th class=\"n\">notes</th>"
        )
        w.raw(
            "<th class=\"n\" title=\"ms.openlocfilehash matched: the exact en-US text the page was translated from\">exact source</th>"
        )
        w.raw("<th class=\"n\" title=\"the en-US version at the page's ms.sourcegitcommit\">source commit</th>")
        w.raw("<th class=\"n\" title=\"the newest en-US version: not the exact source\">latest</th>")
        w.raw("<th class=\"n\" title=\"no en-US text found\">missing</th></tr>\n</thead>\n<tbody>\n")
        if input.locales.isEmpty {
            w.raw("<tr><td colspan=\"11\" class=\"empty\">No locale was checked.</td></tr>\n")
        }
        for l in input.locales {
            w.raw("<tr")
            w.attribute("data-locale", l.locale)
            w.raw("><th scope=\"row\">")
            w.text(l.locale, limit: 80)
            w.raw("</th>")
            countCells(l.counts, findings: l.counts.severities.total)
            w.raw("</tr>\n")
        }
        w.raw("</tbody>\n<tfoot><tr class=\"total\"><th scope=\"row\">All locales</th>")
        countCells(s, findings: input.summaryFindings)
        w.raw("</tr></tfoot>\n</table></div>\n</section>\n")
    }

    // MARK: - Per kind and locale

    private mutating func swatch(_ kind: KindColumn) {
        w.raw(
            "<svg class=\"swatch\" width=\"12\" height=\"12\" aria-hidden=\"true\"><rect width=\"12\" height=\"12\" rx=\"2\" fill=\"\(kind.fill)\"/></svg>"
        )
    }

    mutating func kindLabel(_ kind: KindColumn) {
        swatch(kind)
        w.raw(" <code>")
        w.text(kind.code, limit: 40)
        w.raw("</code> <span class=\"kname\">")
        w.text(kind.name, limit: 80)
        w.raw("</span>")
        if kind.caseOnly { w.raw(" <span class=\"flag\">case only</span>") }
        if kind.versionDrift { w.raw(" <span class=\"flag grey\">not translation</span>") }
    }

    /// A link that sets the findings filter (`#locale=…&kind=…`).
    private mutating func filterLink(locale: String?, kind: String?, _ count: Int) {
        var parts: [String] = []
        if let locale { parts.append("locale=" + HTMLWriter.percentEncoded(HTMLWriter.visible(locale))) }
        if let kind { parts.append("kind=" + HTMLWriter.percentEncoded(HTMLWriter.visible(kind))) }
        w.raw("<a href=\"#\(parts.joined(separator: "&amp;"))\">\(HTMLWriter.grouped(count))</a>")
    }

    private mutating func kindCountCell(locale: String?, kind: String?, _ count: Int, total: Bool = false) {
        w.raw("<td class=\"n\(count == 0 ? " zero" : "")\"")
        if let locale { w.attribute("data-locale", locale) }
        if total { w.raw(" data-total=\"\"") }
        w.raw(">")
        if count == 0 {
            w.raw("0")
        } else {
            filterLink(locale: locale, kind: kind, count)
        }
        w.raw("</td>")
    }

    private mutating func kindTable() {
        w.raw("<section id=\"by-kind\">\n<h2>Findings per kind and locale</h2>\n")
        w.raw("<p class=\"hint\">A count links to its findings in the list below.</p>\n")
        w.raw("<div class=\"scroll\"><table class=\"counts\" id=\"kind-table\">\n<thead><tr><th>Kind</th>")
        for l in input.locales {
            w.raw("<th class=\"n\">")
            w.text(l.locale, limit: 80)
            w.raw("</th>")
        }
        w.raw("<th class=\"n\">all locales</th></tr></thead>\n<tbody>\n")
        for kind in kinds {
            w.raw("<tr")
            w.attribute("data-kind", kind.code)
            w.raw("><th scope=\"row\"")
            w.attribute("title", kind.summary)
            w.raw(">")
            kindLabel(kind)
            w.raw("</th>")
            for l in input.locales {
                kindCountCell(locale: l.locale, kind: kind.code, l.counts.findings(of: kind.code))
            }
            kindCountCell(locale: nil, kind: kind.code, input.summary.findings(of: kind.code), total: true)
            w.raw("</tr>\n")
        }
        w.raw("</tbody>\n<tfoot><tr class=\"total\"><th scope=\"row\">All kinds</th>")
        for l in input.locales {
            kindCountCell(locale: l.locale, kind: nil, l.counts.severities.total)
        }
        kindCountCell(locale: nil, kind: nil, input.summaryFindings, total: true)
        w.raw("</tr></tfoot>\n</table></div>\n</section>\n")
    }

    // MARK: - Worst pages

    private static func statusLabel(_ status: String) -> String {
        switch status {
        case "exact": "exact source"
        case "source-commit": "source commit"
        case "latest": "latest, not exact"
        default: "no en-US source"
        }
    }

    /// The pages with findings, most errors first, ties by path.
    func rankedPages() -> [Int] {
        let pages = input.pages
        let errors = pages.map { $0.severities.error }
        return pages.indices.filter { !pages[$0].findings.isEmpty }.sorted { a, b in
            if errors[a] != errors[b] { return errors[a] > errors[b] }
            if pages[a].path != pages[b].path { return Self.precedes(pages[a].path, pages[b].path) }
            return a < b
        }
    }

    private mutating func worstPages() {
        let ranked = rankedPages()
        w.raw("<section id=\"worst\">\n<h2>Worst pages</h2>\n")
        guard !ranked.isEmpty else {
            w.raw("<p class=\"empty\">No page has a finding.</p>\n</section>\n")
            return
        }
        let shown = ranked.prefix(max(0, options.worstPages))
        w.raw(
            "<p class=\"hint\">The \(HTMLWriter.grouped(shown.count)) pages with the most errors (ties by path), of \(HTMLWriter.grouped(ranked.count)) with findings.</p>\n"
        )
        w.raw("<div class=\"scroll\"><table class=\"counts\" id=\"worst-table\">\n<thead><tr>")
        w.raw(
            "<th class=\"n\">#</th><th>Page</th><th>Locale</th><th class=\"n\">errors</th><th class=\"n\">warnings</th><th class=\"n\">notes</th><th class=\"n\">all</th><th>Compared with</th></tr></thead>\n<tbody>\n"
        )
        for (rank, index) in shown.enumerated() {
            let page = input.pages[index]
            let s = page.severities
            w.raw(
                "<tr data-rank=\"\(rank + 1)\"><td class=\"n\">\(rank + 1)</td><td class=\"path\"><a href=\"#p\(index)\">"
            )
            w.text(page.path, limit: 400)
            w.raw("</a></td><td>")
            w.text(page.locale, limit: 80)
            w.raw("</td>")
            numberCell("error", s.error)
            numberCell("warning", s.warning)
            numberCell("note", s.note)
            numberCell("findings", s.total)
            w.raw("<td><span class=\"st st-\(Self.statusClass(page.source.status))\">")
            w.raw(Self.statusLabel(page.source.status))
            w.raw("</span></td></tr>\n")
        }
        w.raw("</tbody>\n</table></div>\n</section>\n")
    }

    static func statusClass(_ status: String) -> String {
        switch status {
        case "exact", "source-commit", "latest": status
        default: "missing"
        }
    }
}

extension HTMLWriter {
    /// `value` as the page's HTML parser gives it back from an attribute: invisible characters
    /// replaced by their `⟨name⟩`, so a link's fragment matches the `data-` attribute it filters on.
    static func visible(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            if let name = invisibleName(scalar) { out += "⟨\(name)⟩" } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
