import Foundation
import JSONCore
import Testing

@testable import ECMARegex

/// Runs the regex-related files of the JSON Schema Test Suite through the engine.
///
/// Cases whose schema is `pattern`, `patternProperties` (with `true`, `false`, `type` or `maximum`
/// subschemas and optional `additionalProperties: false`) or `format: regex` are checked; the others
/// (non-string instances, unrelated keywords) are not about regular expressions and are skipped.
@Suite struct ConformanceTests {
    static let files = [
        "optional/ecmascript-regex.json", "pattern.json", "patternProperties.json", "optional/non-bmp-regex.json",
        "optional/format/regex.json", "optional/format/ecmascript-regex.json",
    ]

    static var suiteDirectory: URL {
        if let env = ProcessInfo.processInfo.environment["JSON_SCHEMA_TEST_SUITE"] {
            return URL(fileURLWithPath: env)
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.deletingLastPathComponent().appendingPathComponent("shared/JSON-Schema-Test-Suite")
    }

    @Test func regexCasesOfTheOfficialSuite() throws {
        let tests = ConformanceTests.suiteDirectory.appendingPathComponent("tests/draft2020-12")
        guard FileManager.default.fileExists(atPath: tests.path) else {
            print("JSON-Schema-Test-Suite not found at \(tests.path); conformance test skipped")
            return
        }
        var passed = 0
        var checked = 0
        for file in ConformanceTests.files {
            let data = try Data(contentsOf: tests.appendingPathComponent(file))
            let groups = try #require(try JSONParser.parse(Array(data)).value.arrayValue)
            var filePassed = 0
            var fileChecked = 0
            for group in groups {
                let schema = try #require(group["schema"])
                let description = group["description"]?.stringValue ?? ""
                for test in group["tests"]?.arrayValue ?? [] {
                    guard let expected = test["valid"]?.boolValue, let instance = test["data"] else { continue }
                    guard let actual = try ConformanceTests.evaluate(schema: schema, instance: instance) else {
                        continue
                    }
                    fileChecked += 1
                    if actual == expected {
                        filePassed += 1
                    } else {
                        let what = test["description"]?.stringValue ?? ""
                        Issue.record("\(file): \(description): \(what): expected \(expected), got \(actual)")
                    }
                }
            }
            print("\(file): \(filePassed)/\(fileChecked) regex cases pass")
            passed += filePassed
            checked += fileChecked
        }
        print("JSON-Schema-Test-Suite regex cases: \(passed)/\(checked) pass")
        #expect(checked > 100)
    }

    /// The validation result of a regex-only schema, or nil when the case is not about regexes.
    static func evaluate(schema: JSONValue, instance: JSONValue) throws -> Bool? {
        guard let object = schema.objectValue else { return nil }
        let keys = Set(object.keys).subtracting(["$schema"])
        if keys.contains("pattern") {
            guard keys.isSubset(of: ["pattern", "type"]), let pattern = object["pattern"]?.stringValue,
                let text = instance.stringValue
            else { return nil }
            return try ECMARegex(pattern).evaluate(text)
        }
        if keys.contains("patternProperties") {
            guard keys.isSubset(of: ["patternProperties", "additionalProperties", "type"]),
                let patterns = object["patternProperties"]?.objectValue, let members = instance.objectValue
            else { return nil }
            let closed = object["additionalProperties"]?.boolValue == false
            var compiled: [(ECMARegex, JSONValue)] = []
            for member in patterns.members {
                compiled.append((try ECMARegex(member.key), member.value))
            }
            var valid = true
            for member in members.members {
                var matched = false
                for (regex, subschema) in compiled where try regex.evaluate(member.key) {
                    matched = true
                    guard let ok = satisfies(member.value, subschema) else { return nil }
                    valid = valid && ok
                }
                if closed && !matched { valid = false }
            }
            return valid
        }
        if object["format"]?.stringValue == "regex" {
            guard keys == ["format"], let text = instance.stringValue else { return nil }
            return ECMARegex.isValid(text)
        }
        return nil
    }

    /// Whether `value` satisfies a small subschema; nil for keywords this test does not know.
    static func satisfies(_ value: JSONValue, _ schema: JSONValue) -> Bool? {
        if let b = schema.boolValue { return b }
        guard let object = schema.objectValue else { return nil }
        var ok = true
        for member in object.members {
            switch member.key {
            case "type":
                switch (member.value.stringValue, value.kind) {
                case ("integer", .number(let n)): ok = ok && n.isInteger
                case ("number", .number), ("string", .string), ("null", .null), ("boolean", .bool): break
                default: ok = false
                }
            case "maximum":
                guard let limit = member.value.numberValue else { return nil }
                if let n = value.numberValue { ok = ok && n.double <= limit.double }
            default:
                return nil
            }
        }
        return ok
    }
}
