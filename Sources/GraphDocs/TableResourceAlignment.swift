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
    public init(rows: [PropertyTable.Row], resource: ResourceSketch, relationships: Set<String> = []) {
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
        // Position: a leftover row and a leftover key that are alone between the same matched neighbours.
        // Translation keeps row order, and en-US pages list the JSON keys in the table's order: equal
        // runs of leftovers between the same neighbours pair up in order, unless a row's type plainly
        // contradicts its key's placeholder. Each run of leftover rows is looked at once per round.
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
                if !freeKeys.isEmpty && freeKeys.count == freeRows.count
                    && zip(freeRows, freeKeys).allSatisfy({ TableResourceAlignment.compatible(rows[$0], keys[$1]) })
                {
                    for (r, k) in zip(freeRows, freeKeys) { pair(r, k, .position) }
                    changed = true
                }
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

    /// Whether a row's type and a key's placeholder value could describe the same property: a
    /// collection row needs an array, a Boolean or number row must not have a placeholder of the
    /// other kind. Unknown types are compatible with anything.
    static func compatible(_ row: PropertyTable.Row, _ key: JSONObject.Member) -> Bool {
        guard let type = row.typeExpression, type.typeName != nil else { return true }
        let value = key.value
        if type.isCollection != (value.arrayValue != nil) {
            // Sketches sometimes show a collection by one element; only a scalar literal contradicts.
            if type.isCollection, case .bool = value.kind { return false }
            if !type.isCollection && value.arrayValue != nil { return false }
        }
        guard !type.isCollection, case .primitive(let p) = type.base else { return true }
        switch value.kind {
        case .bool: return p == .boolean
        case .number: return [.byte, .sbyte, .int16, .int32, .int64, .single, .double, .decimal].contains(p)
        case .object: return p == .untypedJSON
        default: return true
        }
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
        String(
            String.UnicodeScalarView(
                name.lowercased().unicodeScalars.filter {
                    $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))
                }))
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
