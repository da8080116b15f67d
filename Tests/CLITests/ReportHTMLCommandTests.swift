import Foundation
import Testing

/// `doclint report-html` end to end: the page written to a file or standard output, warnings for a
/// document whose counts do not add up, and exit status 2 (nothing written) for what is not drift JSON.
@Suite("doclint report-html")
struct ReportHTMLCommandTests {
    static let fixtures = "Tests/DocLintTests/Fixtures/drift-json"

    /// A fresh directory with the given files.
    static func workspace(_ files: [String: String] = [:]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        return dir
    }

    @Test func writesTheSamePageToAFileOrToStandardOutput() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report.html").path
        let toFile = try CLIRunner.run(["report-html", "\(Self.fixtures)/several-locales.json", "-o", out])
        #expect(toFile.status == 0, "\(toFile.stderr)")
        #expect(toFile.stdout.isEmpty && toFile.stderr.isEmpty)
        let written = try String(contentsOfFile: out, encoding: .utf8)
        #expect(written.hasPrefix("<!DOCTYPE html>\n"))
        #expect(written.contains("<div class=\"num\" data-key=\"findings\">19</div>"))
        let toStdout = try CLIRunner.run(["report-html", "\(Self.fixtures)/several-locales.json"])
        #expect(toStdout.status == 0)
        #expect(toStdout.stdout == written)
        let json = try String(
            contentsOfFile: "\(CLIRunner.root.path)/\(Self.fixtures)/several-locales.json", encoding: .utf8)
        let fromStdin = try CLIRunner.run(["report-html", "-"], stdin: json)
        #expect(fromStdin.status == 0)
        #expect(fromStdin.stdout == written)
    }

    @Test func countsThatDoNotAddUpAreWarnedAboutAndStillReported() throws {
        let run = try CLIRunner.run(["report-html", "\(Self.fixtures)/inconsistent.json"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("id=\"inconsistent\""))
        #expect(
            run.stderr.contains("doclint report-html: warning: 'summary.findings' is 20, but the pages hold 19\n"),
            "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 8)
    }

    @Test func whatIsNotDriftJSONExitsTwoAndWritesNothing() throws {
        let dir = try Self.workspace(["broken.json": "{\"formatVersion\": 1,", "other.json": "{\"formatVersion\": 1}"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report.html").path
        let cases: [([String], String)] = [
            (["report-html"], "doclint report-html: give the drift JSON file"),
            (["report-html", "missing.json"], "doclint report-html: cannot read 'missing.json': not a readable file"),
            (["report-html", "."], "doclint report-html: cannot read '.': not a readable file"),
            (["report-html", "broken.json", "-o", out], "doclint report-html: 'broken.json' is not JSON:"),
            (
                ["report-html", "other.json", "-o", out],
                "doclint report-html: 'other.json' is not drift JSON: 'tool' is missing"
            ),
            (
                ["report-html", "a.json", "b.json"],
                "doclint report-html: give one drift JSON file, not 'a.json' and 'b.json'"
            ),
            (["report-html", "--format", "x"], "doclint report-html: unknown option '--format'"),
            (["report-html", "other.json", "-o"], "doclint report-html: option '-o' needs a value"),
        ]
        for (arguments, message) in cases {
            let run = try CLIRunner.run(arguments, in: dir)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stdout.isEmpty, "\(arguments)")
            #expect(run.stderr.hasPrefix(message), "\(arguments): \(run.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: out))
        let unwritable = try CLIRunner.run([
            "report-html", "\(CLIRunner.root.path)/\(Self.fixtures)/empty.json", "-o", "\(dir.path)/no/such/dir/r.html",
        ])
        #expect(unwritable.status == 2)
        #expect(unwritable.stderr.hasPrefix("doclint report-html: cannot write '\(dir.path)/no/such/dir/r.html':"))
    }
}
