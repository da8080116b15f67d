import Foundation
import Testing

/// Command-line conventions of every command: `--option=value`, repeated options, runs that would
/// check nothing, files named twice, `--version`, colour, progress and the exit policy.
@Suite struct LintConventionsTests {
    static let ru = "docs-samples/ru-RU/api-reference/beta/resources/commsoperation.md"
    static let zh = "docs-samples/zh-CN/api-reference/beta/resources/commsoperation.md"

    /// A fresh temporary folder.
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func optionsTakeTheirValueAfterAnEqualsSignToo() throws {
        let spaced = try CLIRunner.run(["lint", "--select", "DL205", "--format", "concise", Self.ru])
        let joined = try CLIRunner.run(["lint", "--select=DL205", "--format=concise", Self.ru])
        #expect(spaced.status == 1)
        #expect(joined.status == spaced.status && joined.stdout == spaced.stdout && joined.stderr == "")
        #expect(joined.stdout.contains("[DL205]") && !joined.stdout.contains("[DL201]"))
        let flagWithValue = try CLIRunner.run(["lint", "--quiet=yes", Self.ru])
        #expect(flagWithValue.status == 2)
        #expect(flagWithValue.stderr.hasPrefix("doclint lint: option '--quiet' takes no value"))
        let schemas = try CLIRunner.run(["schemas", "--output"])
        #expect(schemas.status == 2 && schemas.stderr.contains("option '--output' needs a value"))
    }

    @Test func repeatedSelectAndIgnoreAccumulate() throws {
        let run = try CLIRunner.run(["lint", "--select", "DL205", "--select=DL201", "--format=json-lines", Self.ru])
        let codes = Set(
            run.stdout.split(separator: "\n").compactMap { line in
                line.range(of: #""code":"DL"#).map { String(line[$0.upperBound...].prefix(3)) }
            })
        #expect(codes == ["201", "205"], "\(run.stdout)")
        let ignored = try CLIRunner.run([
            "lint", "--ignore", "DL205", "--ignore=DL201", "--format=json-lines", "docs-samples",
        ])
        #expect(!ignored.stdout.contains(#""code":"DL205""#) && !ignored.stdout.contains(#""code":"DL201""#))
        #expect(ignored.stdout.contains(#""code":"DL206""#))
    }

    @Test func aRunThatWouldCheckNothingFailsLoudly() throws {
        let empty = try CLIRunner.run(["lint", "--select", "", Self.ru])
        #expect(empty.status == 2)
        #expect(empty.stdout == "")
        #expect(empty.stderr == "doclint lint: '--select' names no rule, so nothing would be checked\n")
        let cancelled = try CLIRunner.run(["lint", "--select=DL205", "--ignore=translated-type", Self.ru])
        #expect(cancelled.status == 2)
        #expect(cancelled.stderr.contains("leave no rule to run"))
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("not markdown".utf8).write(to: dir.appendingPathComponent("notes.txt"))
        let noPages = try CLIRunner.run(["lint", dir.path])
        #expect(noPages.status == 2)
        #expect(noPages.stderr == "doclint: no Markdown (*.md) files in '\(dir.path)'\n")
        #expect(noPages.stdout == "no files checked\n")
        // The other paths are still linted, and the run still fails.
        let mixed = try CLIRunner.run(["lint", "--quiet", dir.path, Self.zh])
        #expect(mixed.status == 2)
        #expect(mixed.stdout.contains("[DL205]"))
    }

    @Test func aFileNamedTwiceIsLintedAndCountedOnce() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = try Data(contentsOf: CLIRunner.root.appendingPathComponent(Self.zh))
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("docs"), withIntermediateDirectories: true)
        try page.write(to: dir.appendingPathComponent("docs/page.md"))
        try FileManager.default.createSymbolicLink(
            atPath: dir.appendingPathComponent("link.md").path, withDestinationPath: "docs/page.md")
        let once = try CLIRunner.run(["lint", "--format=concise", "docs/page.md"], in: dir)
        let many = try CLIRunner.run(
            ["lint", "--format=concise", "docs/page.md", "./docs/page.md", "docs", "docs//page.md", "link.md"], in: dir)
        #expect(once.status == 1)
        #expect(many.status == 1)
        #expect(many.stdout == once.stdout)
        #expect(once.stdout.hasSuffix("(1 file checked)\n"), "\(once.stdout)")
    }

    @Test func versionAtTheTopAndAfterEveryCommand() throws {
        let top = try CLIRunner.run(["--version"])
        #expect(top.status == 0)
        #expect(top.stdout.hasPrefix("doclint ") && top.stdout.split(separator: "\n").count == 1)
        for command in ["lint", "validate", "schemas", "rules"] {
            let run = try CLIRunner.run([command, "--version"])
            #expect(run.status == 0 && run.stdout == top.stdout, "\(command): \(run.stderr)")
        }
    }

    @Test func helpDocumentsTheExitCodesAndFormats() throws {
        let help = try CLIRunner.run(["lint", "--help"])
        #expect(help.status == 0)
        for text in [
            "0  no finding fails the run", "1  findings fail the run", "2  usage error", "--format FORMAT",
            "sarif", "github", "gitlab", "junit", "--baseline FILE", "--write-baseline FILE", "--fail-on LEVEL",
            "--max-warnings N", "NO_COLOR",
        ] {
            #expect(help.stdout.contains(text), "\(text)")
        }
        let unknown = try CLIRunner.run(["lint", "--format", "xml", Self.ru])
        #expect(unknown.status == 2)
        #expect(
            unknown.stderr.hasPrefix(
                "doclint lint: unknown format 'xml' (text, concise, json, json-lines, sarif, github, gitlab, junit)"))
    }

    @Test func colourOnlyWhenTheEnvironmentAsksOutsideATerminal() throws {
        let plain = try CLIRunner.run(["lint", Self.zh], environment: ["NO_COLOR": nil, "FORCE_COLOR": nil])
        #expect(!plain.stdout.contains("\u{1B}["))
        let forced = try CLIRunner.run(["lint", Self.zh], environment: ["NO_COLOR": nil, "FORCE_COLOR": "1"])
        #expect(forced.stdout.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        let both = try CLIRunner.run(["lint", Self.zh], environment: ["NO_COLOR": "1", "FORCE_COLOR": "1"])
        #expect(both.stdout == plain.stdout)
        let always = try CLIRunner.run(["lint", "--color=always", Self.zh], environment: ["NO_COLOR": "1"])
        #expect(always.stdout == forced.stdout)
        let json = try CLIRunner.run(["lint", "--format=json", Self.zh], environment: ["FORCE_COLOR": "1"])
        #expect(!json.stdout.contains("\u{1B}["))
    }

    @Test func noProgressInPipesEvenForManyFiles() throws {
        // A whole folder, stderr a pipe, no CI variable: progress must still not appear.
        let run = try CLIRunner.run(["lint", "--quiet", "docs-samples"], environment: ["CI": nil])
        #expect(run.stderr == "")
    }

    @Test func failOnAndMaxWarningsDecideTheExitStatus() throws {
        // The page has warnings (DL105) and no errors.
        let page = "docs-samples/de-DE/api-reference/beta/api/dynamics-customerpaymentsjournal-update.md"
        let plain = try CLIRunner.run(["lint", "--quiet", page])
        #expect(plain.status == 0)
        #expect(plain.stdout.contains("warning: [DL105]"))
        #expect(try CLIRunner.run(["lint", "--quiet", "--fail-on=warning", page]).status == 1)
        #expect(try CLIRunner.run(["lint", "--quiet", "--max-warnings", "0", page]).status == 1)
        #expect(try CLIRunner.run(["lint", "--quiet", "--max-warnings=2", page]).status == 0)
        #expect(try CLIRunner.run(["lint", "--quiet", "--fail-on", "never", Self.ru]).status == 0)
        #expect(try CLIRunner.run(["lint", "--quiet", "--fail-on", "error", Self.ru]).status == 1)
        let bad = try CLIRunner.run(["lint", "--max-warnings=-1", page])
        #expect(bad.status == 2 && bad.stderr.contains("needs a whole number"))
        let level = try CLIRunner.run(["lint", "--fail-on=note", page])
        #expect(level.status == 2 && level.stderr.contains("'--fail-on' is error, warning or never"))
    }

    @Test func outputFileIsWrittenWholeAndStdoutStaysEmpty() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("report.json").path
        let run = try CLIRunner.run(["lint", "--format=json", "--output-file", file, Self.zh])
        let direct = try CLIRunner.run(["lint", "--format=json", Self.zh])
        #expect(run.status == 1 && run.stdout == "")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == direct.stdout)
        let folder = try CLIRunner.run(["lint", "--output-file", dir.path, Self.zh])
        #expect(folder.status == 2 && folder.stderr.contains("it is a folder"))
    }

    @Test func rulesListsFixabilityAndExplainsOneRule() throws {
        let list = try CLIRunner.run(["rules"])
        #expect(list.stdout.hasPrefix("| Code | Name | Default | Fixable | Summary |"))
        #expect(list.stdout.contains("| DL205 | `translated-type` | error | yes |"))
        #expect(list.stdout.contains("| DL101 | `invalid-json-block` | error | no |"))
        let rules = try CLIRunner.run(["rules", "DL205"])
        for command in ["rule", "explain"] {
            let run = try CLIRunner.run([command, "translated-type"])
            #expect(run.status == 0 && run.stdout == rules.stdout, "\(command)")
        }
        let none = try CLIRunner.run(["explain"])
        #expect(none.status == 2 && none.stderr.hasPrefix("doclint explain: which rule?"))
        let unknown = try CLIRunner.run(["rule", "DL999"])
        #expect(unknown.status == 2 && unknown.stderr.contains("unknown rule 'DL999'"))
    }
}
