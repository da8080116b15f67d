extension DriftHTMLRenderer {
    /// The chart: one horizontal bar per locale, its length the locale's findings, stacked by kind in
    /// the legend's order, each segment titled with its count; the numbers are in the tables too.
    mutating func chart() {
        w.raw("<section id=\"chart\">\n<h2>Findings per locale and kind</h2>\n")
        let rows = input.locales.map { l in (locale: l.locale, counts: kinds.map { l.counts.findings(of: $0.code) }) }
        let largest = rows.map { $0.counts.reduce(0, +) }.max() ?? 0
        guard largest > 0 else {
            w.raw("<p class=\"empty\">No findings to chart.</p>\n</section>\n")
            return
        }
        let labelWidth = 124.0
        let barWidth = 600.0
        let width = 820.0
        let rowHeight = 30.0
        let barHeight = 20.0
        let height = Double(rows.count) * rowHeight + 6
        let c = HTMLWriter.coordinate
        w.raw(
            "<p class=\"hint\">One bar per locale, stacked by kind in the order of the legend; a segment's title gives its count.</p>\n"
        )
        w.raw(
            "<svg class=\"chart\" id=\"chart-svg\" viewBox=\"0 0 \(c(width)) \(c(height))\" width=\"\(c(width))\" height=\"\(c(height))\" role=\"img\" aria-labelledby=\"chart-title\">"
        )
        w.raw("<title id=\"chart-title\">Findings per locale, stacked by kind</title>\n")
        w.raw(
            "<line x1=\"\(c(labelWidth))\" y1=\"0\" x2=\"\(c(labelWidth))\" y2=\"\(c(height))\" stroke=\"#9aa3b2\" stroke-width=\"1\"/>\n"
        )
        for (r, row) in rows.enumerated() {
            let y = 4 + Double(r) * rowHeight
            let total = row.counts.reduce(0, +)
            w.raw("<g class=\"bar\"")
            w.attribute("data-locale", row.locale)
            w.raw(" data-total=\"\(total)\">")
            w.raw(
                "<text class=\"label\" x=\"\(c(labelWidth - 8))\" y=\"\(c(y + barHeight / 2 + 4))\" text-anchor=\"end\">"
            )
            w.plain(row.locale, limit: 18)
            w.raw("</text>")
            var x = labelWidth
            for (k, count) in row.counts.enumerated() where count > 0 {
                let kind = kinds[k]
                // A non-zero count never disappears: at least 2 units wide.
                let length = max(2, Double(count) / Double(largest) * barWidth)
                w.raw("<g class=\"seg\"")
                w.attribute("data-kind", kind.code)
                w.raw(" data-count=\"\(count)\">")
                w.raw(
                    "<rect x=\"\(c(x))\" y=\"\(c(y))\" width=\"\(c(length))\" height=\"\(c(barHeight))\" fill=\"\(kind.fill)\"><title>"
                )
                w.plain(row.locale, limit: 40)
                w.raw(" · ")
                w.plain(kind.code, limit: 40)
                if !kind.name.isEmpty {
                    w.raw(" ")
                    w.plain(kind.name, limit: 60)
                }
                w.raw(": \(HTMLWriter.grouped(count))</title></rect>")
                let label = HTMLWriter.grouped(count)
                if length >= Double(label.count) * 6.6 + 6 {
                    w.raw(
                        "<text class=\"in\" x=\"\(c(x + length / 2))\" y=\"\(c(y + barHeight / 2 + 4))\" text-anchor=\"middle\" fill=\"\(kind.ink)\">\(label)</text>"
                    )
                }
                w.raw("</g>")
                x += length
            }
            w.raw(
                "<text class=\"total\" x=\"\(c(x + 6))\" y=\"\(c(y + barHeight / 2 + 4))\">\(HTMLWriter.grouped(total))</text></g>\n"
            )
        }
        w.raw("</svg>\n<ul class=\"legend\">")
        for kind in kinds {
            let total = input.summary.findings(of: kind.code)
            w.raw(total == 0 ? "<li class=\"zero\">" : "<li>")
            kindLabel(kind)
            w.raw(" <span class=\"n\">\(HTMLWriter.grouped(total))</span></li>")
        }
        w.raw("</ul>\n</section>\n")
    }
}
