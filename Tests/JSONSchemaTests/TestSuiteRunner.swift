import Foundation
import JSONCore
import JSONSchema

/// Runs files of the official JSON-Schema-Test-Suite (`../shared/JSON-Schema-Test-Suite`, or
/// `$JSON_SCHEMA_TEST_SUITE`), with `remotes/` served from a local registry as `http://localhost:1234/`.
struct TestSuiteRunner {
    /// The suite's root folder, if it is present.
    static let root: URL? = {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["JSON_SCHEMA_TEST_SUITE"], !env.isEmpty {
            return fm.fileExists(atPath: env + "/tests") ? URL(fileURLWithPath: env) : nil
        }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let candidate = package.deletingLastPathComponent().appendingPathComponent("shared/JSON-Schema-Test-Suite")
        return fm.fileExists(atPath: candidate.path + "/tests") ? candidate : nil
    }()

    /// The suite's `remotes/` as a registry.
    static let remotes: SchemaRegistry = {
        var registry = SchemaRegistry()
        guard let root else { return registry }
        let folder = root.appendingPathComponent("remotes")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        for relative in files.sorted() where relative.hasSuffix(".json") {
            guard let data = FileManager.default.contents(atPath: folder.path + "/" + relative),
                let value = try? JSONParser.parse([UInt8](data)).value
            else { continue }
            registry.add(value, uri: "http://localhost:1234/" + relative)
        }
        return registry
    }()

    /// A test that did not give the expected answer.
    struct Failure: CustomStringConvertible {
        var file: String
        var group: String
        var test: String
        var detail: String
        var description: String { "\(file) | \(group) | \(test): \(detail)" }
    }

    /// The outcome of running some files.
    struct Tally {
        var passed = 0
        var total = 0
        var failures: [Failure] = []
    }

    /// The `.json` files directly inside `folder` (relative to `tests/`), sorted.
    static func files(in folder: String) -> [URL] {
        guard let root else { return [] }
        let dir = root.appendingPathComponent("tests").appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { dir.appendingPathComponent($0) }
    }

    /// Runs every test of `files` with the given dialect (when the schema has no `$schema`).
    static func run(_ files: [URL], dialect: Dialect, assertFormats: Bool) -> Tally {
        var tally = Tally()
        for file in files {
            guard let data = FileManager.default.contents(atPath: file.path),
                let groups = try? JSONParser.parse([UInt8](data)).value.arrayValue
            else {
                tally.failures.append(Failure(file: file.lastPathComponent, group: "", test: "", detail: "unreadable"))
                continue
            }
            for group in groups {
                let description = group["description"]?.stringValue ?? ""
                let tests = group["tests"]?.arrayValue ?? []
                tally.total += tests.count
                let options = JSONSchema.Options(
                    dialect: dialect, assertFormats: assertFormats, registry: remotes)
                let schema: JSONSchema
                do {
                    schema = try JSONSchema(compiling: group["schema"] ?? .bool(true), options: options)
                } catch {
                    for test in tests {
                        tally.failures.append(
                            Failure(
                                file: file.lastPathComponent, group: description,
                                test: test["description"]?.stringValue ?? "", detail: "schema error: \(error)"))
                    }
                    continue
                }
                for test in tests {
                    let expected = test["valid"]?.boolValue ?? false
                    let instance = test["data"] ?? .null
                    let flag = schema.isValid(instance)
                    let basic = schema.validate(instance, output: .basic)
                    if flag == expected && basic.isValid == expected && basic.errors.isEmpty == expected {
                        tally.passed += 1
                    } else {
                        tally.failures.append(
                            Failure(
                                file: file.lastPathComponent, group: description,
                                test: test["description"]?.stringValue ?? "",
                                detail:
                                    "expected \(expected), flag \(flag), basic \(basic.isValid) \(basic.errors.prefix(2))"
                            ))
                    }
                }
            }
        }
        return tally
    }
}
