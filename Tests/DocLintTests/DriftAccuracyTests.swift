import DocLint
import Foundation
import GraphDocs
import JSONCore
import Testing

/// Recall and precision by kind on the manifests' annotated pages (`docs-samples/MANIFEST.json` and the
/// four candidates kept as fixtures: together the full candidate manifest), linted alone and compared
/// with their en-US sources (`docs-samples/en-US-sources/<commit>/`), held to committed floors.
///
/// A finding predicts a kind on its line; it is right when the manifest expects that kind on that line.
/// Precision is measured on the pages whose findings the manifest lists (every expected finding, or
/// none for a clean page); recall on every expected finding.
@Suite struct DriftAccuracyTests {
    /// The kinds each rule reports, the first being the one a finding counts as when its line expects none.
    static let kindsByRule: [String: [String]] = [
        "DL109": ["table-row-split"],
        "DL201": ["translated-property-name", "table-name-not-in-json"], "DL203": ["translated-property-name"],
        "DL202": ["json-key-not-in-table"], "DL204": ["property-name-case-changed"],
        "DL205": ["translated-type"], "DL207": ["translated-type"], "DL206": ["translated-enum-member"],
        "DL402": ["translated-property-name"], "DL403": ["property-name-case-changed"],
        "DL404": ["translated-type"], "DL405": ["type-case-changed"],
        "DL406": ["translated-enum-member"], "DL407": ["translated-enum-member-case"],
        "DL408": ["translated-enum-value"],
    ]
    /// Kinds that are letter-case changes only, reported apart.
    static let caseOnlyKinds: Set<String> = [
        "property-name-case-changed", "type-case-changed", "translated-enum-member-case",
    ]

    /// Expected findings found per kind with the source, at the last change (raise as doclint improves).
    static let recallFloorWithSource: [String: Int] = [
        "json-key-not-in-table": 8, "property-name-case-changed": 8, "table-row-split": 2,
        "translated-enum-member": 22, "translated-enum-value": 2, "translated-property-name": 31,
        "translated-type": 28, "type-case-changed": 1,
    ]
    /// Kinds only a page's own consistency shows (no en-US source needed, none compared with it).
    static let pageOnlyKinds: Set<String> = ["json-key-not-in-table", "table-name-not-in-json", "table-row-split"]
    static let precisionFloor = 0.95
    static let recallFloor = 0.95

    struct Expected: Hashable {
        var file: String
        var line: Int
        var kind: String
    }

    struct Page {
        var url: URL
        var display: String
        var annotated: Bool
    }

    static func manifest() throws -> (pages: [Page], expected: Set<Expected>) {
        var pages: [Page] = []
        var expected: Set<Expected> = []
        for (base, item) in try TestSupport.manifestItems() {
            guard let file = item["file"]?.stringValue else { continue }
            let findings = item["expected_findings"]?.arrayValue
            pages.append(Page(url: base.appendingPathComponent(file), display: file, annotated: findings != nil))
            for finding in findings ?? [] {
                guard let kind = finding["kind"]?.stringValue, let line = finding["line"]?.numberValue?.int64 else {
                    continue
                }
                let subkind = finding["subkind"]?.stringValue
                let counted = kind == "translated-enum-member" && subkind == "case-only" ? kind + "-case" : kind
                expected.insert(Expected(file: file, line: Int(line), kind: counted))
            }
        }
        return (pages, expected)
    }

    /// Each page's findings as (line, rule) pairs, linted alone or compared with the committed sources
    /// (every rule, or only the `DL4xx` ones, as `doclint drift` runs).
    static func findings(_ pages: [Page], withSource: Bool, driftOnly: Bool = false) throws -> [String: [(
        line: Int, rule: String
    )]] {
        let rules = RuleRegistry.all.filter { !driftOnly || $0.descriptor.id.code.hasPrefix("DL4") }
        var linter = Linter(rules: rules.map { $0.init() }, source: FolderSource())
        if withSource {
            let locator = FolderSourceLocator(
                source: FolderSource(), root: TestSupport.samples.appendingPathComponent("en-US-sources").path)
            linter.sources = try SourcePairing(
                locator: locator, pages: pages.map { ($0.url.path, LocalizedPath($0.display).relative) },
                read: FolderSource.readFile)
        }
        var result: [String: [(line: Int, rule: String)]] = [:]
        for page in pages {
            let bytes = [UInt8](try Data(contentsOf: page.url))
            let report = linter.lint(path: page.url.path, bytes: bytes)
            // The manifest annotates property, relationship and member tables only (none of its expected
            // findings is in a Methods table): findings on Methods-table rows are outside what it measures.
            let model = GraphPage(path: page.url.path, bytes: bytes)
            let methodRows = model.propertyTables.filter { $0.kind == .methods }.flatMap(\.rows).map(\.range)
            result[page.display] = report.diagnostics.filter { d in
                !methodRows.contains { $0.start <= d.range.start && d.range.start < $0.end }
            }.map { (report.lines.position(of: $0.range.start).line, $0.rule.code) }
        }
        return result
    }

    struct Score {
        var expected = 0
        var found = 0
        var predicted = 0
        var right = 0
        var recall: Double { expected == 0 ? 1 : Double(found) / Double(expected) }
        var precision: Double { predicted == 0 ? 1 : Double(right) / Double(predicted) }
        mutating func add(_ other: Score) {
            expected += other.expected
            found += other.found
            predicted += other.predicted
            right += other.right
        }
    }

    static func score(_ pages: [Page], _ expected: Set<Expected>, _ findings: [String: [(line: Int, rule: String)]])
        -> (byKind: [String: Score], missed: [Expected], wrong: [String], unmapped: [String: Int])
    {
        var byKind: [String: Score] = [:]
        var predicted: Set<Expected> = []
        var unmapped: [String: Int] = [:]
        let annotated = Set(pages.filter(\.annotated).map(\.display))
        for (file, list) in findings {
            for (line, rule) in list {
                guard let kinds = kindsByRule[rule] else {
                    if annotated.contains(file) { unmapped[rule, default: 0] += 1 }
                    continue
                }
                let kind = kinds.first { expected.contains(Expected(file: file, line: line, kind: $0)) } ?? kinds[0]
                predicted.insert(Expected(file: file, line: line, kind: kind))
            }
        }
        var missed: [Expected] = []
        for e in expected {
            byKind[e.kind, default: Score()].expected += 1
            if predicted.contains(e) { byKind[e.kind, default: Score()].found += 1 } else { missed.append(e) }
        }
        var wrong: [String] = []
        for p in predicted where annotated.contains(p.file) {
            byKind[p.kind, default: Score()].predicted += 1
            if expected.contains(p) {
                byKind[p.kind, default: Score()].right += 1
            } else {
                wrong.append("\(p.file):\(p.line) \(p.kind)")
            }
        }
        return (byKind, missed.sorted { ($0.file, $0.line) < ($1.file, $1.line) }, wrong.sorted(), unmapped)
    }

    static func table(_ title: String, _ byKind: [String: Score]) -> (text: String, translation: Score, caseOnly: Score)
    {
        var text = "\(title)\n| kind | recall | precision |\n|---|---:|---:|\n"
        var translation = Score()
        var caseOnly = Score()
        for kind in byKind.keys.sorted() {
            let s = byKind[kind]!
            text += "| \(kind) | \(s.found)/\(s.expected) | \(s.right)/\(s.predicted) |\n"
            if caseOnlyKinds.contains(kind) { caseOnly.add(s) } else { translation.add(s) }
        }
        func percent(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
        text += "| all but case-only | \(translation.found)/\(translation.expected) (\(percent(translation.recall))) | "
        text += "\(translation.right)/\(translation.predicted) (\(percent(translation.precision))) |\n"
        text += "| case-only | \(caseOnly.found)/\(caseOnly.expected) (\(percent(caseOnly.recall))) | "
        text += "\(caseOnly.right)/\(caseOnly.predicted) (\(percent(caseOnly.precision))) |\n"
        return (text, translation, caseOnly)
    }

    @Test func recallAndPrecisionWithAndWithoutTheSource() throws {
        let (pages, expected) = try Self.manifest()
        #expect(expected.count > 90 && pages.filter(\.annotated).count >= 30, "the manifests list less than expected")
        let alone = Self.score(pages, expected, try Self.findings(pages, withSource: false))
        let compared = Self.score(pages, expected, try Self.findings(pages, withSource: true))
        let driftOnly = Self.score(pages, expected, try Self.findings(pages, withSource: true, driftOnly: true))
        let before = Self.table("without the source (doclint lint)", alone.byKind)
        let after = Self.table("with the source (doclint lint --source docs-samples/en-US-sources)", compared.byKind)
        let drift = Self.table("the DL4xx rules alone (doclint drift)", driftOnly.byKind)
        print("drift accuracy:\n" + before.text + "\n" + after.text + "\n" + drift.text)
        print(
            "drift accuracy: missed with the source:\n  "
                + compared.missed.map { "\($0.file):\($0.line) \($0.kind)" }.joined(separator: "\n  "))
        print("drift accuracy: wrong with the source:\n  " + compared.wrong.joined(separator: "\n  "))
        print(
            "drift accuracy: findings of kinds the manifest does not list, on its annotated pages: \(compared.unmapped)"
        )
        // The DL4xx rules alone, on what they can see: pages whose exact source is committed, kinds that
        // compare with it.
        let locator = FolderSourceLocator(
            source: FolderSource(), root: TestSupport.samples.appendingPathComponent("en-US-sources").path)
        var sourced: Set<String> = []
        for page in pages {
            let request = SourceRequest(
                path: LocalizedPath(page.display).relative, page: [UInt8](try Data(contentsOf: page.url)))
            if try locator.locate([request]).first??.exactness == .exact { sourced.insert(page.display) }
        }
        let visible = expected.filter { sourced.contains($0.file) && !Self.pageOnlyKinds.contains($0.kind) }
        let sourcedPages = pages.map {
            Page(url: $0.url, display: $0.display, annotated: $0.annotated && sourced.contains($0.display))
        }
        let driftOnSourced = Self.table(
            "the DL4xx rules alone, on the \(sourced.count) pages with an exact source (kinds that need the source)",
            Self.score(sourcedPages, visible, try Self.findings(pages, withSource: true, driftOnly: true)).byKind)
        print("drift accuracy:\n" + driftOnSourced.text)
        for (kind, minimum) in Self.recallFloorWithSource {
            #expect(
                compared.byKind[kind, default: Score()].found >= minimum,
                "\(kind): fewer found than the floor \(minimum)")
        }
        #expect(
            driftOnSourced.translation.recall >= Self.recallFloor
                && driftOnSourced.translation.precision >= Self.precisionFloor)
        #expect(after.translation.recall >= Self.recallFloor, "recall with the source fell below the floor")
        #expect(after.translation.precision >= Self.precisionFloor, "precision with the source fell below the floor")
        #expect(after.caseOnly.recall >= Self.recallFloor && after.caseOnly.precision >= Self.precisionFloor)
        // The manifest's pages had their code blocks and annotations left alone by translation.
        #expect(compared.unmapped["DL410"] == nil, "code block findings on pages whose blocks translation kept")
    }
}
