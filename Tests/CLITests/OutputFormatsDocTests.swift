import Foundation
import Testing

/// `docs/output-formats.md` documents every format and every field the JSON format writes.
@Suite struct OutputFormatsDocTests {
    static func page() throws -> String {
        try String(contentsOf: CLIRunner.root.appendingPathComponent("docs/output-formats.md"), encoding: .utf8)
    }

    /// Every key of every object in `value`, recursively (the keys of `byRule` and `counters` are data).
    static func keys(_ value: Any) -> Set<String> {
        if let object = value as? [String: Any] {
            var found = Set(object.keys)
            for (key, member) in object where key != "byRule" && key != "counters" { found.formUnion(keys(member)) }
            return found
        }
        if let array = value as? [Any] { return array.reduce(into: []) { $0.formUnion(keys($1)) } }
        return []
    }

    @Test func everyJSONFieldIsDocumented() throws {
        let run = try CLIRunner.run(["lint", "--format", "json", "docs-samples"])
        let document = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        let fields = Self.keys(document)
        #expect(fields.isSuperset(of: ["fix", "edits", "replacement", "notes", "fingerprint", "unreadable"]))
        let page = try Self.page()
        for field in fields.sorted() {
            #expect(page.contains("`\(field)`"), "docs/output-formats.md does not document '\(field)'")
        }
    }

    @Test func everyFormatIsDocumentedAndListedInHelp() throws {
        let page = try Self.page()
        let help = try CLIRunner.run(["lint", "--help"]).stdout
        for format in ["text", "concise", "json", "json-lines", "sarif", "github", "gitlab", "junit"] {
            #expect(page.contains("| `\(format)`"), "\(format)")
            #expect(page.contains("## `\(format)`"), "\(format)")
            #expect(help.contains(format), "\(format)")
        }
    }
}
