import Foundation
import Testing

@Suite struct DriftCommandTests {
    static let locales = ["de-DE", "de-DE-sxs", "ru-RU", "ru-RU-sxs", "zh-CN", "zh-CN-sxs"].map { "docs-samples/\($0)" }
    static let source = ["--source", "docs-samples/en-US-sources"]

    // The parts of docs/drift-json.md the tests read.
    struct Report: Decodable {
        struct Source: Decodable {
            var path: String
            var kind: String
        }
        struct Kind: Decodable {
            var code: String
            var name: String
            var caseOnly: Bool
            var versionDrift: Bool
        }
        struct Counts: Decodable {
            var pages: Int
            var pagesWithFindings: Int
            var sources: [String: Int]
            var severities: [String: Int]
        }
        struct Locale: Decodable {
            var locale: String
            var pages: Int
            var pagesWithFindings: Int
            var findings: [String: Int]
        }
        struct PageSource: Decodable {
            var status: String
            var path: String?
            var revision: String?
            var location: String?
        }
        struct Finding: Decodable {
            struct Side: Decodable {
                var location: String
                var line: Int
                var column: Int
                var text: String
            }
            struct Fix: Decodable {
                var title: String
                var safe: Bool
            }
            var code: String
            var severity: String
            var line: Int
            var column: Int
            var endLine: Int
            var endColumn: Int
            var text: String
            var lineText: String
            var source: Side?
            var fix: Fix?
        }
        struct Page: Decodable {
            var path: String
            var locale: String
            var relativePath: String
            var source: PageSource
            var findings: [Finding]
        }
        var formatVersion: Int
        var source: Source
        var kinds: [Kind]
        var locales: [Locale]
        var pages: [Page]
        var summary: Counts
    }

    @Test func jsonReportsEveryPageItsSourceAndBothSidesOfEachFinding() throws {
        let run = try CLIRunner.run(["drift"] + Self.source + ["--format", "json"] + Self.locales)
        #expect(run.status == 1)
        #expect(run.stderr == "")
        let report = try JSONDecoder().decode(Report.self, from: Data(run.stdout.utf8))
        #expect(report.formatVersion == 1)
        #expect(report.source.path == "docs-samples/en-US-sources" && report.source.kind == "snapshots")
        #expect(report.kinds.map(\.code) == (1...11).map { String(format: "DL4%02d", $0) })
        #expect(report.kinds.filter(\.caseOnly).map(\.code) == ["DL403", "DL405", "DL407"])
        #expect(report.locales.map(\.locale) == ["de-DE", "ru-RU", "zh-CN"])
        #expect(report.pages.map(\.path) == report.pages.map(\.path).sorted())
        #expect(
            report.summary.pages == report.pages.count && report.locales.map(\.pages).reduce(0, +) == report.pages.count
        )
        #expect(report.summary.sources.values.reduce(0, +) == report.pages.count)
        #expect(report.summary.pagesWithFindings == report.pages.filter { !$0.findings.isEmpty }.count)
        let total = report.pages.map(\.findings.count).reduce(0, +)
        #expect(report.summary.severities.values.reduce(0, +) == total)
        #expect(report.locales.map { $0.findings.values.reduce(0, +) }.reduce(0, +) == total)

        let page = try #require(
            report.pages.first { $0.path == "docs-samples/ru-RU/api-reference/beta/resources/commsoperation.md" })
        #expect(page.locale == "ru-RU" && page.relativePath == "api-reference/beta/resources/commsoperation.md")
        #expect(page.source.status == "exact" && page.source.revision == "272996d")
        let name = try #require(page.findings.first { $0.code == "DL402" })
        #expect(name.severity == "error" && name.line == 33 && name.column == 3 && name.endColumn == 11)
        #expect(name.text == "Контекст" && name.lineText.hasPrefix("| Контекст "))
        #expect(name.source?.text == "clientContext" && name.source?.line == 28)
        #expect(
            name.source?.location == "docs-samples/en-US-sources/272996d/api-reference/beta/resources/commsoperation.md"
        )
        #expect(name.fix?.safe == true && name.fix?.title == "write 'clientContext'")
        // A page with no source at all is reported, with no source location.
        let missing = try #require(report.pages.first { $0.source.status == "missing" })
        #expect(missing.source.path == nil && missing.findings.map(\.code) == ["DL401"])
    }

    @Test func textMatchesTheSnapshot() throws {
        let run = try CLIRunner.run(["drift"] + Self.source + Self.locales)
        #expect(run.status == 1)
        let snapshot = try CLIRunner.snapshot(run.stdout, named: "drift-docs-samples.txt")
        #expect(
            run.stdout == snapshot,
            "output differs from Tests/CLITests/Snapshots/drift-docs-samples.txt; review and re-record with RECORD_SNAPSHOTS=1"
        )
        #expect(run.stdout.contains("DL402 drift-property-name"))
    }

    @Test func jsonMatchesTheSnapshot() throws {
        let run = try CLIRunner.run(["drift"] + Self.source + ["--format", "json"] + Self.locales)
        let snapshot = try CLIRunner.snapshot(run.stdout, named: "drift-docs-samples.json")
        #expect(
            run.stdout == snapshot,
            "output differs from Tests/CLITests/Snapshots/drift-docs-samples.json; review and re-record with RECORD_SNAPSHOTS=1"
        )
    }

    @Test func usageErrorsExitTwo() throws {
        let noSource = try CLIRunner.run(["drift", "docs-samples/ru-RU"])
        #expect(noSource.status == 2 && noSource.stderr.contains("'--source EN' is required"))
        let badSource = try CLIRunner.run(["drift", "--source", "no/such/folder", "docs-samples/ru-RU"])
        #expect(badSource.status == 2 && badSource.stderr.contains("is not a folder or a git repository"))
        #expect(badSource.stdout == "")
        let badFormat = try CLIRunner.run(["drift", "--source", "docs-samples/en-US-sources", "--format", "xml", "x"])
        #expect(badFormat.status == 2 && badFormat.stderr.contains("unknown format 'xml'"))
        let noDirectory = try CLIRunner.run(["drift", "--source", "docs-samples/en-US-sources"])
        #expect(noDirectory.status == 2)
        let notDrift = try CLIRunner.run(["drift", "--source", "docs-samples/en-US-sources", "--select", "DL201", "x"])
        #expect(notDrift.status == 2 && notDrift.stderr.contains("not a DL4xx rule"))
    }

    @Test func lintWithASourceRunsTheDriftRulesWithTheOthers() throws {
        let page = "docs-samples/ru-RU/api-reference/beta/resources/commsoperation.md"
        let with = try CLIRunner.run(["lint", "--no-source"] + Self.source + [page])
        #expect(with.stdout.contains("[DL201] property 'Контекст'"))
        #expect(with.stdout.contains("[DL402] name 'Контекст' is 'clientContext' in the en-US source"))
        #expect(
            with.stdout.contains(
                "docs-samples/en-US-sources/272996d/api-reference/beta/resources/commsoperation.md:28:3: note: the en-US source names it 'clientContext' here"
            ))
        let without = try CLIRunner.run(["lint", "--no-source", page])
        #expect(!without.stdout.contains("[DL4"))
        let badSource = try CLIRunner.run(["lint", "--source", "no/such/folder", page])
        #expect(badSource.status == 2)
    }
}
