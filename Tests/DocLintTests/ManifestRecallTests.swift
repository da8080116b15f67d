import DocLint
import Foundation
import JSONCore
import Testing

/// Measures how many of the findings `docs-samples/MANIFEST.json` expects doclint reports, by kind,
/// and holds the count to a committed floor so a change cannot lose any silently.
@Suite struct ManifestRecallTests {
    /// The rules that report each expected kind (a finding counts when one of them fires on its line).
    static let rulesByKind: [String: Set<String>] = [
        "translated-property-name": ["DL201", "DL203"],
        "property-name-case-changed": ["DL204"],
        "translated-type": ["DL205", "DL207"],
        "translated-enum-member": ["DL206"],
        "table-row-split": ["DL109"],
        "table-name-not-in-json": ["DL201"],
        "json-key-not-in-table": ["DL202"],
        // Needs the en-US source page (drift checks): not reported from the page alone yet.
        "type-case-changed": [],
        "translated-enum-value": [],
    ]

    /// Found findings per kind at the time of the last change; raise these as doclint improves.
    static let floor: [String: Int] = [
        "translated-property-name": 31, "property-name-case-changed": 8, "translated-type": 28,
        "translated-enum-member": 15, "table-row-split": 2, "json-key-not-in-table": 8,
    ]

    struct Expected {
        var file: URL
        var display: String
        var kind: String
        var line: Int
    }

    static func expectations() throws -> [Expected] {
        var result: [Expected] = []
        for (base, item) in try TestSupport.manifestItems() {
            guard let file = item["file"]?.stringValue else { continue }
            for finding in item["expected_findings"]?.arrayValue ?? [] {
                guard let kind = finding["kind"]?.stringValue, let line = finding["line"]?.numberValue?.int64 else {
                    continue
                }
                result.append(
                    Expected(file: base.appendingPathComponent(file), display: file, kind: kind, line: Int(line)))
            }
        }
        return result
    }

    @Test func recallByKind() throws {
        let expected = try Self.expectations()
        #expect(expected.count > 90, "the manifests list fewer findings than expected")
        var reports: [URL: FileReport] = [:]
        var found: [String: Int] = [:]
        var total: [String: Int] = [:]
        var missed: [String] = []
        for e in expected {
            if reports[e.file] == nil { reports[e.file] = try TestSupport.lint(file: e.file, displayPath: e.display) }
            let report = reports[e.file]!
            total[e.kind, default: 0] += 1
            let rules = Self.rulesByKind[e.kind] ?? []
            let hit = report.diagnostics.contains { d in
                rules.contains(d.rule.code) && report.lines.position(of: d.range.start).line == e.line
            }
            if hit { found[e.kind, default: 0] += 1 } else { missed.append("\(e.display):\(e.line) \(e.kind)") }
        }
        for kind in total.keys.sorted() {
            print("manifest recall: \(kind): \(found[kind, default: 0])/\(total[kind]!)")
        }
        print(
            "manifest recall: \(found.values.reduce(0, +))/\(expected.count) in all; missed:\n  "
                + missed.joined(separator: "\n  "))
        for (kind, minimum) in Self.floor {
            #expect(
                found[kind, default: 0] >= minimum, "\(kind): \(found[kind, default: 0]) found, floor is \(minimum)")
        }
    }
}
