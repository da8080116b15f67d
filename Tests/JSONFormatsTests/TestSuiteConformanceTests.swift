import Foundation
import JSONCore
import JSONFormats
import Testing

/// Runs the JSON Schema Test Suite's optional format tests through `FormatChecker`.
@Suite struct TestSuiteConformanceTests {
    static let drafts = ["draft4", "draft6", "draft7", "draft2019-09", "draft2020-12"]

    /// One `{"format": F}` test with string data.
    struct Case {
        var file: String
        var description: String
        var format: String
        var data: String
        var valid: Bool
    }

    /// The suite's root: `$JSON_SCHEMA_TEST_SUITE`, else `../shared/JSON-Schema-Test-Suite` beside the repository.
    static func suiteRoot() -> URL? {
        let fileManager = FileManager.default
        if let path = ProcessInfo.processInfo.environment["JSON_SCHEMA_TEST_SUITE"], !path.isEmpty {
            return fileManager.fileExists(atPath: path) ? URL(fileURLWithPath: path) : nil
        }
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let root = repository.deletingLastPathComponent().appendingPathComponent("shared/JSON-Schema-Test-Suite")
        return fileManager.fileExists(atPath: root.path) ? root : nil
    }

    /// Every string-data case of `draft` whose schema is only `format` (and `$schema`).
    static func cases(in root: URL, draft: String) throws -> [Case] {
        let directory = root.appendingPathComponent("tests/\(draft)/optional/format")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }
        var cases: [Case] = []
        for file in files.sorted() {
            let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(file)))
            let document = try JSONParser.parse(bytes).value
            for group in document.arrayValue ?? [] {
                guard let schema = group["schema"]?.objectValue,
                    let format = schema["format"]?.stringValue,
                    schema.keys.allSatisfy({ $0 == "format" || $0 == "$schema" })
                else { continue }
                for test in group["tests"]?.arrayValue ?? [] {
                    guard let data = test["data"]?.stringValue, let valid = test["valid"]?.boolValue else { continue }
                    let description = test["description"]?.stringValue ?? ""
                    cases.append(
                        Case(
                            file: "\(draft)/\(file)", description: description, format: format, data: data,
                            valid: valid))
                }
            }
        }
        return cases
    }

    @Test func optionalFormatTestsPass() throws {
        guard let root = Self.suiteRoot() else {
            print("JSON Schema Test Suite not found: conformance test skipped")
            return
        }
        var total = 0
        var totalPassed = 0
        for draft in Self.drafts {
            let cases = try Self.cases(in: root, draft: draft).filter {
                !FormatChecker.delegatedFormats.contains($0.format)
            }
            #expect(!cases.isEmpty, "no format cases found for \(draft)")
            var passed = 0
            var skipped = 0
            for item in cases {
                guard let result = FormatChecker.check(item.format, item.data) else {
                    // Unknown formats must be ignored by the validator, so every such case expects valid.
                    #expect(item.valid, "\(item.file): unknown format '\(item.format)' expected invalid")
                    skipped += 1
                    continue
                }
                #expect(
                    result == item.valid,
                    "\(item.file): \(item.description): \(item.format) \(String(reflecting: item.data)) should be \(item.valid ? "valid" : "invalid")"
                )
                if result == item.valid { passed += 1 }
            }
            let checked = cases.count - skipped
            print("\(draft): \(passed)/\(checked) format cases pass (\(skipped) with unknown formats skipped)")
            total += checked
            totalPassed += passed
        }
        print("all drafts: \(totalPassed)/\(total) format cases pass")
        #expect(total > 0)
    }
}
