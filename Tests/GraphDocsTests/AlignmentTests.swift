import Foundation
import Testing

@testable import GraphDocs

/// The row/key alignment, checked against the straightforward quadratic algorithm it replaced, on
/// random tables full of near-collisions (case, punctuation, shared sketch types, translated rows).
@Suite struct AlignmentTests {
    /// A deterministic generator (SplitMix64), so a failure reproduces.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    static let names = [
        "id", "Id", "ID", "name", "Name", "display-name", "displayName", "displayname", "Свойство", "Имя", "value",
        "Value", "kind", "owner", "parts", "a_b", "ab", "AB", "Контекст",
    ]
    static let rowTypes = [
        "String", "Int32", "Boolean", "[thing](thing.md)", "[thing](thing.md) collection", "[other](other.md)",
    ]
    static let sketches = [
        "\"String\"", "1", "true", "{ \"@odata.type\": \"microsoft.graph.thing\" }",
        "[{ \"@odata.type\": \"microsoft.graph.thing\" }]", "{ \"@odata.type\": \"microsoft.graph.other\" }",
        "[\"String\"]",
    ]

    func randomPage(_ random: inout Random) -> GraphPage {
        let rowCount = Int(random.next() % 12)
        let keyCount = Int(random.next() % 12)
        var markdown = "| Property | Type | Description |\n|:--|:--|:--|\n"
        for _ in 0..<rowCount {
            markdown += "| \(random.pick(Self.names)) | \(random.pick(Self.rowTypes)) | D. |\n"
        }
        var members: [String] = []
        for _ in 0..<keyCount {
            members.append("\"\(random.pick(Self.names))\": \(random.pick(Self.sketches))")
        }
        markdown +=
            "\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ "
            + members.joined(separator: ", ") + " }\n```\n"
        return GraphPage(path: "x.md", bytes: Array(markdown.utf8))
    }

    @Test func matchesTheQuadraticAlgorithmOnRandomTables() {
        var random = Random(state: 20_240_601)
        var compared = 0
        for _ in 0..<3000 {
            let page = randomPage(&random)
            guard let resource = page.resources.first else { continue }
            let rows = page.propertyRows(describing: resource)
            // Both ways of the sound pass: every row with every key, and (budget 0) each row with its window.
            for budget in [TableResourceAlignment.soundPairBudget, 0] {
                let fast = TableResourceAlignment(rows: rows, resource: resource, soundPairBudget: budget)
                let slow = Reference(rows: rows, resource: resource, soundPairBudget: budget)
                #expect(fast.pairs.map { "\($0.row.displayName)=\($0.key.key)/\($0.reason)" } == slow.pairs)
                #expect(fast.unmatchedRows.map(\.displayName) == slow.unmatchedRows)
                #expect(fast.unmatchedKeys.map(\.key) == slow.unmatchedKeys)
            }
            compared += 1
        }
        #expect(compared > 2000)
    }

    @Test func longTablesAlignInLinearTime() {
        // 20,000 rows, every tenth translated: comparing every leftover row with every leftover key took seconds.
        var markdown = "| Property | Type | Description |\n|:--|:--|:--|\n"
        var members: [String] = []
        for i in 0..<20_000 {
            markdown += "| \(i % 10 == 3 ? "Свойство\(i)" : "p\(i)") | String | D. |\n"
            members.append("\"p\(i)\": \"String\"")
        }
        markdown +=
            "\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ "
            + members.joined(separator: ", ") + " }\n```\n"
        let page = GraphPage(path: "x.md", bytes: Array(markdown.utf8))
        let alignment = TableResourceAlignment(page)
        #expect(alignment?.pairs.count == 2000)
        #expect(alignment?.unmatchedRows.isEmpty == true)
        // Each translated row is compared with the one free key between its neighbours, not with all 2,000.
        #expect(alignment?.soundComparisons == 2000)
    }

    /// The alignment written the straightforward way: every search a scan of all rows or keys.
    struct Reference {
        var pairs: [String] = []
        var unmatchedRows: [String] = []
        var unmatchedKeys: [String] = []

        init(rows: [PropertyTable.Row], resource: ResourceSketch, soundPairBudget: Int) {
            let keys = resource.properties
            var keyIndexByName: [String: Int] = [:]
            for (i, k) in keys.enumerated() where keyIndexByName[k.key] == nil { keyIndexByName[k.key] = i }
            var rowMatch = [Int?](repeating: nil, count: rows.count)
            var keyTaken = [Bool](repeating: false, count: keys.count)
            for (i, row) in rows.enumerated() {
                if let k = keyIndexByName[row.displayName], !keyTaken[k] {
                    rowMatch[i] = k
                    keyTaken[k] = true
                }
            }
            var pairs: [String] = []
            func pair(_ i: Int, _ k: Int, _ reason: TableResourceAlignment.PairReason) {
                rowMatch[i] = k
                keyTaken[k] = true
                pairs.append("\(rows[i].displayName)=\(keys[k].key)/\(reason)")
            }
            for (i, row) in rows.enumerated() where rowMatch[i] == nil {
                let lower = row.displayName.lowercased()
                if let k = keys.indices.first(where: { !keyTaken[$0] && keys[$0].key.lowercased() == lower }) {
                    pair(i, k, .caseOnly)
                } else if let source = row.sourceName, let k = keyIndexByName[source], !keyTaken[k] {
                    pair(i, k, .sourceText)
                }
            }
            for (i, row) in rows.enumerated() where rowMatch[i] == nil {
                let folded = TableResourceAlignment.fold(row.displayName)
                guard !folded.isEmpty else { continue }
                let candidates = keys.indices.filter {
                    !keyTaken[$0] && TableResourceAlignment.fold(keys[$0].key) == folded
                }
                if candidates.count == 1 { pair(i, candidates[0], .spelling) }
            }
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
            // Sound: a transliterated row and the one key it sounds like (best first; ties undecided).
            var soundCandidates: [(row: Int, key: Int, score: Double)] = []
            let soundRows = rows.indices.filter {
                rowMatch[$0] == nil && Transliteration.isTransliterable(rows[$0].displayName)
            }
            let freeKeyCount = keys.indices.filter { !keyTaken[$0] }.count
            let global = soundRows.count * freeKeyCount <= soundPairBudget
            for i in soundRows {
                let row = rows[i]
                // On long tables, only the keys between the row's nearest matched neighbours.
                var low = -1
                var high = keys.count
                if let above = rows.indices.prefix(i).last(where: { rowMatch[$0] != nil }) { low = rowMatch[above]! }
                if let below = rows.indices.suffix(from: i + 1).first(where: { rowMatch[$0] != nil }) {
                    high = rowMatch[below]!
                }
                let near = global ? Array(keys.indices) : (low < high ? Array((low + 1)..<high) : [])
                for k in near where !keyTaken[k] && TableResourceAlignment.compatible(row, keys[k]) {
                    let score = Transliteration.similarity(
                        skeletons: Transliteration.skeleton(row.displayName), Transliteration.skeleton(keys[k].key))
                    if score >= TableResourceAlignment.soundThreshold { soundCandidates.append((i, k, score)) }
                }
            }
            soundCandidates.sort { ($0.score, -$0.row, -$0.key) > ($1.score, -$1.row, -$1.key) }
            for c in soundCandidates where rowMatch[c.row] == nil && !keyTaken[c.key] {
                let rivals = soundCandidates.filter {
                    $0.score == c.score && ($0.row == c.row) != ($0.key == c.key)
                        && rowMatch[$0.row] == nil && !keyTaken[$0.key]
                }
                if rivals.isEmpty { pair(c.row, c.key, .sound) }
            }
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
                    let crossed = (low + 1..<high).contains { k in
                        keyTaken[k] && !(rowLow...max(rowLow, rowHigh)).contains { rowMatch[$0] == k }
                    }
                    guard !crossed, !freeKeys.isEmpty, freeKeys.count == freeRows.count, freeRows.first == i,
                        let order = TableResourceAlignment.arrangement(
                            freeRows.map { rows[$0] }, freeKeys.map { keys[$0] })
                    else { continue }
                    for (r, k) in zip(freeRows, order.map { freeKeys[$0] }) { pair(r, k, .position) }
                    changed = true
                }
            }
            let leftoverRows = rows.indices.filter { rowMatch[$0] == nil }
            let leftoverKeys = keys.indices.filter { !keyTaken[$0] }
            if leftoverRows.count == 1 && leftoverKeys.count == 1
                && TableResourceAlignment.compatible(rows[leftoverRows[0]], keys[leftoverKeys[0]])
            {
                pair(leftoverRows[0], leftoverKeys[0], .position)
            }
            self.pairs = pairs
            unmatchedRows = rows.indices.filter { rowMatch[$0] == nil }.map { rows[$0].displayName }
            unmatchedKeys = keys.indices.filter { !keyTaken[$0] }.map { keys[$0].key }
        }
    }
}
