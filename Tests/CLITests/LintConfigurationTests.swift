import Foundation
import Testing

/// `doclint lint` with configuration files: found upward from each page, or named by `--config`.
@Suite struct LintConfigurationTests {
    /// A temporary folder holding `files`, removed by `remove()`.
    static func tree(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-cli-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    static let translatedPage = "| Property | Type | Description |\n|:--|:--|:--|\n| id | 字符串 | The ID. |\n"

    @Test func badConfigurationIsAnErrorAtItsPositionAndNothingIsLinted() throws {
        let root = try Self.tree([".doclint.json": "{\n  \"ignore\": [\"DL2O5\"]\n}\n", "a.md": Self.translatedPage])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try CLIRunner.run(["lint", "a.md"], in: root)
        #expect(run.status == 2)
        #expect(run.stderr == ".doclint.json:2:14: error: unknown rule 'DL2O5' (see 'doclint rules')\n")
        #expect(run.stdout == "")
    }

    @Test func nearestConfigurationDecidesPerPage() throws {
        let root = try Self.tree([
            "quiet/.doclint.json": #"{"ignore": ["DL2"]}"#, "quiet/a.md": Self.translatedPage,
            "loud/a.md": Self.translatedPage,
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try CLIRunner.run(["lint", "--no-source", "quiet", "loud"], in: root)
        #expect(run.status == 1)
        #expect(run.stdout.contains("loud/a.md:3:8: error: [DL205]"))
        #expect(!run.stdout.contains("quiet/a.md"))
    }

    @Test func explicitConfigurationAndExclusion() throws {
        let root = try Self.tree([
            "ci.json": #"{"exclude": ["drafts"], "severity": {"DL205": "warning"}}"#,
            "docs/a.md": Self.translatedPage, "docs/drafts/b.md": Self.translatedPage,
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try CLIRunner.run(["lint", "--no-source", "--config", "ci.json", "docs"], in: root)
        #expect(run.status == 0)
        #expect(run.stdout.contains("docs/a.md:3:8: warning: [DL205]"))
        #expect(!run.stdout.contains("drafts"))
        // A page given by name is excluded too (a pre-commit hook names every staged page).
        let named = try CLIRunner.run(["lint", "--config", "ci.json", "docs/drafts/b.md"], in: root)
        #expect(!named.stdout.contains("DL205"))
        let missing = try CLIRunner.run(["lint", "--config", "nope.json", "docs"], in: root)
        #expect(missing.status == 2)
        #expect(missing.stderr == "doclint: configuration file 'nope.json' does not exist\n")
    }

    @Test func selectAcceptsPrefixes() throws {
        let root = try Self.tree(["a.md": Self.translatedPage])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try CLIRunner.run(["lint", "--no-source", "--select", "DL20", "a.md"], in: root)
        #expect(run.stdout.contains("[DL205]"))
        #expect(run.stdout.contains("[DL207]") == false)
        let none = try CLIRunner.run(["lint", "--no-source", "--select", "DL1", "a.md"], in: root)
        #expect(!none.stdout.contains("[DL2"))
    }
}
