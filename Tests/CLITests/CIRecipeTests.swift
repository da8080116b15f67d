import Foundation
import Testing

/// `docs/ci.md`'s GitHub Actions and GitLab CI jobs, exercised: the `doclint` commands are read from
/// the page's code blocks, as written, and run on a copy of sample pages; the files they write must be
/// what code scanning and GitLab read, and the exit codes what the page says.
@Suite struct CIRecipeTests {
    /// The `doclint ...` commands in the page's code blocks of `language`, in order, as arguments.
    static func commands(language: String) throws -> [[String]] {
        let page = try String(contentsOf: CLIRunner.root.appendingPathComponent("docs/ci.md"), encoding: .utf8)
        var found: [[String]] = []
        var inBlock = false
        for line in page.components(separatedBy: "\n") {
            if line.hasPrefix("```") {
                inBlock = !inBlock && line == "```\(language)"
                continue
            }
            guard inBlock, let start = line.range(of: "doclint lint ") else { continue }
            found.append(line[start.lowerBound...].split(separator: " ").dropFirst().map(String.init))
        }
        return found
    }

    /// A repository with two translated sample pages under `docs/` and the baseline recorded as the page says.
    static func repository() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-ci-\(UUID().uuidString)")
        for locale in ["ru-RU", "zh-CN"] {
            let target = dir.appendingPathComponent("docs/\(locale)")
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: CLIRunner.root.appendingPathComponent(
                    "docs-samples/\(locale)/api-reference/beta/resources/commsoperation.md"),
                to: target.appendingPathComponent("commsoperation.md"))
        }
        let record = try commands(language: "sh")
        #expect(record.count == 1 && record.first?.contains("--write-baseline") == true, "\(record)")
        let run = try CLIRunner.run(record[0], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(".doclint-baseline.json").path))
        return dir
    }

    /// Adds an error the baseline does not know to one page.
    static func addFinding(in dir: URL) throws {
        let file = dir.appendingPathComponent("docs/ru-RU/commsoperation.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        let edited = text.replacingOccurrences(
            of: "| status             | String ", with: "| status             | Строка ")
        #expect(edited != text)
        try Data(edited.utf8).write(to: file)
    }

    /// Runs a job's two steps, the report and the gate, in a fresh repository: first with every finding
    /// accepted by the baseline, then with one new error. The report step must exit 0 both times;
    /// `check` gets whether the new error is there, the repository and the gate's run.
    static func exercise(
        _ steps: [[String]], check: (_ withNewError: Bool, _ dir: URL, _ gate: CLIRunner.Output) throws -> Void
    ) throws {
        #expect(steps.count == 2, "\(steps)")
        guard steps.count == 2 else { return }
        let dir = try repository()
        defer { try? FileManager.default.removeItem(at: dir) }
        for withNewError in [false, true] {
            if withNewError { try addFinding(in: dir) }
            let reported = try CLIRunner.run(steps[0], in: dir)
            #expect(reported.status == 0, "\(reported.stderr)")
            try check(withNewError, dir, try CLIRunner.run(steps[1], in: dir))
        }
    }

    @Test func githubActionsJobUploadsValidSARIFAndGatesOnNewFindings() throws {
        let steps = try Self.commands(language: "yaml").filter { $0.contains("sarif") || $0.contains("github") }
        try Self.exercise(steps) { withNewError, dir, gated in
            let sarif = dir.appendingPathComponent("doclint.sarif").path
            let schema = CLIRunner.root.appendingPathComponent("Schemas/external/sarif-schema-2.1.0.json").path
            let valid = try CLIRunner.run(["validate", "--schema", schema, "--assert-formats", sarif])
            #expect(valid.status == 0, "\(valid.stdout)")
            let log = try String(contentsOfFile: sarif, encoding: .utf8)
            #expect(log.components(separatedBy: "\"ruleId\":").count - 1 == (withNewError ? 5 : 4))
            if withNewError {
                #expect(gated.status == 1)
                #expect(
                    gated.stdout.split(separator: "\n") == [
                        "::error title=DL205 translated-type,file=docs/ru-RU/commsoperation.md,line=36,endLine=36,col=24,endColumn=30::type 'Строка' is translated; the en-US type is 'String'%0Afix (safe): write 'String'"
                    ])
            } else {
                #expect(gated.status == 0 && gated.stdout == "", "\(gated.stdout)")
            }
        }
    }

    @Test func gitlabJobWritesCodeQualityWithUniqueFingerprintsAndGatesOnNewFindings() throws {
        let script = try Self.commands(language: "yaml").filter { !$0.contains("sarif") && !$0.contains("github") }
        #expect(script.first?.contains("gl-code-quality-report.json") == true)
        try Self.exercise(script) { withNewError, dir, gated in
            let data = try Data(contentsOf: dir.appendingPathComponent("gl-code-quality-report.json"))
            let issues = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
            #expect(issues.count == (withNewError ? 5 : 4))
            let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
            #expect(fingerprints.count == issues.count && Set(fingerprints).count == issues.count)
            for issue in issues {
                let location = issue["location"] as? [String: Any]
                #expect((location?["path"] as? String)?.hasPrefix("docs/") == true)
                #expect(((location?["lines"] as? [String: Int])?["begin"] ?? 0) > 0)
                #expect(["major", "minor", "info"].contains(issue["severity"] as? String ?? ""))
                #expect((issue["check_name"] as? String)?.hasPrefix("DL") == true)
            }
            #expect(gated.status == (withNewError ? 1 : 0), "\(gated.stdout)")
            let summary =
                withNewError
                ? "(2 files checked); 4 findings in the baseline not shown\n" : "4 findings in the baseline not shown\n"
            #expect(gated.stdout.hasSuffix(summary), "\(gated.stdout)")
        }
    }
}
