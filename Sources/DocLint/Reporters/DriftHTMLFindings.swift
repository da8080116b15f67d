extension DriftHTMLRenderer {
    /// Scalars of page text shown around a finding's range on its line.
    static let lineBudget = 240
    /// Scalars shown of each side of the comparison (a long code line is shown around the difference).
    static let sideBudget = 300
    /// Scalars shown of a message, a note or a fix title.
    static let messageLimit = 2_000

    /// The filter controls, the status line and every page with findings, in the document's order.
    mutating func findings() {
        let pages = input.pages
        let withFindings = pages.indices.filter { !pages[$0].findings.isEmpty }
        let count = withFindings.reduce(0) { $0 + pages[$1].findings.count }
        w.raw("<section id=\"findings\">\n<h2>Findings by page</h2>\n")
        guard !withFindings.isEmpty else {
            w.raw("<p class=\"empty\">No findings: every page checked reads like its en-US source.</p>\n</section>\n")
            return
        }
        let without = pages.count - withFindings.count
        w.raw("<p class=\"hint\">Every finding, grouped by page (sorted by path). ")
        if without > 0 {
            w.raw(
                "The \(HTMLWriter.grouped(without)) page\(without == 1 ? "" : "s") without findings \(without == 1 ? "is" : "are") not listed. "
            )
        }
        w.raw(
            "On each finding the translated text (left) and the en-US text (right) are side by side, the differing part marked, and the page line below.</p>\n"
        )
        w.raw(
            "<noscript><p class=\"hint\">Filtering needs JavaScript; without it, every page is listed below, the first \(HTMLWriter.grouped(options.openPages)) open.</p></noscript>\n"
        )
        filters()
        w.raw(
            "<p id=\"status\" aria-live=\"polite\"><span id=\"shown-findings\">\(HTMLWriter.grouped(count))</span> finding\(count == 1 ? "" : "s") in <span id=\"shown-pages\">\(HTMLWriter.grouped(withFindings.count))</span> page\(withFindings.count == 1 ? "" : "s")<span id=\"shown-range\"></span></p>\n"
        )
        pager("pager-top")
        w.raw(
            "<div id=\"pages\" data-open=\"\(max(0, options.openPages))\" data-per-screen=\"\(max(1, options.pagesPerScreen))\">\n"
        )
        for (n, index) in withFindings.enumerated() {
            page(pages[index], index: index, open: n < options.openPages)
        }
        w.raw("</div>\n")
        pager("pager-bottom")
        w.raw("</section>\n")
    }

    private mutating func pager(_ id: String) {
        w.raw(
            "<nav class=\"pager\" id=\"\(id)\" hidden><button type=\"button\" data-go=\"-1\">← previous</button> <span class=\"screen\"></span> <button type=\"button\" data-go=\"1\">next →</button></nav>\n"
        )
    }

    /// The filter form, hidden until the script shows it (without the script it could not act).
    private mutating func filters() {
        var localeNames = input.locales.map(\.locale)
        for page in input.pages where !page.findings.isEmpty && !localeNames.contains(page.locale) {
            localeNames.append(page.locale)
        }
        var byLocale: [String: Int] = [:]
        var byKind: [String: Int] = [:]
        var bySeverity = Input.Severities()
        for page in input.pages {
            byLocale[page.locale, default: 0] += page.findings.count
            for f in page.findings {
                byKind[f.code, default: 0] += 1
                bySeverity.add(f.severity)
            }
        }
        var kindCodes = kinds.map(\.code)
        for page in input.pages {
            for f in page.findings where !kindCodes.contains(f.code) { kindCodes.append(f.code) }
        }
        w.raw("<form id=\"filters\" class=\"filters\" hidden>\n")
        w.raw("<label>Locale <select name=\"locale\"><option value=\"\">all locales</option>")
        for locale in localeNames {
            option(value: locale, label: locale, count: byLocale[locale] ?? 0)
        }
        w.raw("</select></label>\n<label>Kind <select name=\"kind\"><option value=\"\">all kinds</option>")
        for code in kindCodes {
            let name = kinds.first { $0.code == code }?.name ?? ""
            option(value: code, label: name.isEmpty ? code : "\(code) \(name)", count: byKind[code] ?? 0)
        }
        w.raw("</select></label>\n<label>Severity <select name=\"severity\"><option value=\"\">all severities</option>")
        for severity in ["error", "warning", "note"] {
            option(value: severity, label: severity, count: bySeverity[severity])
        }
        w.raw("</select></label>\n")
        w.raw(
            "<label class=\"grow\">Text <input type=\"search\" name=\"q\" placeholder=\"in messages, texts, lines and paths\" autocomplete=\"off\"></label>\n"
        )
        w.raw(
            "<label>Sort pages <select name=\"sort\"><option value=\"path\">by path</option><option value=\"errors\">most errors first</option><option value=\"findings\">most findings first</option><option value=\"locale\">by locale</option></select></label>\n"
        )
        w.raw("<button type=\"button\" id=\"clear\">Clear</button>\n</form>\n")
    }

    private mutating func option(value: String, label: String, count: Int) {
        w.raw("<option")
        w.attribute("value", value)
        w.raw(">")
        w.plain(label, limit: 80)
        w.raw(" (\(HTMLWriter.grouped(count)))</option>")
    }

    private static func plural(_ n: Int, _ word: String) -> String {
        "\(HTMLWriter.grouped(n)) \(word)\(n == 1 ? "" : "s")"
    }

    private mutating func page(_ page: Input.Page, index: Int, open: Bool) {
        let s = page.severities
        w.raw("<details class=\"page\" id=\"p\(index)\"")
        w.attribute("data-locale", page.locale)
        w.raw(" data-errors=\"\(s.error)\" data-findings=\"\(s.total)\"\(open ? " open" : "")>\n<summary>")
        w.raw("<span class=\"path\">")
        w.text(page.path, limit: 400)
        w.raw("</span> <span class=\"chips\"><span class=\"chip loc\">")
        w.text(page.locale, limit: 80)
        w.raw("</span>")
        for (severity, n) in [("error", s.error), ("warning", s.warning), ("note", s.note)] where n > 0 {
            w.raw("<span class=\"chip n-\(severity)\" data-severity=\"\(severity)\">\(Self.plural(n, severity))</span>")
        }
        w.raw("<span class=\"chip shown\"></span></span></summary>\n<p class=\"src\">Compared with ")
        w.raw("<span class=\"st st-\(Self.statusClass(page.source.status))\">")
        w.raw(Self.sourceSentence(page.source.status))
        w.raw("</span>")
        if let location = page.source.location {
            w.raw(" <code class=\"path\">")
            w.text(location, limit: 400)
            w.raw("</code>")
        }
        w.raw("</p>\n<ol class=\"findings\">\n")
        for (i, f) in page.findings.enumerated() {
            finding(f, on: page, id: "p\(index)f\(i)")
        }
        w.raw("</ol>\n</details>\n")
    }

    private static func sourceSentence(_ status: String) -> String {
        switch status {
        case "exact": "the exact en-US source"
        case "source-commit": "the en-US version at its source commit (not exact)"
        case "latest": "the latest en-US version (not exact)"
        default: "no en-US source: none was found"
        }
    }

    private mutating func finding(_ f: Input.Finding, on page: Input.Page, id: String) {
        w.raw("<li class=\"finding sev-\(f.severity)\" id=\"\(id)\"")
        w.attribute("data-kind", f.code)
        w.raw(
            " data-severity=\"\(f.severity)\">\n<div class=\"fh\"><a class=\"pos\" href=\"#\(id)\">\(f.line):\(f.column)</a>"
        )
        w.raw("<span class=\"sev\">\(f.severity)</span><code class=\"code\"")
        w.attribute("title", f.name)
        w.raw(">")
        w.text(f.code, limit: 40)
        w.raw("</code><span class=\"msg\">")
        w.text(f.message, limit: Self.messageLimit)
        w.raw("</span></div>\n")
        let differing = sides(f, locale: page.locale)
        lineExcerpt(f, differing: differing)
        if let source = f.source, let location = source.location, location != page.source.location {
            w.raw("<p class=\"where\">en-US text from <code class=\"path\">")
            w.text(location, limit: 400)
            w.raw(":\(source.line):\(source.column)</code></p>\n")
        }
        if let fix = f.fix {
            w.raw(
                "<p class=\"fix\"><span class=\"badge \(fix.safe ? "safe" : "unsafe")\">\(fix.safe ? "safe" : "unsafe") fix</span> "
            )
            w.text(fix.title, limit: Self.messageLimit)
            w.raw("</p>\n")
        }
        if !f.notes.isEmpty {
            w.raw("<ul class=\"notes\">")
            for note in f.notes {
                w.raw("<li><span class=\"nl\">note</span> ")
                w.text(note.message, limit: Self.messageLimit)
                if let file = note.file {
                    w.raw(" <code class=\"at\">")
                    w.text(file, limit: 400)
                    if let line = note.line {
                        w.raw(":\(line)")
                        if let column = note.column { w.raw(":\(column)") }
                    }
                    w.raw("</code>")
                }
                w.raw("</li>")
            }
            w.raw("</ul>\n")
        }
        w.raw("</li>\n")
    }

    /// The translated text and the en-US text side by side, the part where they differ marked;
    /// returns that part of the translated text (scalar offsets into `f.text`).
    private mutating func sides(_ f: Input.Finding, locale: String) -> Range<Int> {
        let page = Array(f.text.unicodeScalars)
        let english = f.source.map { Array($0.text.unicodeScalars) } ?? []
        let (pageMark, englishMark) =
            f.source == nil ? (0..<page.count, 0..<0) : Self.differingRanges(f.text, f.source!.text)
        w.raw("<div class=\"sbs\"><div class=\"side tr\"><div class=\"cap\">")
        w.text(locale, limit: 80)
        w.raw(" · page \(f.line):\(f.column)</div><code class=\"txt\" dir=\"auto\">")
        if page.isEmpty {
            w.raw("<span class=\"none\">nothing on the page</span>")
        } else {
            excerpt(page, mark: pageMark, budget: Self.sideBudget, markClass: "tr")
        }
        w.raw("</code></div><div class=\"side en\"><div class=\"cap\">en-US")
        if let source = f.source {
            w.raw(" · source \(source.line):\(source.column)</div><code class=\"txt\" dir=\"ltr\">")
            if english.isEmpty {
                w.raw("<span class=\"none\">nothing in the en-US source</span>")
            } else {
                excerpt(english, mark: englishMark, budget: Self.sideBudget, markClass: "en")
            }
        } else {
            w.raw("</div><code class=\"txt\" dir=\"ltr\"><span class=\"none\">no en-US counterpart</span>")
        }
        w.raw("</code></div></div>\n")
        return pageMark
    }

    /// The page line with the finding's range marked (to the line's end when the range goes on);
    /// when the range holds the finding's text, only the part of it that differs from the en-US text
    /// is marked, so a long code line shows where it changed.
    private mutating func lineExcerpt(_ f: Input.Finding, differing: Range<Int>) {
        let line = Array(f.lineText.unicodeScalars)
        let start = min(max(0, f.column - 1), line.count)
        var mark = start..<(f.endLine > f.line ? line.count : min(line.count, max(start, f.endColumn - 1)))
        if f.source != nil, f.endLine == f.line, line[mark].elementsEqual(f.text.unicodeScalars),
            differing.upperBound <= mark.count
        {
            mark = (start + differing.lowerBound)..<(start + differing.upperBound)
        }
        w.raw("<pre class=\"line\" dir=\"ltr\"><span class=\"ln\">\(f.line)</span>")
        excerpt(line, mark: mark, budget: Self.lineBudget, markClass: "tr", gap: true)
        if f.endLine > f.line { w.raw("<span class=\"cont\"> (to line \(f.endLine))</span>") }
        w.raw("</pre>\n")
    }

    /// `scalars` around `mark` (cut to `budget` with `…`), the mark highlighted; an empty mark shows
    /// as a thin gap when `gap` is set (where something is missing).
    private mutating func excerpt(
        _ scalars: [Unicode.Scalar], mark: Range<Int>, budget: Int, markClass: String, gap: Bool = false
    ) {
        let window = ExcerptWindow(count: scalars.count, mark: mark, budget: budget)
        if window.cutBefore { w.raw("<span class=\"cut\">…</span>") }
        w.text(scalars[window.before])
        if !window.marked.isEmpty {
            w.raw("<mark class=\"\(markClass)\">")
            w.text(scalars[window.marked])
            w.raw("</mark>")
        } else if gap {
            w.raw("<mark class=\"gap\" title=\"here\"></mark>")
        }
        w.text(scalars[window.after])
        if window.cutAfter { w.raw("<span class=\"cut\">…</span>") }
    }

    /// Where `a` and `b` differ, as scalar offsets into each: what is left once their common start
    /// and end are set aside (whole characters, compared by code point: `é` and `e` + U+0301 differ).
    /// Unless the two differ only in letter case, the span is widened to whole words, so a translated
    /// word is marked whole (`Boolescher Wert` and `Boolean`, not `scher Wert` and `an`) while a code
    /// line is marked only where it changed. Equal texts differ nowhere.
    static func differingRanges(_ a: String, _ b: String) -> (Range<Int>, Range<Int>) {
        let x = Array(a)
        let y = Array(b)
        func same(_ i: Int, _ j: Int) -> Bool { x[i].unicodeScalars.elementsEqual(y[j].unicodeScalars) }
        var prefix = 0
        while prefix < x.count, prefix < y.count, same(prefix, prefix) { prefix += 1 }
        var suffix = 0
        while suffix < x.count - prefix, suffix < y.count - prefix, same(x.count - 1 - suffix, y.count - 1 - suffix) {
            suffix += 1
        }
        if a.lowercased() != b.lowercased() {
            func word(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }
            // A cut between two word characters, on either side, moves out to the word's edge.
            func inWord(_ t: [Character], _ cut: Int) -> Bool {
                cut > 0 && cut < t.count && word(t[cut - 1]) && word(t[cut])
            }
            while prefix > 0, inWord(x, prefix) || inWord(y, prefix) { prefix -= 1 }
            while suffix > 0, inWord(x, x.count - suffix) || inWord(y, y.count - suffix) { suffix -= 1 }
        }
        func scalars(_ characters: ArraySlice<Character>) -> Int {
            characters.reduce(0) { $0 + $1.unicodeScalars.count }
        }
        let aStart = scalars(x[..<prefix])
        let bStart = scalars(y[..<prefix])
        return (
            aStart..<(aStart + scalars(x[prefix..<(x.count - suffix)])),
            bStart..<(bStart + scalars(y[prefix..<(y.count - suffix)]))
        )
    }
}
