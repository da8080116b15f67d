import DocLint
import Foundation
import GraphDocs
import JSONCore

/// Paths and helpers the DocLint tests share.
enum TestSupport {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// `docs-samples/`.
    static let samples = root.appendingPathComponent("docs-samples")
    /// This target's fixture folder.
    static let fixtures = root.appendingPathComponent("Tests/DocLintTests/Fixtures")

    /// The items of `docs-samples/MANIFEST.json` and of the fixtures' manifest (the candidate pages a seed
    /// page's path already takes), each with the folder its `file` is relative to.
    static func manifestItems() throws -> [(base: URL, item: JSONValue)] {
        let manifests = [
            (samples, samples.appendingPathComponent("MANIFEST.json")),
            (fixtures.appendingPathComponent("manifest"), fixtures.appendingPathComponent("manifest/MANIFEST.json")),
        ]
        var items: [(base: URL, item: JSONValue)] = []
        for (base, url) in manifests {
            let manifest = try JSONParser.parse([UInt8](try Data(contentsOf: url))).value
            items += (manifest["items"]?.arrayValue ?? []).map { (base, $0) }
        }
        return items
    }

    /// Lints `markdown` with every rule (or only `rule`).
    static func lint(_ markdown: String, rule: (any Rule.Type)? = nil, path: String = "test.md") -> [Diagnostic] {
        let linter = rule.map { Linter(rules: [$0.init()]) } ?? Linter()
        return linter.lint(GraphPage(path: path, bytes: Array(markdown.utf8)))
    }

    /// Lints a rule example with every rule (or only `rule`), compared with its en-US source when it has one.
    static func lint(_ example: RuleExample, rule: (any Rule.Type)? = nil) -> [Diagnostic] {
        guard let source = example.source else { return lint(example.markdown, rule: rule) }
        let linter = rule.map { Linter(rules: [$0.init()]) } ?? Linter()
        let located = LocatedSource(
            path: "test.md", revision: nil, exactness: example.sourceIsExact ? .exact : .latest,
            bytes: Array(source.utf8), location: "en-US/test.md")
        return linter.report(GraphPage(path: "test.md", bytes: Array(example.markdown.utf8)), source: .found(located))
            .diagnostics
    }

    /// Lints a file and returns its report.
    static func lint(file url: URL, displayPath: String) throws -> FileReport {
        Linter().lint(path: displayPath, bytes: [UInt8](try Data(contentsOf: url)))
    }
}
