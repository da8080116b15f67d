import DocLint
import Foundation
import GraphDocs

/// Paths and helpers the DocLint tests share.
enum TestSupport {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// `docs-samples/`.
    static let samples = root.appendingPathComponent("docs-samples")
    /// This target's fixture folder.
    static let fixtures = root.appendingPathComponent("Tests/DocLintTests/Fixtures")

    /// Lints `markdown` with every rule (or only `rule`).
    static func lint(_ markdown: String, rule: (any Rule.Type)? = nil, path: String = "test.md") -> [Diagnostic] {
        let linter = rule.map { Linter(rules: [$0.init()]) } ?? Linter()
        return linter.lint(GraphPage(path: path, bytes: Array(markdown.utf8)))
    }

    /// `markdown` once `rule`'s fixes are applied (safe ones, or all with `unsafe`) until nothing changes.
    static func fixed(_ markdown: String, rule: RuleID, unsafe: Bool, path: String = "test.md") -> String {
        let source = MemorySource([path: Array(markdown.utf8)])
        let results = FixRun.run(
            files: [path], read: { _ in Array(markdown.utf8) }, base: source, makeLinter: { Linter(source: $0) },
            unsafe: unsafe, fixable: { $0.rule == rule })
        guard case .success(let result) = results[0] else { return "<unreadable>" }
        return result.map { String(decoding: $0.fixed, as: UTF8.self) } ?? markdown
    }

    /// Lints a file and returns its report.
    static func lint(file url: URL, displayPath: String) throws -> FileReport {
        Linter().lint(path: displayPath, bytes: [UInt8](try Data(contentsOf: url)))
    }
}
