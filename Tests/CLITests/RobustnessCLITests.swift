import Foundation
import Testing

/// Hostile files and a crashing page, end to end: every other file keeps its report, the bad one is
/// named, and the exit status says something went wrong.
@Suite("robustness")
struct RobustnessCLITests {
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-robust-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static let translatedPage = "| Property | Type | Description |\n|:--|:--|:--|\n| id | 字符串 | x |\n"

    /// Three pages with one finding each; the middle one is made to crash (a test-only trigger that
    /// only the worker checks), and the two others are reported exactly as without it.
    @Test func aCrashingPageCostsOnlyItsOwnReport() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["a.md", "b.md", "c.md", "d.md"] {
            try Data(Self.translatedPage.utf8).write(to: dir.appendingPathComponent(name))
        }
        let normal = try CLIRunner.run(["lint", "--no-source", "."], in: dir)
        #expect(normal.status == 1)
        #expect(normal.stdout.contains("1 error, 0 warnings in 1 file") == false)
        let crashed = try CLIRunner.run(
            ["lint", "--no-source", "."], in: dir,
            environment: ["DOCLINT_TEST_CRASH_ON": "b.md", "SWIFT_BACKTRACE": "enable=no"])
        #expect(crashed.status == 2)
        #expect(
            crashed.stderr.contains(
                "doclint: crashed while linting 'b.md' (signal 4, SIGILL); the other files were linted; please report this page"
            ), "\(crashed.stderr)")
        // The normal run's output without b.md's finding (its line and the fix line under it).
        var expected: [Substring] = []
        var inB = false
        for line in normal.stdout.split(separator: "\n") where !line.contains(" in ") {
            if line.contains(".md:") { inB = line.hasPrefix("b.md:") }
            if !inB { expected.append(line) }
        }
        let got = crashed.stdout.split(separator: "\n").filter { !$0.contains(" in ") }
        #expect(got == expected)
        #expect(got.filter { $0.contains("[DL205]") }.count == 3)
        #expect(
            crashed.stdout.contains("3 errors, 0 warnings in 3 files (3 files checked); 1 file could not be linted"),
            "\(crashed.stdout)")
    }

    /// Two pages that crash, next to each other (both in flight at once on two workers): both are named,
    /// and the pages around them are reported.
    @Test func twoCrashingPagesAreBothNamed() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["a.md", "b.md", "c.md", "d.md", "e.md"] {
            try Data(Self.translatedPage.utf8).write(to: dir.appendingPathComponent(name))
        }
        let run = try CLIRunner.run(
            ["lint", "--no-source", "."], in: dir,
            environment: ["DOCLINT_TEST_CRASH_ON": "b.md,c.md", "SWIFT_BACKTRACE": "enable=no"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("doclint: crashed while linting 'b.md' (signal 4, SIGILL)"), "\(run.stderr)")
        #expect(run.stderr.contains("doclint: crashed while linting 'c.md' (signal 4, SIGILL)"), "\(run.stderr)")
        for name in ["a", "d", "e"] { #expect(run.stdout.contains("\(name).md:3:8: error: [DL205]")) }
        #expect(
            run.stdout.contains("3 errors, 0 warnings in 3 files (3 files checked); 2 files could not be linted"),
            "\(run.stdout)")
    }

    /// A page the linter never finishes (a test-only trigger makes the worker sleep 30 s on it) is given
    /// up after the time limit: it is named, the other pages are reported exactly as without it, and the
    /// run ends long before the page would have.
    @Test func aPageThatNeverEndsIsGivenUpAndTheRestIsReported() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["a.md", "b.md", "c.md", "d.md"] {
            try Data(Self.translatedPage.utf8).write(to: dir.appendingPathComponent(name))
        }
        let normal = try CLIRunner.run(["lint", "--no-source", "."], in: dir)
        let start = Date()
        let run = try CLIRunner.run(
            ["lint", "--no-source", "--time-limit", "1", "."], in: dir, environment: ["DOCLINT_TEST_HANG_ON": "b.md"])
        let elapsed = Date().timeIntervalSince(start)
        #expect(elapsed < 15, "the run took \(elapsed) s")
        #expect(run.status == 2)
        #expect(
            run.stderr.contains(
                "doclint: gave up on 'b.md' after 1 s (the time limit, '--time-limit'); the other files were linted; please report this page"
            ), "\(run.stderr)")
        let expected = normal.stdout.split(separator: "\n").filter { !$0.contains(" in ") && !$0.hasPrefix("b.md:") }
        let got = run.stdout.split(separator: "\n").filter { !$0.contains(" in ") }
        #expect(got == expected)
        #expect(got.filter { $0.contains("[DL205]") }.count == 3)
        #expect(
            run.stdout.contains("3 errors, 0 warnings in 3 files (3 files checked); 1 file could not be linted"),
            "\(run.stdout)")
    }

    /// Two pages over the limit, in flight at once on two workers, and a crashing one: each is named for
    /// what happened to it (the watchdog knows when each page began), and the rest is reported.
    @Test func pagesOverTheLimitAndACrashAreEachNamed() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["a.md", "b.md", "c.md", "d.md", "e.md", "f.md"] {
            try Data(Self.translatedPage.utf8).write(to: dir.appendingPathComponent(name))
        }
        let start = Date()
        let run = try CLIRunner.run(
            ["lint", "--no-source", "--time-limit=0.5", "."], in: dir,
            environment: [
                "DOCLINT_TEST_HANG_ON": "b.md,c.md", "DOCLINT_TEST_CRASH_ON": "e.md", "SWIFT_BACKTRACE": "enable=no",
            ])
        let elapsed = Date().timeIntervalSince(start)
        #expect(elapsed < 15, "the run took \(elapsed) s")
        #expect(run.status == 2)
        for name in ["b", "c"] {
            #expect(run.stderr.contains("doclint: gave up on '\(name).md' after 0.5 s"), "\(run.stderr)")
        }
        #expect(run.stderr.contains("doclint: crashed while linting 'e.md' (signal 4, SIGILL)"), "\(run.stderr)")
        #expect(!run.stderr.contains("'a.md'") && !run.stderr.contains("'d.md'") && !run.stderr.contains("'f.md'"))
        for name in ["a", "d", "f"] { #expect(run.stdout.contains("\(name).md:3:8: error: [DL205]")) }
        #expect(
            run.stdout.contains("3 errors, 0 warnings in 3 files (3 files checked); 3 files could not be linted"),
            "\(run.stdout)")
    }

    /// A reader that pauses (a pager, a slow pipe) blocks doclint's output, then the worker on a full pipe:
    /// pages that finished long ago while their records waited are never given up for it.
    @Test func aPausedReaderIsNotAPageOverTheLimit() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // 40 pages of 300 findings each: about 2 MB of report, many times what the pipes hold.
        let rows = (0..<300).map { "| p\($0) | 字符串 | x |\n" }.joined()
        let page = "| Property | Type | Description |\n|:--|:--|:--|\n" + rows
        for k in 0..<40 { try Data(page.utf8).write(to: dir.appendingPathComponent("p\(k).md")) }
        let normal = try CLIRunner.run(["lint", "--no-source", "."], in: dir)
        let paused = try CLIRunner.run(
            ["-c", "set -o pipefail; '\(CLIRunner.binary.path)' lint --no-source --time-limit 1 . | (sleep 3; cat)"],
            in: dir, executable: URL(fileURLWithPath: "/bin/bash"))
        #expect(!paused.stderr.contains("gave up"), "\(paused.stderr.prefix(2000))")
        #expect(paused.status == normal.status)
        #expect(paused.stdout == normal.stdout)
    }

    /// `--time-limit` takes seconds (0: no limit); anything else is a usage error.
    @Test func theTimeLimitIsANumberOfSeconds() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(Self.translatedPage.utf8).write(to: dir.appendingPathComponent("a.md"))
        let normal = try CLIRunner.run(["lint", "--no-source", "."], in: dir)
        for limit in ["0", "30", "2.5", "1e30"] {
            let run = try CLIRunner.run(["lint", "--no-source", "--time-limit", limit, "."], in: dir)
            #expect(run.status == normal.status)
            #expect(run.stdout == normal.stdout)
        }
        for bad in ["soon", "-1", "inf", ""] {
            let run = try CLIRunner.run(["lint", "--time-limit", bad, "."], in: dir)
            #expect(run.status == 2)
            #expect(run.stderr.contains("'--time-limit' needs a number of seconds, not '\(bad)'"), "\(run.stderr)")
        }
    }

    /// The files under `dir`, by relative path.
    static func files(under dir: URL) throws -> [String: Data] {
        var found: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: dir.path)?.allObjects ?? [] {
            let url = dir.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                found[path] = try Data(contentsOf: url)
            }
        }
        return found
    }

    /// `schemas` generates each doc set in a worker process: a page that traps (two here, one in each set)
    /// is named and costs only its own types; every other schema is written as without it.
    @Test func aCrashingPageCostsSchemasOnlyItsOwnTypes() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let normal = try CLIRunner.run(["schemas", "docs-samples/de-DE", "-o", dir.path + "/normal"])
        #expect(normal.status == 0, "\(normal.stderr)")
        let run = try CLIRunner.run(
            ["schemas", "docs-samples/de-DE", "-o", dir.path + "/crashed"],
            environment: [
                "DOCLINT_TEST_CRASH_ON": "audioduckingconfiguration.md,patternedrecurrence.md",
                "SWIFT_BACKTRACE": "enable=no",
            ])
        #expect(run.status == 2)
        for page in ["beta/resources/audioduckingconfiguration.md", "v1.0/resources/patternedrecurrence.md"] {
            #expect(
                run.stderr.contains(
                    "doclint: crashed while reading 'docs-samples/de-DE/api-reference/\(page)' (signal 4, SIGILL); "
                        + "its types are not written; please report this page"), "\(run.stderr)")
        }
        let expected = try Self.files(under: dir.appendingPathComponent("normal"))
        let got = try Self.files(under: dir.appendingPathComponent("crashed"))
        let lost = [
            "beta/microsoft.graph.audioDuckingConfiguration.schema.json",
            "v1.0/microsoft.graph.patternedRecurrence.schema.json",
        ]
        #expect(lost.allSatisfy { expected[$0] != nil && got[$0] == nil }, "\(got.keys.sorted())")
        #expect(Set(got.keys) == Set(expected.keys).subtracting(lost))
        // Every other schema byte for byte; each set's index lists one type less.
        #expect(Set(got.keys.filter { got[$0] != expected[$0] }) == ["beta/index.json", "v1.0/index.json"])
        #expect(!run.stderr.contains("doc set"), "\(run.stderr)")
        #expect(run.stdout == "wrote \(got.count - 2) schemas in 2 doc sets to \(dir.path)/crashed\n")
    }

    @Test func everyKindOfUnreadablePathIsNamedAndTheRestIsLinted() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        try Data(Self.translatedPage.utf8).write(to: dir.appendingPathComponent("good.md"))
        try Data().write(to: dir.appendingPathComponent("empty.md"))
        var binary: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0]
        for i in 0..<5000 { binary.append(UInt8(truncatingIfNeeded: i &* 131 &+ 7)) }
        try Data(binary).write(to: dir.appendingPathComponent("binary.md"))
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in Self.translatedPage.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try Data(utf16).write(to: dir.appendingPathComponent("utf16.md"))
        // A symlink loop, a dangling link, a folder named like a page and a FIFO (which must not hang).
        try fm.createDirectory(at: dir.appendingPathComponent("loop"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("loop/self").path, withDestinationPath: "..")
        try fm.createSymbolicLink(
            atPath: dir.appendingPathComponent("dangling.md").path, withDestinationPath: "nowhere")
        try fm.createDirectory(at: dir.appendingPathComponent("folder.md"), withIntermediateDirectories: true)
        #expect(mkfifo(dir.appendingPathComponent("fifo.md").path, 0o644) == 0)
        let run = try CLIRunner.run(["lint", "--no-source", "."], in: dir)
        #expect(run.status == 2)
        #expect(run.stdout.contains("good.md:3:8: error: [DL205] type '字符串' is translated"), "\(run.stdout)")
        #expect(run.stdout.contains("binary.md:1:1: warning: [DL110] not a text file: doclint reads utf-8 markdown"))
        #expect(
            run.stdout.contains(
                "utf16.md:1:1: warning: [DL110] the file is utf-16 (little-endian, with a byte order mark); doclint reads utf-8"
            ))
        #expect(!run.stdout.contains("empty.md"))
        #expect(run.stderr.contains("cannot read 'dangling.md': no such file or directory"), "\(run.stderr)")
        #expect(run.stderr.contains("cannot read 'fifo.md': not a regular file (a FIFO)"), "\(run.stderr)")
        // A folder named like a page is a folder: it is walked (it holds nothing), not read.
        #expect(!run.stderr.contains("folder.md"), "\(run.stderr)")
        #expect(
            run.stdout.hasSuffix("1 error, 2 warnings in 3 files (4 files checked); 2 files could not be linted\n"),
            "\(run.stdout)")
    }
}
