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

    @Test func githubActionsJobUploadsValidSARIFAndGatesOnNewFindings() throws {
        let steps = try Self.commands(language: "yaml").filter { $0.contains("sarif") || $0.contains("github") }
        #expect(steps.count == 2, "\(steps)")
        let (report, gate) = (steps[0], steps[1])
        let dir = try Self.repository()
        defer { try? FileManager.default.removeItem(at: dir) }
        for round in ["accepted", "new finding"] {
            if round == "new finding" { try Self.addFinding(in: dir) }
            let reported = try CLIRunner.run(report, in: dir)
            #expect(reported.status == 0, "\(round): \(reported.stderr)")
            let sarif = dir.appendingPathComponent("doclint.sarif").path
            let schema = CLIRunner.root.appendingPathComponent("Schemas/external/sarif-schema-2.1.0.json").path
            let valid = try CLIRunner.run(["validate", "--schema", schema, "--assert-formats", sarif])
            #expect(valid.status == 0, "\(round): \(valid.stdout)")
            let log = try String(contentsOfFile: sarif, encoding: .utf8)
            #expect(log.components(separatedBy: "\"ruleId\":").count - 1 == (round == "accepted" ? 4 : 5))
            let gated = try CLIRunner.run(gate, in: dir)
            if round == "accepted" {
                #expect(gated.status == 0 && gated.stdout == "", "\(gated.stdout)")
            } else {
                #expect(gated.status == 1)
                #expect(
                    gated.stdout.split(separator: "\n") == [
                        "::error title=DL205 translated-type,file=docs/ru-RU/commsoperation.md,line=36,endLine=36,col=24,endColumn=30::type 'Строка' is translated; the en-US type is 'String'%0Afix (safe): write 'String'"
                    ])
            }
        }
    }

    @Test func gitlabJobWritesCodeQualityWithUniqueFingerprintsAndGatesOnNewFindings() throws {
        let script = try Self.commands(language: "yaml").filter { !$0.contains("sarif") && !$0.contains("github") }
        #expect(script.count == 2, "\(script)")
        let (report, gate) = (script[0], script[1])
        #expect(report.contains("gl-code-quality-report.json"))
        let dir = try Self.repository()
        defer { try? FileManager.default.removeItem(at: dir) }
        for round in ["accepted", "new finding"] {
            if round == "new finding" { try Self.addFinding(in: dir) }
            let reported = try CLIRunner.run(report, in: dir)
            #expect(reported.status == 0, "\(round): \(reported.stderr)")
            let data = try Data(contentsOf: dir.appendingPathComponent("gl-code-quality-report.json"))
            let issues = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
            #expect(issues.count == (round == "accepted" ? 4 : 5))
            let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
            #expect(fingerprints.count == issues.count && Set(fingerprints).count == issues.count)
            for issue in issues {
                let location = issue["location"] as? [String: Any]
                #expect((location?["path"] as? String)?.hasPrefix("docs/") == true)
                #expect(((location?["lines"] as? [String: Int])?["begin"] ?? 0) > 0)
                #expect(["major", "minor", "info"].contains(issue["severity"] as? String ?? ""))
                #expect((issue["check_name"] as? String)?.hasPrefix("DL") == true)
            }
            let gated = try CLIRunner.run(gate, in: dir)
            #expect(gated.status == (round == "accepted" ? 0 : 1), "\(gated.stdout)")
            #expect(
                gated.stdout.hasSuffix(
                    round == "accepted"
                        ? "4 findings in the baseline not shown\n"
                        : "(2 files checked); 4 findings in the baseline not shown\n"), "\(gated.stdout)")
        }
    }
}
