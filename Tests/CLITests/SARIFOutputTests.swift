import Foundation
import Testing

/// `--format sarif` is checked against the SARIF 2.1.0 schema (committed in `Schemas/external/`) with
/// doclint's own validator, and for what code scanning reads: rules with help, column kind,
/// fingerprints, fixes and related locations.
@Suite struct SARIFOutputTests {
    static let schema = CLIRunner.root.appendingPathComponent("Schemas/external/sarif-schema-2.1.0.json").path

    /// A fresh temporary folder.
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-sarif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Validates the SARIF text `log` against the schema with `doclint validate`.
    static func validate(_ log: String, in dir: URL) throws -> CLIRunner.Output {
        let file = dir.appendingPathComponent("log-\(UUID().uuidString).sarif")
        try Data(log.utf8).write(to: file)
        return try CLIRunner.run(["validate", "--schema", schema, "--assert-formats", file.path])
    }

    @Test func lintOutputValidatesAgainstTheSARIFSchema() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLIRunner.run(["lint", "--format", "sarif", "docs-samples"])
        #expect(run.status == 1)
        let valid = try Self.validate(run.stdout, in: dir)
        #expect(valid.status == 0, "\(valid.stdout)\(valid.stderr)")
        // The check can fail: a level SARIF does not have, and a property the schema does not allow.
        let badLevel = run.stdout.replacingOccurrences(of: "\"level\": \"warning\"", with: "\"level\": \"fatal\"")
        #expect(badLevel != run.stdout)
        let invalid = try Self.validate(badLevel, in: dir)
        #expect(invalid.status == 1)
        #expect(invalid.stdout.contains("'fatal' is not one of"), "\(invalid.stdout)")
        let extra = run.stdout.replacingOccurrences(of: "\"columnKind\"", with: "\"columnKinds\"")
        #expect(try Self.validate(extra, in: dir).status == 1)
        // A run without findings, and one with an unreadable file, are valid logs too.
        let clean = try CLIRunner.run([
            "lint", "--format", "sarif", "docs-samples/de-DE/api-reference/beta/resources/commsoperation.md",
        ])
        #expect(clean.status == 0 && clean.stdout.contains("\"results\": [],"))
        #expect(try Self.validate(clean.stdout, in: dir).status == 0)
    }

    @Test func anUnreadablePageIsAToolNotificationAndExitsTwo() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(
            at: CLIRunner.root.appendingPathComponent(
                "docs-samples/zh-CN/api-reference/beta/resources/commsoperation.md"),
            to: dir.appendingPathComponent("a.md"))
        // A FIFO named like a page is refused, not read (reading it would block).
        #expect(mkfifo(dir.appendingPathComponent("b.md").path, 0o644) == 0)
        let run = try CLIRunner.run(["lint", "--format", "sarif", "."], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.contains("b.md"), "\(run.stderr)")
        #expect(run.stdout.contains("\"executionSuccessful\": false"))
        #expect(run.stdout.contains("\"ruleId\": \"DL205\""))
        #expect(try Self.validate(run.stdout, in: dir).status == 0)
    }

    @Test func resultsCarryRulesFingerprintsFixesAndRelatedLocations() throws {
        let run = try CLIRunner.run(["lint", "--format", "sarif", "docs-samples"])
        // An independent parser (Foundation's) reads what doclint's writer wrote.
        let log = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let sarifRun = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(sarifRun["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((sarifRun["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let rulesListed = CLIRunner.tableRows(try CLIRunner.run(["rules"]).stdout)
        #expect(rules.count == rulesListed.count)
        for rule in rules {
            let help = rule["help"] as? [String: Any]
            #expect((help?["text"] as? String)?.isEmpty == false, "\(rule["id"] ?? "?")")
            #expect((help?["markdown"] as? String)?.hasPrefix("# \(rule["id"] as? String ?? "?")") == true)
        }
        let results = try #require(sarifRun["results"] as? [[String: Any]])
        #expect(results.count == 199)
        var withFix = 0
        var withRelated = 0
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            let fingerprint = (result["partialFingerprints"] as? [String: String])?["doclint/v1"]
            #expect(fingerprint?.count == 16)
            if let fixes = result["fixes"] as? [[String: Any]] {
                withFix += 1
                let change = (fixes.first?["artifactChanges"] as? [[String: Any]])?.first
                #expect((change?["replacements"] as? [[String: Any]])?.isEmpty == false)
            }
            if let related = result["relatedLocations"] as? [[String: Any]] {
                withRelated += 1
                #expect(related.allSatisfy { $0["physicalLocation"] != nil && $0["message"] != nil })
            }
        }
        #expect(withFix > 0 && withRelated > 0, "\(withFix) fixes, \(withRelated) with related locations")
        // The fix of a DL205 finding replaces exactly the translated word.
        let translated = try #require(
            results.first {
                $0["ruleId"] as? String == "DL205"
                    && ($0["message"] as? [String: Any])?["text"] as? String
                        == "type 'Строка' is translated; the en-US type is 'String'"
            })
        let replacement = try #require(
            ((translated["fixes"] as? [[String: Any]])?.first?["artifactChanges"] as? [[String: Any]])?.first?[
                "replacements"] as? [[String: Any]])
        #expect((replacement.first?["insertedContent"] as? [String: Any])?["text"] as? String == "String")
        let region = try #require(replacement.first?["deletedRegion"] as? [String: Int])
        #expect(region["endColumn"]! - region["startColumn"]! == "Строка".unicodeScalars.count)
    }

    @Test func validateWritesSARIFThatValidatesToo() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(#"{"type": "object", "properties": {"n": {"type": "integer"}}}"#.utf8)
            .write(to: dir.appendingPathComponent("s.json"))
        try Data("{\"n\": \"x\"}\n{\"n\": 1}\n{oops\n".utf8).write(to: dir.appendingPathComponent("items.jsonl"))
        let run = try CLIRunner.run(["validate", "--schema=s.json", "--format=sarif", "items.jsonl"], in: dir)
        #expect(run.status == 2)  // line 3 is not JSON
        #expect(run.stdout.contains("\"ruleId\": \"JS001\""))
        #expect(run.stdout.contains("\"ruleId\": \"JS002\""))
        let valid = try Self.validate(run.stdout, in: dir)
        #expect(valid.status == 0, "\(valid.stdout)\(valid.stderr)")
    }
}

extension CLIRunner {
    /// The body rows of a Markdown table.
    static func tableRows(_ table: String) -> [String] {
        table.split(separator: "\n").map(String.init).filter { $0.hasPrefix("| DL") }
    }
}
