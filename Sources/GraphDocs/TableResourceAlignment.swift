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

        // rowMatch[i] = index of the key matched to row i.
        var rowMatch = [Int?](repeating: nil, count: rows.count)
        var keyTaken = [Bool](repeating: false, count: keys.count)
        for (i, row) in rows.enumerated() {
            if let k = keyIndexByName[row.displayName], !keyTaken[k] {
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
        for (i, row) in rows.enumerated() where rowMatch[i] == nil {
            let lower = row.displayName.lowercased()
            if let k = keys.indices.first(where: { !keyTaken[$0] && keys[$0].key.lowercased() == lower }) {
                pair(i, k, .caseOnly)
            } else if let source = row.sourceName, let k = keyIndexByName[source], !keyTaken[k] {
                pair(i, k, .sourceText)
            }
        }
        // Spelling: equal once case and punctuation are dropped.
        for (i, row) in rows.enumerated() where rowMatch[i] == nil {
            let folded = TableResourceAlignment.fold(row.displayName)
            guard !folded.isEmpty else { continue }
            let candidates = keys.indices.filter {
                !keyTaken[$0] && TableResourceAlignment.fold(keys[$0].key) == folded
            }
            if candidates.count == 1 { pair(i, candidates[0], .spelling) }
        }
        // Type: a row linking to type T and the only leftover key whose sketch is `{"@odata.type": "…T"}`.
        for (i, row) in rows.enumerated() where rowMatch[i] == nil {
            guard let type = row.typeExpression, case .named(let name) = type.base else { continue }
            let lower = name.lowercased()
            let candidates = keys.indices.filter {
                !keyTaken[$0] && TableResourceAlignment.sketchType(keys[$0].value) == lower
            }
            let rivals = rows.indices.filter { j in
                guard rowMatch[j] == nil, let t = rows[j].typeExpression, case .named(let n) = t.base else {
                    return false
                }
                return n.lowercased() == lower
            }
            if candidates.count == 1 && rivals == [i] { pair(i, candidates[0], .type) }
        }
        // Position: a leftover row and a leftover key that are alone between the same matched neighbours.
        var changed = true
        while changed {
            changed = false
            for (i, _) in rows.enumerated() where rowMatch[i] == nil {
                var low = -1
                var high = keys.count
                var j = i - 1
                while j >= 0 {
                    if let k = rowMatch[j] {
                        low = k
                        break
                    }
                    j -= 1
                }
                var rowLow = j
                j = i + 1
                while j < rows.count {
                    if let k = rowMatch[j] {
                        high = k
                        break
                    }
                    j += 1
                }
                var rowHigh = j
                guard low < high else { continue }
                let freeKeys = (low + 1..<high).filter { !keyTaken[$0] }
                rowLow += 1
                rowHigh -= 1
                let freeRows = rowLow <= rowHigh ? (rowLow...rowHigh).filter { rowMatch[$0] == nil } : []
                // Translation keeps row order, and en-US pages list the JSON keys in the table's order:
                // equal runs of leftovers between the same neighbours pair up in order, unless a
                // row's type plainly contradicts its key's placeholder.
                if !freeKeys.isEmpty && freeKeys.count == freeRows.count && freeRows.first == i
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
