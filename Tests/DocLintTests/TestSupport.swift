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

    /// The source pairing of a rule example compared with its en-US source (`nil` without one).
    static func pairing(_ example: RuleExample, path: String = "test.md") -> SourcePairing? {
        guard let source = example.source else { return nil }
        let located = LocatedSource(
            path: path, revision: nil, exactness: example.sourceIsExact ? .exact : .latest,
            bytes: Array(source.utf8), location: "en-US/" + path)
        return SourcePairing(known: [path: .found(located)])
    }

    /// Lints a rule example with every rule (or only `rule`), compared with its en-US source when it has one.
    static func lint(_ example: RuleExample, rule: (any Rule.Type)? = nil) -> [Diagnostic] {
        var linter = rule.map { Linter(rules: [$0.init()]) } ?? Linter()
        linter.sources = pairing(example)
        return linter.lint(GraphPage(path: "test.md", bytes: Array(example.markdown.utf8)))
    }

    /// `markdown` once `rule`'s fixes are applied (safe ones, or all with `unsafe`) until nothing changes.
    static func fixed(_ markdown: String, rule: RuleID, unsafe: Bool, path: String = "test.md") -> String {
        fixed(.good(markdown), rule: rule, unsafe: unsafe, path: path)
    }

    /// `example` once `rule`'s fixes are applied (safe ones, or all with `unsafe`) until nothing changes.
    static func fixed(_ example: RuleExample, rule: RuleID, unsafe: Bool, path: String = "test.md") -> String {
        let markdown = example.markdown
        let source = MemorySource([path: Array(markdown.utf8)])
        let sources = pairing(example, path: path)
        let results = FixRun.run(
            files: [path], read: { _ in Array(markdown.utf8) }, base: source,
            makeLinter: { base in
                var linter = Linter(source: base)
                linter.sources = sources
                return linter
            },
            unsafe: unsafe, fixable: { $0.rule == rule })
        guard case .success(let result) = results[0] else { return "<unreadable>" }
        return result.map { String(decoding: $0.fixed, as: UTF8.self) } ?? markdown
    }

    /// Lints a file and returns its report.
    static func lint(file url: URL, displayPath: String) throws -> FileReport {
        Linter().lint(path: displayPath, bytes: [UInt8](try Data(contentsOf: url)))
    }
}
