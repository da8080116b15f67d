import Foundation
import Testing

/// `doclint validate` end to end: exit codes, text positions, JSON Lines, stdin and JSON output units.
@Suite("doclint validate")
struct ValidateCommandTests {
    /// A fresh directory with a schema (`schema.json`) and the given files.
    static func workspace(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let schema = ##"""
            {"type": "object", "required": ["id"], "additionalProperties": false,
             "properties": {"id": {"type": "string", "pattern": "^[A-Z]{2}\\d+$"}, "n": {"type": "integer"}}}
            """##
        try Data(schema.utf8).write(to: dir.appendingPathComponent("schema.json"))
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        return dir
    }

    @Test func exitCodesAndTextPositions() throws {
        let dir = try Self.workspace([
            "good.json": ##"{"id": "AB12"}"##,
            "bad.json": "{\n  \"id\": \"AB12\",\n  \"n\": \"seven\"\n}\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = try CLIRunner.run(["validate", "--schema", "schema.json", "good.json"], in: dir)
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.isEmpty)
        let bad = try CLIRunner.run(["validate", "--schema", "schema.json", "good.json", "bad.json"], in: dir)
        #expect(bad.status == 1)
        // The failing value "seven" is on line 3, column 8.
        #expect(bad.stdout.hasPrefix("bad.json:3:8: error: value 'seven' is not of type 'integer'"), "\(bad.stdout)")
        #expect(bad.stderr.contains("2 instances checked: 1 valid, 1 invalid"), "\(bad.stderr)")
    }

    @Test func badSchemaUnreadableInputAndUsageExitTwo() throws {
        let dir = try Self.workspace(["broken.json": ##"{"pattern": "[z-a]"}"##, "one.json": "{}"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let badSchema = try CLIRunner.run(["validate", "--schema", "broken.json", "one.json"], in: dir)
        #expect(badSchema.status == 2)
        #expect(badSchema.stderr.contains("invalid schema 'broken.json'"), "\(badSchema.stderr)")
        let missing = try CLIRunner.run(["validate", "--schema", "schema.json", "nowhere.json"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("'nowhere.json'"), "\(missing.stderr)")
        let usage = try CLIRunner.run(["validate", "--output", "fancy", "one.json"], in: dir)
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("usage: doclint validate"), "\(usage.stderr)")
    }

    @Test func jsonLinesAreReportedPerLine() throws {
        let lines = [##"{"id": "AB1"}"##, "", ##"{"id": "ab1"}"##, ##"{"id": "CD2", "n": 1}"##, "{oops"]
        let dir = try Self.workspace(["items.jsonl": lines.joined(separator: "\n") + "\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try CLIRunner.run(["validate", "--schema", "schema.json", "items.jsonl"], in: dir)
        #expect(text.status == 2)  // line 5 is not JSON
        #expect(
            text.stdout.contains("items.jsonl:3:8: error: string 'ab1' does not match the pattern"), "\(text.stdout)")
        #expect(text.stdout.contains("items.jsonl:5:"), "\(text.stdout)")
        let flag = try CLIRunner.run(
            ["validate", "--schema", "schema.json", "--output", "flag", "items.jsonl"], in: dir)
        let units = flag.stdout.split(separator: "\n").map(String.init)
        #expect(units.count == 4, "\(flag.stdout)")  // the blank line is not an instance
        #expect(units.first == ##"{"instance":"items.jsonl:1","valid":true}"##)
        #expect(units.dropFirst().first == ##"{"instance":"items.jsonl:3","valid":false}"##)
    }

    @Test func jsonLinesLongerThanOneReadBlockKeepTheirLineNumbers() throws {
        // About 6 MB: the file is read in blocks, so lines straddle block boundaries.
        let padding = String(repeating: "x", count: 5_000)
        var lines = (1...1_200).map { ##"{"id": "AB\##($0)", "pad": "\##(padding)"}"## }
        lines[1_099] = ##"{"id": "AB1", "n": 1.5}"##
        let schema = ##"{"properties": {"id": {"pattern": "^AB\\d+$"}, "n": {"type": "integer"}}}"##
        let dir = try Self.workspace(["big.jsonl": lines.joined(separator: "\n"), "loose.json": schema])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLIRunner.run(["validate", "--schema", "loose.json", "big.jsonl"], in: dir)
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("big.jsonl:1100:"), "\(run.stdout.prefix(200))")
        #expect(run.stdout.split(separator: "\n").count == 1)
        #expect(run.stderr.contains("1200 instances checked: 1199 valid, 1 invalid"), "\(run.stderr)")
    }

    @Test func standardInputWithBasicOutput() throws {
        let dir = try Self.workspace([:])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLIRunner.run(
            ["validate", "--schema", "schema.json", "--output", "basic", "-"], stdin: ##"{"id": 5, "extra": true}"##,
            in: dir)
        #expect(run.status == 1)
        let unit = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(unit.hasPrefix(##"{"instance":"<stdin>","valid":false,"errors":["##), "\(unit)")
        #expect(unit.contains(##""keywordLocation":"/additionalProperties""##), "\(unit)")
        #expect(unit.contains(##""instanceLocation":"/extra""##), "\(unit)")
        #expect(unit.contains(##""keywordLocation":"/properties/id/type""##), "\(unit)")
        #expect(!unit.contains("\n"))
    }
}

@Suite struct ValidateTextOutputTests {
    @Test func aPropertyThatFailsItsOwnSchemaIsNotAlsoReportedAsUnevaluated() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-readable-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(#"{"type": "object", "properties": {"a": {"type": "integer"}}, "unevaluatedProperties": false}"#.utf8)
            .write(to: dir.appendingPathComponent("s.json"))
        try Data(#"{"a": "x", "b": 1}"#.utf8).write(to: dir.appendingPathComponent("i.json"))
        let run = try CLIRunner.run([
            "validate", "--schema", dir.appendingPathComponent("s.json").path,
            dir.appendingPathComponent("i.json").path,
        ])
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map { String($0.split(separator: " ", maxSplits: 1)[1]) }
        #expect(
            lines == [
                "error: value 'x' is not of type 'integer' (instance '/a', keyword '/properties/a/type')",
                "error: unevaluated property 'b' is not allowed (instance '/b', keyword '/unevaluatedProperties')",
            ])
    }
}
