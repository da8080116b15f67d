import Foundation
import Testing

/// `doclint validate --format`: the lint reporters render schema failures; the text output stays.
@Suite struct ValidateFormatTests {
    static func workspace() throws -> URL {
        try ValidateCommandTests.workspace([
            "bad.json": "{\n  \"id\": \"AB12\",\n  \"n\": \"seven\"\n}\n", "good.json": ##"{"id": "AB12"}"##,
            "items.jsonl": ##"{"id": "ab1"}"## + "\n" + ##"{"id": "CD2"}"## + "\n",
        ])
    }

    @Test func githubAnnotationsAtTheFailingValue() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLIRunner.run(
            ["validate", "--schema", "schema.json", "--format", "github", "good.json", "bad.json"], in: dir)
        #expect(run.status == 1)
        #expect(run.stderr == "")
        #expect(
            run.stdout
                == "::error title=JS001 schema-violation,file=bad.json,line=3,endLine=3,col=8,endColumn=15::value 'seven' is not of type 'integer' (instance '/n', keyword '/properties/n/type')\n"
        )
    }

    @Test func jsonHasTheLintFieldsAndCountsInstances() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLIRunner.run(
            ["validate", "--schema=schema.json", "--format=json", "bad.json", "items.jsonl"], in: dir)
        #expect(run.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(findings.map { $0["path"] as? String } == ["bad.json", "items.jsonl"])
        #expect(findings.map { $0["line"] as? Int } == [3, 1])
        #expect(findings.allSatisfy { ($0["fingerprint"] as? String)?.count == 16 && $0["code"] as? String == "JS001" })
        let summary = try #require(document["summary"] as? [String: Any])
        #expect(summary["filesChecked"] as? Int == 2)
        #expect((summary["counters"] as? [String: Int])?["instances checked"] == 3)
    }

    @Test func formatAndOutputUnitsAreExclusiveAndTextStaysTheDefault() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let both = try CLIRunner.run(
            ["validate", "--schema", "schema.json", "--format", "json", "--output", "basic", "bad.json"], in: dir)
        #expect(both.status == 2 && both.stderr.contains("not both"))
        let text = try CLIRunner.run(["validate", "--schema", "schema.json", "--format", "text", "bad.json"], in: dir)
        let plain = try CLIRunner.run(["validate", "--schema", "schema.json", "bad.json"], in: dir)
        #expect(text.stdout == plain.stdout && text.stderr == plain.stderr && text.status == plain.status)
    }

    @Test func aMissingInstanceFileIsCountedAsAFileNotAnInstance() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLIRunner.run(["validate", "--schema", "schema.json", "good.json", "nowhere.json"], in: dir)
        #expect(run.status == 2)
        #expect(
            run.stderr.contains("1 instance checked: 1 valid, 0 invalid; 1 file unreadable"), "\(run.stderr)")
        #expect(!run.stderr.contains("-1"))
    }

    @Test func metaschemaChecksEveryFileNamed() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(#"{"type": "nope"}"#.utf8).write(to: dir.appendingPathComponent("wrong.json"))
        let run = try CLIRunner.run(["validate", "--metaschema", "schema.json", "wrong.json"], in: dir)
        #expect(run.status == 1)
        #expect(run.stderr.contains("'schema.json' is a valid schema"))
        #expect(run.stderr.contains("'wrong.json' does not match its meta-schema"))
    }
}
