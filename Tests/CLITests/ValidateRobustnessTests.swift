import Foundation
import Testing

/// `doclint validate` on hostile input: refused or read, never hung; a limit is doclint giving up
/// (exit 2, naming the limit), not the data being invalid; messages stay short.
@Suite("doclint validate robustness")
struct ValidateRobustnessTests {
    static func workspace(_ files: [String: String]) throws -> URL {
        try ValidateCommandTests.workspace(files)
    }

    @Test func aFIFONamedJSONLinesIsRefusedNotWaitedOn() throws {
        let dir = try Self.workspace(["one.json": ##"{"id": "AB1"}"##])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(mkfifo(dir.appendingPathComponent("items.jsonl").path, 0o644) == 0)
        #expect(mkfifo(dir.appendingPathComponent("pipe.json").path, 0o644) == 0)
        let start = Date()
        let run = try CLIRunner.run(
            ["validate", "--schema", "schema.json", "items.jsonl", "pipe.json", "one.json"], in: dir)
        #expect(Date().timeIntervalSince(start) < 30)
        #expect(run.status == 2)
        #expect(run.stderr.contains("cannot read 'items.jsonl': not a regular file (a FIFO)"), "\(run.stderr)")
        #expect(run.stderr.contains("cannot read 'pipe.json': not a regular file (a FIFO)"), "\(run.stderr)")
        #expect(run.stderr.contains("1 instance checked: 1 valid, 0 invalid; 2 files unreadable"), "\(run.stderr)")
    }

    @Test func unreadableOrMissingFilesAreNeverCountedAsInstances() throws {
        let dir = try Self.workspace(["bad.json": ##"{"id": 1}"##])
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("folder.json"), withIntermediateDirectories: true)
        let missing = try CLIRunner.run(["validate", "--schema", "schema.json", "nowhere.json"], in: dir)
        #expect(missing.status == 2)
        #expect(
            missing.stderr.hasSuffix("0 instances checked: 0 valid, 0 invalid; 1 file unreadable\n"),
            "\(missing.stderr)")
        let mixed = try CLIRunner.run(["validate", "--schema", "schema.json", "bad.json", "nowhere.json"], in: dir)
        #expect(mixed.status == 2)
        #expect(mixed.stderr.contains("1 instance checked: 0 valid, 1 invalid; 1 file unreadable"), "\(mixed.stderr)")
        #expect(!mixed.stderr.contains("-1"))
    }

    @Test func aCatastrophicPatternIsDoclintGivingUpNotInvalidData() throws {
        let dir = try Self.workspace([
            "catastrophic.json": ##"{"type": "string", "pattern": "^(a*)*\\1b$"}"##,
            "guarded.json": ##"{"not": {"type": "string", "pattern": "^(a*)*\\1b$"}}"##,
            "value.json": "\"" + String(repeating: "a", count: 40) + "\"",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        for schema in ["catastrophic.json", "guarded.json"] {
            let run = try CLIRunner.run(["validate", "--schema", schema, "value.json"], in: dir)
            #expect(run.status == 2, "\(schema)")
            #expect(run.stdout.contains("value.json:1:1: error: not validated: doclint gave up:"), "\(run.stdout)")
            #expect(run.stdout.contains("exceeded its step budget"), "\(run.stdout)")
            #expect(run.stderr.contains("1 instance checked: 0 valid, 0 invalid, 1 undecided (a limit was reached)"))
        }
        let json = try CLIRunner.run(
            ["validate", "--schema", "catastrophic.json", "--output", "flag", "value.json"], in: dir)
        #expect(json.status == 2)
        #expect(json.stdout.contains(##""valid":false,"error":"not validated: doclint gave up: "##), "\(json.stdout)")
    }

    @Test func theEvaluationDepthLimitIsDoclintGivingUp() throws {
        // Each level of the instance is two levels of evaluation (the property, then the reference).
        let instance = String(repeating: ##"{"x":"##, count: 400) + "1" + String(repeating: "}", count: 400)
        let dir = try Self.workspace([
            "recursive.json": ##"{"properties": {"x": {"$ref": "#"}}}"##, "deep.json": instance,
            "shallow.json": ##"{"x": {"x": 1}}"##,
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLIRunner.run(["validate", "--schema", "recursive.json", "deep.json", "shallow.json"], in: dir)
        #expect(run.status == 2)
        #expect(
            run.stdout.contains(
                "deep.json:1:1: error: not validated: doclint gave up: evaluation is nested deeper than the limit of 600"
            ),
            "\(run.stdout)")
        #expect(run.stderr.contains("2 instances checked: 1 valid, 0 invalid, 1 undecided"), "\(run.stderr)")
    }

    @Test func aSchemaNestedPastTheParserLimitIsTooDeepNotInvalid() throws {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        let dir = try Self.workspace(["deep.json": deep, "one.json": "{}"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let schema = try CLIRunner.run(["validate", "--schema", "deep.json", "one.json"], in: dir)
        #expect(schema.status == 2)
        #expect(
            schema.stderr.contains(
                "'deep.json' nests arrays and objects deeper than doclint's limit of 512 levels (at 1:513); it is not read"
            ),
            "\(schema.stderr)")
        #expect(!schema.stderr.contains("not valid JSON"))
        let instance = try CLIRunner.run(["validate", "--schema", "schema.json", "deep.json"], in: dir)
        #expect(instance.status == 2)
        #expect(
            instance.stdout.contains(
                "deep.json:1:513: error: not validated: the JSON nests deeper than doclint's limit"))
        #expect(instance.stderr.contains("1 undecided"), "\(instance.stderr)")
    }

    @Test func aHugeBadPatternIsNotEchoedWhole() throws {
        let pattern = "(" + String(repeating: "a", count: 700_000)
        let dir = try Self.workspace([
            "huge.json": ##"{"patternProperties": {"x": {"pattern": "\##(pattern)"}}}"##, "one.json": "{}",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLIRunner.run(["validate", "--schema", "huge.json", "one.json"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.contains("invalid schema 'huge.json': pattern '(aaaa"), "\(run.stderr.prefix(300))")
        #expect(run.stderr.utf8.count < 1000, "\(run.stderr.utf8.count) bytes")
    }

    @Test func everyMetaschemaFileIsChecked() throws {
        let dir = try Self.workspace([
            "good.json": ##"{"type": "string"}"##, "bad.json": ##"{"type": 12}"##, "also.json": ##"{"minimum": 1}"##,
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLIRunner.run(["validate", "--metaschema", "good.json", "bad.json", "also.json"], in: dir)
        #expect(run.status == 1)
        #expect(run.stderr.contains("'good.json' is a valid schema"), "\(run.stderr)")
        #expect(run.stderr.contains("'bad.json' does not match its meta-schema"), "\(run.stderr)")
        #expect(run.stderr.contains("'also.json' is a valid schema"), "\(run.stderr)")
        let missing = try CLIRunner.run(["validate", "--metaschema", "good.json", "nowhere.json"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read 'nowhere.json': no such file or directory"), "\(missing.stderr)")
    }

    @Test func aReferenceToTheNetworkIsRefusedNeverFetched() throws {
        let dir = try Self.workspace([
            "remote.json": ##"{"$ref": "https://json-schema.example/never.json"}"##, "one.json": "{}",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLIRunner.run(["validate", "--schema", "remote.json", "one.json"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.contains("https://json-schema.example/never.json"), "\(run.stderr)")
        // Nothing in the product can fetch: no URL loading API is used anywhere in the sources.
        let sources = CLIRunner.root.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for api in ["URLSession", "contentsOf: URL(string", "FoundationNetworking"] {
                #expect(!text.contains(api), "\(file) uses \(api)")
            }
        }
    }
}
