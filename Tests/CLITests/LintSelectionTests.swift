import Foundation
import Testing

/// Which pages a run lints: `--changed-since REV`, `--shard K/N`, `--stdin-filename PATH`.
@Suite struct LintSelectionTests {
    static let page = "docs-samples/zh-CN/api-reference/beta/resources/commsoperation.md"

    /// Runs `git arguments` in `directory`.
    @discardableResult
    static func git(_ arguments: [String], in directory: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The finding lines of a `--no-source` run (the summary left out).
    static func findings(_ output: String) -> [String] {
        output.split(separator: "\n").map(String.init).filter { $0.contains(": [DL") }
    }

    @Test func changedSinceLintsOnlyWhatDiffersFromTheRevision() throws {
        let bad = try String(contentsOf: CLIRunner.root.appendingPathComponent(Self.page), encoding: .utf8)
        let root = try LintConfigurationTests.tree([
            "docs/same.md": bad, "docs/edited.md": bad, "docs/deleted.md": bad, ".gitignore": "ignored.md\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.git(["init", "-q"], in: root)
        try Self.git(["-c", "user.email=a@b.invalid", "-c", "user.name=t", "add", "."], in: root)
        #expect(
            try Self.git(["-c", "user.email=a@b.invalid", "-c", "user.name=t", "commit", "-qm", "pages"], in: root) == 0
        )
        try Data((bad + "\nMore.\n").utf8).write(to: root.appendingPathComponent("docs/edited.md"))
        try Data(bad.utf8).write(to: root.appendingPathComponent("docs/new.md"))
        try Data(bad.utf8).write(to: root.appendingPathComponent("docs/ignored.md"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("docs/deleted.md"))
        let run = try CLIRunner.run(["lint", "--no-source", "--changed-since", "HEAD", "docs"], in: root)
        let files = Set(Self.findings(run.stdout).map { $0.prefix { $0 != ":" } })
        #expect(files == ["docs/edited.md", "docs/new.md"])
        #expect(run.stdout.hasSuffix("(2 files checked)\n"))
        // From a subfolder, paths are still matched.
        let inside = try CLIRunner.run(
            ["lint", "--no-source", "--changed-since", "HEAD", "."], in: root.appendingPathComponent("docs"))
        // (Discovery may show `./edited.md` or `edited.md`.)
        let insideFiles = Set(
            Self.findings(inside.stdout).map { line in
                let path = line.prefix { $0 != ":" }
                return path.hasPrefix("./") ? String(path.dropFirst(2)) : String(path)
            })
        #expect(insideFiles == ["edited.md", "new.md"])
        let unknown = try CLIRunner.run(["lint", "--changed-since", "no-such-rev", "docs"], in: root)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("doclint: 'no-such-rev' is not a git revision of '"))
    }

    @Test func shardsPartitionTheRunAndTogetherEqualIt() throws {
        let whole = try CLIRunner.run(["lint", "--no-source", "docs-samples"])
        var merged: [String] = []
        var checked = 0
        for k in 1...3 {
            let part = try CLIRunner.run(["lint", "--no-source", "--shard", "\(k)/3", "docs-samples"])
            merged += Self.findings(part.stdout)
            let count = part.stdout.split(separator: "(").last.flatMap { Int($0.prefix { $0.isNumber }) }
            checked += count ?? 0
            #expect(count ?? 0 > 0, "shard \(k)/3 is empty")
            // The same shard twice is the same run.
            #expect(
                try CLIRunner.run(["lint", "--no-source", "--shard", "\(k)/3", "docs-samples"]).stdout == part.stdout)
        }
        #expect(merged.sorted() == Self.findings(whole.stdout).sorted())
        #expect(whole.stdout.hasSuffix("(\(checked) files checked)\n"))
        for bad in ["0/3", "4/3", "1/0", "x", "1/3/4", "-1/2"] {
            let run = try CLIRunner.run(["lint", "--shard", bad, "docs-samples"])
            #expect(run.status == 2, "--shard \(bad)")
        }
    }

    @Test func standardInputIsLintedAsIfItWereAtThePath() throws {
        let text = try String(contentsOf: CLIRunner.root.appendingPathComponent(Self.page), encoding: .utf8)
        let file = try CLIRunner.run(["lint", "--no-source", Self.page])
        let stdin = try CLIRunner.run(["lint", "--no-source", "--stdin-filename", Self.page], stdin: text)
        #expect(stdin.stdout == file.stdout)
        // DL302 needs the linked resultinfo.md: it was read from around the path.
        #expect(stdin.stdout.contains("[DL302]"))
        // What is linted is standard input, not the file on disk.
        let edited = text.replacingOccurrences(of: "| 字符串 ", with: "| String ")
        let run = try CLIRunner.run(["lint", "--no-source", "--stdin-filename", Self.page], stdin: edited)
        #expect(!run.stdout.contains("[DL205]"))
        #expect(run.stdout.contains("[DL302]"))
        // A path that does not exist is fine: the page is standard input.
        let nowhere = try CLIRunner.run(["lint", "--no-source", "--stdin-filename", "new/page.md"], stdin: text)
        #expect(nowhere.stdout.contains("new/page.md:25:24: error: [DL205]"))
    }

    @Test func standardInputFixedGoesToStandardOutput() throws {
        let text = try String(contentsOf: CLIRunner.root.appendingPathComponent(Self.page), encoding: .utf8)
        let run = try CLIRunner.run(["lint", "--fix", "--stdin-filename", Self.page], stdin: text)
        #expect(run.stdout == text.replacingOccurrences(of: "| 字符串 ", with: "| String "))
        #expect(run.stderr.hasPrefix("doclint: fixed "))
        #expect(run.status == 1, "error-level findings remain (DL302)")
        #expect(try String(contentsOf: CLIRunner.root.appendingPathComponent(Self.page), encoding: .utf8) == text)
        let clean = try CLIRunner.run(["lint", "--fix", "--stdin-filename", "x.md"], stdin: "# Title\n")
        #expect(clean.stdout == "# Title\n")
        #expect(clean.status == 0)
        let diff = try CLIRunner.run(["lint", "--diff", "--stdin-filename", Self.page], stdin: text)
        #expect(diff.stdout.contains("+| clientContext      | String "))
        #expect(diff.status == 1)
    }

    @Test func standardInputExcludedByConfigurationIsPrintedUnchangedByFix() throws {
        let root = try LintConfigurationTests.tree([".doclint.json": #"{"exclude": ["drafts"]}"#])
        defer { try? FileManager.default.removeItem(at: root) }
        let text = LintConfigurationTests.translatedPage
        let run = try CLIRunner.run(["lint", "--fix", "--stdin-filename", "drafts/a.md"], stdin: text, in: root)
        #expect(run.stdout == text)
        #expect(run.status == 0)
    }

    @Test func standardInputTakesNoPaths() throws {
        let run = try CLIRunner.run(["lint", "--stdin-filename", "a.md", "b.md"], stdin: "")
        #expect(run.status == 2)
        #expect(run.stderr.contains("give no paths"))
    }
}
