import JSONCore

/// How a page's property-table rows line up with the keys of its JSON representation.
///
/// Rows and keys are matched by name; the leftovers are paired when the evidence says they are the
/// same property under two spellings — a case change, the English source text of a bilingual
/// page, or a single leftover on each side between the same matched neighbours (translation keeps
/// a table's row order) — so the ru-RU row `Контекст` is reported once, as the key `clientContext`.
public struct TableResourceAlignment: Sendable {
    /// Why a row and a key were paired.
    public enum PairReason: Sendable, Hashable {
        /// The names differ only in letter case.
        case caseOnly
        /// The bilingual page's English source text of the cell names the key.
        case sourceText
        /// The names are equal once case and punctuation are ignored (`background-color`, `device;`).
        case spelling
        /// The row's linked type is the type the key's `@odata.type` names, and no other leftover has it.
        case type
        /// The transliterated row sounds like the key (`коннектионурл` for `connectionUrl`), and like no other.
        case sound
        /// The only leftovers between the same matched neighbours (or the only ones on the page).
        case position
    }

    /// A row and a key that name the same property under different spellings.
    public struct Pair: Sendable {
        /// The table row.
        public var row: PropertyTable.Row
        /// The JSON member.
        public var key: JSONObject.Member
        /// The evidence.
        public var reason: PairReason
    }

    /// The resource the rows were compared with.
    public var resource: ResourceSketch
    /// Rows and keys that belong together but are spelled differently.
    public var pairs: [Pair]
    /// Rows with no counterpart in the JSON.
    public var unmatchedRows: [PropertyTable.Row]
    /// JSON keys with no row.
    public var unmatchedKeys: [JSONObject.Member]
    /// How many row/key pairs the sound pass compared (what keeps it linear on long tables, for tests).
    var soundComparisons = 0

    /// Aligns the page's property rows with its first JSON representation block; `nil` when the
    /// page lacks either.
    public init?(_ page: GraphPage) {
        guard let resource = page.resources.first else { return nil }
        let rows = page.propertyRows(describing: resource)
        guard !rows.isEmpty else { return nil }
        self.init(rows: rows, resource: resource, relationships: page.relationshipNames)
    }

    /// Aligns `rows` with `resource`'s keys. Keys named in `relationships` (lowercased names of the
    /// Relationships table's rows) are navigation properties, documented there: they take no part,
    /// so they are neither paired with a property row nor reported as undocumented.
    public init(
        rows: [PropertyTable.Row], resource: ResourceSketch, relationships: Set<String> = [],
        soundPairBudget: Int = TableResourceAlignment.soundPairBudget
    ) {
        self.resource = resource
        let keys = resource.properties.filter { !relationships.contains($0.key.lowercased()) }
        var keyIndexByName: [String: Int] = [:]
        for (i, k) in keys.enumerated() where keyIndexByName[k.key] == nil { keyIndexByName[k.key] = i }
        // Every look-up below goes through an index built once, so alignment stays linear in the
        // number of rows and keys (a 50,000-row table must not compare every row with every key).
        let names = rows.map(\.displayName)

        // rowMatch[i] = index of the key matched to row i.
        var rowMatch = [Int?](repeating: nil, count: rows.count)
        var keyTaken = [Bool](repeating: false, count: keys.count)
        for (i, name) in names.enumerated() {
            if let k = keyIndexByName[name], !keyTaken[k] {
                rowMatch[i] = k
                keyTaken[k] = true
            }
        }
        var pairs: [Pair] = []
        func pair(_ i: Int, _ k: Int, _ reason: PairReason) {
            rowMatch[i] = k
            keyTaken[k] = true
            pairs.append(Pair(row: rows[i], key: keys[k], reason: reason))
        }
        // Case-only differences and bilingual source text.
        // The indexes are built only when rows are left over (most tables match by name alone).
        lazy var byLowercase = KeyBuckets(keys.map { $0.key.lowercased() })
        for (i, row) in rows.enumerated() where rowMatch[i] == nil {
            if let k = byLowercase.firstFree(names[i].lowercased(), keyTaken) {
                pair(i, k, .caseOnly)
            } else if let source = row.sourceName, let k = keyIndexByName[source], !keyTaken[k] {
                pair(i, k, .sourceText)
            }
        }
        // Spelling: equal once case and punctuation are dropped.
        lazy var byFolded = KeyBuckets(keys.map { TableResourceAlignment.fold($0.key) })
        for i in rows.indices where rowMatch[i] == nil {
            let folded = TableResourceAlignment.fold(names[i])
            guard !folded.isEmpty else { continue }
            if let k = byFolded.onlyFree(folded, keyTaken) { pair(i, k, .spelling) }
        }
        // Type: a row linking to type T and the only leftover key whose sketch is `{"@odata.type": "…T"}`.
        lazy var bySketchType = KeyBuckets(keys.map { TableResourceAlignment.sketchType($0.value) ?? "" })
        var namedType = [String?](repeating: nil, count: rows.count)
        var unmatchedRowsOfType: [String: Int] = [:]
        for (i, row) in rows.enumerated() where rowMatch[i] == nil {
            guard let type = row.typeExpression, case .named(let name) = type.base else { continue }
            namedType[i] = name.lowercased()
            unmatchedRowsOfType[name.lowercased(), default: 0] += 1
        }
        for i in rows.indices where rowMatch[i] == nil {
            guard let lower = namedType[i], !lower.isEmpty else { continue }
            // The row is the only leftover row of its type (no rival), and one leftover key has it.
            if unmatchedRowsOfType[lower] == 1, let k = bySketchType.onlyFree(lower, keyTaken) {
                pair(i, k, .type)
                unmatchedRowsOfType[lower] = 0
            }
        }
        // Sound: a transliterated row (`коннектионурл`) and the one key it sounds like (`connectionUrl`).
        let soundRows = rows.indices.filter {
            rowMatch[$0] == nil && Transliteration.isTransliterable(rows[$0].displayName)
        }
        if !soundRows.isEmpty {
            let freeKeys = keys.indices.filter { !keyTaken[$0] }
            let window = TableResourceAlignment.neighbourWindows(rowMatch, keyCount: keys.count)
            // Every transliterated row against every free key while that is cheap; on long tables only
            // against the free keys between the row's matched neighbours (translation keeps the order),
            // so the pass stays linear in the table.
            let global = soundRows.count * freeKeys.count <= soundPairBudget
            var candidates: [(row: Int, key: Int, score: Double)] = []
            // Each name's skeleton once; most pages have no transliterated row and compute none.
            var keySkeletons: [Int: String] = [:]
            for i in soundRows {
                let rowSkeleton = Transliteration.skeleton(rows[i].displayName)
                let near = global ? freeKeys : window(i).filter { !keyTaken[$0] }
                soundComparisons += near.count
                for k in near where TableResourceAlignment.compatible(rows[i], keys[k]) {
                    let keySkeleton = keySkeletons[k] ?? Transliteration.skeleton(keys[k].key)
                    keySkeletons[k] = keySkeleton
                    let score = Transliteration.similarity(skeletons: rowSkeleton, keySkeleton)
                    if score >= TableResourceAlignment.soundThreshold { candidates.append((i, k, score)) }
                }
            }
            // Best first; a row or key takes part in one pair, and a tie leaves both undecided.
            candidates.sort { ($0.score, -$0.row, -$0.key) > ($1.score, -$1.row, -$1.key) }
            var byRow: [Int: [Int]] = [:]
            var byKey: [Int: [Int]] = [:]
            for (n, c) in candidates.enumerated() {
                byRow[c.row, default: []].append(n)
                byKey[c.key, default: []].append(n)
            }
            for c in candidates where rowMatch[c.row] == nil && !keyTaken[c.key] {
                let rivals = (byRow[c.row, default: []] + byKey[c.key, default: []]).contains { n in
                    let o = candidates[n]
                    return o.score == c.score && (o.row == c.row) != (o.key == c.key) && rowMatch[o.row] == nil
                        && !keyTaken[o.key]
                }
                if !rivals { pair(c.row, c.key, .sound) }
            }
        }
        // Position: equal runs of leftovers between the same matched neighbours pair up. Translation
        // keeps row order and en-US pages list the JSON keys in the table's order, so the runs pair in
        // order when every pair is compatible; otherwise in the one arrangement whose pairs all are
        // (swapped neighbours), and not at all when there is none or several. Each run of leftover rows
        // is looked at once per round.
        var changed = true
        while changed {
            changed = false
            var i = 0
            while i < rows.count {
                guard rowMatch[i] == nil else {
                    i += 1
                    continue
                }
                var end = i
                while end + 1 < rows.count && rowMatch[end + 1] == nil { end += 1 }
                defer { i = end + 1 }
                let low = i > 0 ? rowMatch[i - 1]! : -1
                let high = end + 1 < rows.count ? rowMatch[end + 1]! : keys.count
                guard low < high else { continue }
                let freeKeys = (low + 1..<high).filter { !keyTaken[$0] }
                let freeRows = Array(i...end)
                // The window holds no key matched to a row outside it (its rows are all leftovers):
                // otherwise the table and the JSON are in different orders here (an alphabetical
                // table), and neighbours say nothing.
                let crossed = (low + 1..<high).contains { keyTaken[$0] }
                guard !crossed, !freeKeys.isEmpty, freeKeys.count == freeRows.count,
                    let order = TableResourceAlignment.arrangement(freeRows.map { rows[$0] }, freeKeys.map { keys[$0] })
                else { continue }
                for (r, k) in zip(freeRows, order.map { freeKeys[$0] }) { pair(r, k, .position) }
                changed = true
            }
        }
        // One leftover on each side of the whole page.
        let leftoverRows = rows.indices.filter { rowMatch[$0] == nil }
        let leftoverKeys = keys.indices.filter { !keyTaken[$0] }
        if leftoverRows.count == 1 && leftoverKeys.count == 1
            && TableResourceAlignment.compatible(rows[leftoverRows[0]], keys[leftoverKeys[0]])
        {
            pair(leftoverRows[0], leftoverKeys[0], .position)
        }
        self.pairs = pairs
        self.unmatchedRows = rows.indices.filter { rowMatch[$0] == nil }.map { rows[$0] }
        self.unmatchedKeys = keys.indices.filter { !keyTaken[$0] }.map { keys[$0] }
    }

    /// The similarity of sound from which a transliterated row is taken for a key.
    static let soundThreshold = 0.75

    /// Up to how many row/key comparisons the sound pass compares every transliterated row with every
    /// free key; above it, each row only with the free keys between its matched neighbours.
    public static let soundPairBudget = 100_000

    /// For each row, the range of key indices strictly between the keys of its nearest matched rows
    /// above and below (empty when they are out of order): computed for all rows in two passes.
    static func neighbourWindows(_ rowMatch: [Int?], keyCount: Int) -> (Int) -> Range<Int> {
        var below = [Int](repeating: -1, count: rowMatch.count)
        var last = -1
        for i in rowMatch.indices {
            below[i] = last
            if let k = rowMatch[i] { last = k }
        }
        var above = [Int](repeating: keyCount, count: rowMatch.count)
        var next = keyCount
        for i in rowMatch.indices.reversed() {
            above[i] = next
            if let k = rowMatch[i] { next = k }
        }
        return { i in below[i] < above[i] ? (below[i] + 1)..<above[i] : 0..<0 }
    }

    /// How `rows` pair with `keys` (equal counts): the key index for each row, in order when every pair
    /// is compatible, else the one arrangement whose pairs all are; `nil` when there is none or several
    /// (runs longer than six are only paired in order).
    static func arrangement(_ rows: [PropertyTable.Row], _ keys: [JSONObject.Member]) -> [Int]? {
        let n = rows.count
        let fits = rows.map { row in keys.map { compatible(row, $0) } }
        let identity = Array(0..<n)
        if identity.allSatisfy({ fits[$0][$0] }) { return identity }
        guard n <= 6 else { return nil }
        var found: [Int]?
        var count = 0
        var used = [Bool](repeating: false, count: n)
        var current: [Int] = []
        func search(_ r: Int) {
            if count > 1 { return }
            if r == n {
                count += 1
                found = current
                return
            }
            for k in 0..<n where !used[k] && fits[r][k] {
                used[k] = true
                current.append(k)
                search(r + 1)
                current.removeLast()
                used[k] = false
            }
        }
        search(0)
        return count == 1 ? found : nil
    }

    /// Whether a row's type and a key's placeholder value could describe the same property, for pairing
    /// them without name evidence: a collection row needs an array (or a one-object sketch of one, or a
    /// `"[String]"` placeholder), a single-value row must not have an array; the kinds of value must agree
    /// (a Boolean row is not a `"String"` key, a String row not an object of a named type). Unknown types
    /// are compatible with anything.
    static func compatible(_ row: PropertyTable.Row, _ key: JSONObject.Member) -> Bool {
        guard let type = row.typeExpression, type.typeName != nil else { return true }
        var value = key.value
        let keyIsCollection = value.arrayValue != nil || SketchDisagreement.isCollectionPlaceholder(value)
        if type.isCollection != keyIsCollection {
            switch value.kind {
            // Sketches sometimes show a collection by one element, or leave the value out.
            case .object, .null: if !type.isCollection { return false }
            case .array(let elements): if !elements.isEmpty { return false }
            default: return false
            }
        }
        if let first = value.arrayValue?.first { value = first }
        // A primitive (other than untyped JSON) is never an object, whatever the object's sketch says.
        if case .primitive(let p) = type.base, p != .untypedJSON, p != .stream, value.objectValue != nil,
            TableResourceAlignment.sketchQualifiedType(value) == nil
        {
            return false
        }
        // Different type names are no contradiction: sketches often show a derived type.
        return SketchDisagreement.Category(type).isCompatible(with: SketchDisagreement.Category(value))
    }

    /// Key indices grouped by a derived name (lowercased, folded, sketch type), each group in key order.
    struct KeyBuckets {
        private var groups: [String: [Int]] = [:]
        /// Per group, how many leading entries are known to be taken (taken keys never come back).
        private var skipped: [String: Int] = [:]

        init(_ names: [String]) {
            for (i, name) in names.enumerated() { groups[name, default: []].append(i) }
        }

        /// The first key of group `name` not yet taken.
        mutating func firstFree(_ name: String, _ taken: [Bool]) -> Int? {
            guard let group = groups[name] else { return nil }
            var n = skipped[name] ?? 0
            while n < group.count && taken[group[n]] { n += 1 }
            skipped[name] = n
            return n < group.count ? group[n] : nil
        }

        /// The key of group `name` not yet taken, when exactly one is not.
        mutating func onlyFree(_ name: String, _ taken: [Bool]) -> Int? {
            guard let first = firstFree(name, taken), let group = groups[name] else { return nil }
            let start = skipped[name]! + 1
            for j in start..<group.count where !taken[group[j]] { return nil }
            return first
        }
    }

    /// A name reduced to lowercase ASCII letters and digits (`background-color` → `backgroundcolor`).
    static func fold(_ name: String) -> String {
        // An ASCII name (almost every one) by byte; otherwise lowercasing may itself make ASCII letters
        // (the Kelvin sign is `k`, `İ` is `i` and a combining dot), so the scalars are lowered first.
        var folded: [UInt8] = []
        folded.reserveCapacity(name.utf8.count)
        for b in name.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): folded.append(b)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): folded.append(b | 0x20)
            case 0x80...:
                return String(
                    String.UnicodeScalarView(
                        name.lowercased().unicodeScalars.filter {
                            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))
                        }))
            default: continue
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// The lowercased last component of the `@odata.type` a key's sketch value names (also inside a one-element array).
    static func sketchType(_ value: JSONValue) -> String? {
        sketchQualifiedType(value)?.split(separator: ".").last.map { $0.lowercased() }
    }

    /// The qualified type a key's sketch value names by `@odata.type` (`microsoft.graph.resultInfo`), if any.
    public static func sketchQualifiedType(_ value: JSONValue) -> String? {
        var v = value
        if let first = v.arrayValue?.first { v = first }
        guard let name = v["@odata.type"]?.stringValue, !name.isEmpty else { return nil }
        return TypeDefinition.qualified(name)
    }
}
