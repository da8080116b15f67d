import DocMarkdown
import SourceText

/// How a localized page's property, relationship and member tables line up with its en-US source's.
///
/// Tables are paired by kind, section and order: a table's section is the heading above it, read from
/// the heading's `<a name="…">` anchor on a localized page (translation keeps the English slug there)
/// and from its text on the en-US page. Rows are then paired inside each pair of tables (`RowAlignment`).
public struct SourceTableAlignment: Sendable {
    /// A page table and the source table it was translated from.
    public struct TablePair: Sendable {
        /// The page's table.
        public var page: PropertyTable
        /// The source's table.
        public var source: PropertyTable
        /// Their rows, paired.
        public var rows: RowAlignment
    }

    /// The paired tables, in page order.
    public var pairs: [TablePair]
    /// Source tables with no counterpart on the page.
    public var droppedTables: [PropertyTable]
    /// Page tables with no counterpart in the source.
    public var addedTables: [PropertyTable]

    /// Aligns `page`'s tables with `source`'s; `json` (the page's own rows paired with its JSON
    /// representation) helps pair rows whose names translation changed.
    public init(page: GraphPage, source: GraphPage, json: TableResourceAlignment? = nil) {
        let pageTables = SourceTableAlignment.sectioned(page)
        let sourceTables = SourceTableAlignment.sectioned(source)
        var taken = [Bool](repeating: false, count: pageTables.count)
        var matchOf = [Int?](repeating: nil, count: sourceTables.count)
        // First by kind and section (the k-th table of a section with the k-th), then by kind and order.
        for (j, s) in sourceTables.enumerated() {
            if let i = pageTables.indices.first(where: {
                !taken[$0] && pageTables[$0].table.kind == s.table.kind && pageTables[$0].section == s.section
                    && pageTables[$0].ordinal == s.ordinal && s.section != nil
            }) {
                taken[i] = true
                matchOf[j] = i
            }
        }
        for (j, s) in sourceTables.enumerated() where matchOf[j] == nil {
            // Keep page order: the page table must come after the page table of the previous matched source table.
            let after = matchOf[..<j].compactMap { $0 }.max() ?? -1
            let before = matchOf[(j + 1)...].compactMap { $0 }.min() ?? pageTables.count
            if let i = pageTables.indices.first(where: {
                $0 > after && $0 < before && !taken[$0] && pageTables[$0].table.kind == s.table.kind
                    && (pageTables[$0].section == nil || s.section == nil || pageTables[$0].section == s.section)
            }) {
                taken[i] = true
                matchOf[j] = i
            }
        }
        var pairs: [TablePair] = []
        for (j, i) in matchOf.enumerated() {
            guard let i else { continue }
            let p = pageTables[i].table
            let s = sourceTables[j].table
            pairs.append(TablePair(page: p, source: s, rows: RowAlignment(page: p.rows, source: s.rows, json: json)))
        }
        self.pairs = pairs.sorted { $0.page.table.range.start < $1.page.table.range.start }
        self.droppedTables = sourceTables.indices.filter { matchOf[$0] == nil }.map { sourceTables[$0].table }
        self.addedTables = pageTables.indices.filter { !taken[$0] }.map { pageTables[$0].table }
    }

    /// A property table with its section slug and its place among the tables of that section.
    struct Sectioned {
        var table: PropertyTable
        var section: String?
        var ordinal: Int
    }

    /// The page's tables of names and types, each with the slug of the heading above it: the property,
    /// relationship and member tables, and also the `| Name | Type | Description |` tables of request
    /// headers and parameters, whose names are identifiers too (`Authorization` is not `Autorisierung`).
    static func sectioned(_ page: GraphPage) -> [Sectioned] {
        var result: [Sectioned] = []
        var section: String?
        var ordinals: [String: Int] = [:]
        var next = 0
        let tables = page.propertyTables
        for block in page.document.blocks {
            switch block {
            case .heading(let heading) where heading.tabID == nil:
                section = heading.anchor ?? slug(heading.text.source ?? heading.text.visible)
            case .table(let table):
                while next < tables.count && tables[next].table.range.start < table.range.start { next += 1 }
                let parsed: PropertyTable
                if next < tables.count, tables[next].table.range == table.range {
                    parsed = tables[next]
                    next += 1
                } else if let other = PropertyTable(table) {
                    parsed = other
                } else {
                    continue
                }
                let key = section ?? ""
                result.append(Sectioned(table: parsed, section: section, ordinal: ordinals[key, default: 0]))
                ordinals[key, default: 0] += 1
            default: continue
            }
        }
        return result
    }

    /// The anchor a heading's text gets (`JSON representation` → `json-representation`), as the
    /// localized pages' `<a name>` anchors spell the English heading.
    static func slug(_ text: String) -> String? {
        // Most headings are ASCII: lowered and joined by byte.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var out: [UInt8] = []
            var dash = false
            for b in text.utf8 {
                let lower = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                    if dash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                    out.append(lower)
                    dash = false
                } else if lower == 0x20 || lower == UInt8(ascii: "-") || lower == UInt8(ascii: "_") {
                    dash = true
                }
            }
            return out.isEmpty ? nil : String(decoding: out, as: UTF8.self)
        }
        var out = ""
        var dash = false
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber {
                if dash && !out.isEmpty { out.append("-") }
                out.append(ch)
                dash = false
            } else if ch == " " || ch == "-" || ch == "_" {
                dash = true
            }
        }
        return out.isEmpty ? nil : out
    }
}

/// How the rows of a localized table line up with the rows of the en-US table it was translated from.
///
/// Rows are paired, in order of confidence: the same name; the bilingual page's English text of the
/// cell; the same name ignoring case and punctuation (`Key`/`key`, `background-color`/`backgroundColor`,
/// `[-Identity]`/`identity`); a row the page's own JSON representation pairs with a key that is the
/// source row's name; then leftovers alone between the same paired neighbours, in order (translation
/// keeps a table's rows in order). Rows left over on either side were dropped or added.
public struct RowAlignment: Sendable {
    /// Why two rows were paired.
    public enum Reason: String, Sendable, Hashable {
        /// Equal names.
        case name
        /// The bilingual cell's English text is the source row's name.
        case sourceText
        /// Equal once case and punctuation are ignored.
        case spelling
        /// The page's JSON representation names the row with the source row's name.
        case json
        /// The only leftovers between the same paired neighbours.
        case position
    }

    /// A page row and the source row it translates.
    public struct Pair: Sendable {
        /// The page row.
        public var page: PropertyTable.Row
        /// The source row.
        public var source: PropertyTable.Row
        /// The evidence.
        public var reason: Reason
    }

    /// Paired rows, in page order.
    public var pairs: [Pair]
    /// Source rows with no counterpart on the page.
    public var dropped: [PropertyTable.Row]
    /// Page rows with no counterpart in the source.
    public var added: [PropertyTable.Row]

    /// Pairs `page` rows with `source` rows.
    public init(page: [PropertyTable.Row], source: [PropertyTable.Row], json: TableResourceAlignment? = nil) {
        // Names are computed properties (the cell cleaned): read each once.
        let pageNames = page.map(\.displayName)
        let sourceNames = source.map(\.displayName)
        var sourceOf = [Int?](repeating: nil, count: page.count)
        var reasonOf = [Reason?](repeating: nil, count: page.count)
        var taken = [Bool](repeating: false, count: source.count)
        func pair(_ i: Int, _ j: Int, _ reason: Reason) {
            sourceOf[i] = j
            reasonOf[i] = reason
            taken[j] = true
        }
        func firstFree(named name: String) -> Int? {
            source.indices.first { !taken[$0] && sourceNames[$0] == name }
        }
        for i in page.indices {
            if let j = firstFree(named: pageNames[i]) { pair(i, j, .name) }
        }
        for (i, row) in page.enumerated() where sourceOf[i] == nil {
            if let english = row.sourceName, let j = firstFree(named: english) { pair(i, j, .sourceText) }
        }
        if sourceOf.contains(where: { $0 == nil }) {
            let sourceFolded = sourceNames.map(TableResourceAlignment.fold)
            for i in page.indices where sourceOf[i] == nil {
                let folded = TableResourceAlignment.fold(pageNames[i])
                guard !folded.isEmpty else { continue }
                let candidates = source.indices.filter { !taken[$0] && sourceFolded[$0] == folded }
                if candidates.count == 1 { pair(i, candidates[0], .spelling) }
            }
        }
        if let json {
            // The page's JSON keys are never translated: a row the page pairs with key `k` is source row `k`.
            var keyOfRow: [SourceRange: String] = [:]
            // Only evidence about the names themselves: a pairing by position compares the table's order
            // with the JSON's, which need not agree.
            for p in json.pairs where p.reason != .position { keyOfRow[p.row.nameRange] = p.key.key }
            for (i, row) in page.enumerated() where sourceOf[i] == nil {
                guard let key = keyOfRow[row.nameRange], let j = firstFree(named: key) else { continue }
                pair(i, j, .json)
            }
        }
        // Keep only pairings that preserve order (the longest run of increasing source indices), so a
        // row matched far out of place does not hide the gaps around it.
        let anchors = RowAlignment.increasingRun(sourceOf)
        for i in page.indices where sourceOf[i] != nil && !anchors.contains(i) {
            // A pairing by name stays even out of order; weaker evidence does not.
            if reasonOf[i] != .name, let j = sourceOf[i] {
                taken[j] = false
                sourceOf[i] = nil
                reasonOf[i] = nil
            }
        }
        // Position: equal runs of leftovers between the same anchors pair in order.
        var previousPage = -1
        var previousSource = -1
        let anchorList = anchors.sorted() + [page.count]
        for anchor in anchorList {
            let nextSource = anchor < page.count ? (sourceOf[anchor] ?? source.count) : source.count
            let freePage = ((previousPage + 1)..<anchor).filter { sourceOf[$0] == nil }
            let freeSource =
                (previousSource + 1) < nextSource ? ((previousSource + 1)..<nextSource).filter { !taken[$0] } : []
            if !freePage.isEmpty && freePage.count == freeSource.count {
                for (i, j) in zip(freePage, freeSource) { pair(i, j, .position) }
            }
            previousPage = anchor
            if anchor < page.count, let j = sourceOf[anchor] { previousSource = j }
        }
        pairs = page.indices.compactMap { i in
            guard let j = sourceOf[i], let reason = reasonOf[i] else { return nil }
            return Pair(page: page[i], source: source[j], reason: reason)
        }
        dropped = source.indices.filter { !taken[$0] }.map { source[$0] }
        added = page.indices.filter { sourceOf[$0] == nil }.map { page[$0] }
    }

    /// The page indices of the longest subsequence of pairings whose source indices increase.
    static func increasingRun(_ sourceOf: [Int?]) -> Set<Int> {
        let indices = sourceOf.indices.filter { sourceOf[$0] != nil }
        guard !indices.isEmpty else { return [] }
        // O(n²) is fine: tables have tens of rows.
        var length = [Int](repeating: 1, count: indices.count)
        var previous = [Int?](repeating: nil, count: indices.count)
        for a in indices.indices {
            for b in 0..<a where sourceOf[indices[b]]! < sourceOf[indices[a]]! && length[b] + 1 > length[a] {
                length[a] = length[b] + 1
                previous[a] = b
            }
        }
        var best = length.indices.max { length[$0] < length[$1] }
        var run: Set<Int> = []
        while let k = best {
            run.insert(indices[k])
            best = previous[k]
        }
        return run
    }
}
