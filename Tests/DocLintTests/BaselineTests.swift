import DocLint
import SourceText
import Testing

/// Fingerprints survive edits elsewhere in the page, and baselines read back what they wrote.
@Suite struct BaselineTests {
    static let page = """
        | Property | Type | Description |
        |:---|:---|:---|
        | id | Строка | The id. |
        | name | Строка | The name. |

        """

    static func findings(_ markdown: String, path: String = "docs/a.md") -> [Finding] {
        Linter(rules: [RuleRegistry.rule(named: "DL205")!.init()]).lint(path: path, bytes: Array(markdown.utf8))
            .findings().findings
    }

    @Test func fingerprintsSurviveLinesAddedAboveAndReindentation() {
        let before = Self.findings(Self.page)
        #expect(before.count == 2)
        #expect(Set(before.map(\.fingerprint)).count == 2)
        let shifted = Self.findings(
            "# Title\n\nSome text.\n\n" + Self.page.replacingOccurrences(of: "| id |", with: "|   id   |"))
        #expect(shifted.map(\.span.start.line) == before.map { $0.span.start.line + 4 })
        #expect(shifted.map(\.fingerprint) == before.map(\.fingerprint))
        // Another file, or another line, is another finding.
        #expect(Self.findings(Self.page, path: "docs/b.md").map(\.fingerprint) != before.map(\.fingerprint))
        let renamed = Self.findings(Self.page.replacingOccurrences(of: "| name |", with: "| title |"))
        #expect(renamed[0].fingerprint == before[0].fingerprint)
        #expect(renamed[1].fingerprint != before[1].fingerprint)
    }

    @Test func equalFindingsOnEqualLinesAreCounted() {
        let row = "| id | Строка | The id. |\n"
        let twice = Self.findings("| Property | Type | Description |\n|:---|:---|:---|\n" + row + row)
        #expect(twice.count == 2)
        #expect(twice[0].fingerprint != twice[1].fingerprint)
        let once = Self.findings("| Property | Type | Description |\n|:---|:---|:---|\n" + row)
        // Removing one of two equal rows leaves the other matching the first fingerprint.
        #expect(once.map(\.fingerprint) == [twice[0].fingerprint])
    }

    @Test func baselineRoundTripsAndFiltersByFingerprint() throws {
        let findings = Self.findings(Self.page)
        let baseline = Baseline(entries: findings.map(Baseline.Entry.init))
        let text = baseline.json()
        #expect(text.hasPrefix("{\n  \"doclint-baseline\": 1,\n  \"findings\": [\n    {\"fingerprint\":"))
        let read = try Baseline(bytes: Array(text.utf8), path: "b.json")
        #expect(read.entries == baseline.entries)
        #expect(findings.allSatisfy(read.contains))
        let other = Self.findings(Self.page, path: "docs/other.md")
        #expect(!other.contains(where: read.contains))
        #expect(try Baseline(bytes: Array(Baseline(entries: []).json().utf8), path: "e.json").entries.isEmpty)
    }

    @Test func aBadBaselineIsAnErrorAtItsPosition() {
        func error(_ text: String) -> String {
            do {
                _ = try Baseline(bytes: Array(text.utf8), path: "b.json")
                return "no error"
            } catch {
                return error.description
            }
        }
        #expect(error("{\"doclint-baseline\": 1, \"findings\": [}").hasPrefix("b.json:1:"))
        #expect(error("[]") == "b.json:1:1: not a doclint baseline (expected an object with '\"doclint-baseline\": 1')")
        #expect(error("{\"doclint-baseline\": 1, \"findings\": {}}") == "b.json:1:1: 'findings' must be an array")
        #expect(
            error("{\"doclint-baseline\": 1,\n \"findings\": [{\"path\": \"a\"}]}")
                == "b.json:2:15: each finding needs a string 'fingerprint'")
    }
}
