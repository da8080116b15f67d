import Foundation
import GraphDocs
import JSONCore
import JSONSchema
import Testing

@testable import DocLint

/// A temporary folder of files, removed when the test ends.
final class TemporaryTree {
    let root: URL

    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-config-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    var path: String { root.path }
}

@Suite struct GlobTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var glob: String
        var path: String
        var matches: Bool
        var testDescription: String { "\(glob) \(matches ? "~" : "!~") \(path)" }
    }

    @Test(arguments: [
        Case(glob: "*.md", path: "a.md", matches: true),
        Case(glob: "*.md", path: "x/y/a.md", matches: true),
        Case(glob: "*.md", path: "a.mdx", matches: false),
        Case(glob: "a?.md", path: "ab.md", matches: true),
        Case(glob: "a?.md", path: "a.md", matches: false),
        Case(glob: "a?.md", path: "aé.md", matches: true),
        Case(glob: "a?.md", path: "a/.md", matches: false),
        Case(glob: "drafts", path: "x/drafts/y/z.md", matches: true),
        Case(glob: "drafts/", path: "x/drafts/z.md", matches: true),
        Case(glob: "drafts/", path: "x/drafts", matches: false),
        Case(glob: "beta/*.md", path: "beta/a.md", matches: true),
        Case(glob: "beta/*.md", path: "x/beta/a.md", matches: false),
        Case(glob: "beta/*.md", path: "beta/x/a.md", matches: false),
        Case(glob: "beta/**/*.md", path: "beta/a.md", matches: true),
        Case(glob: "beta/**/*.md", path: "beta/x/y/a.md", matches: true),
        Case(glob: "**/resources/*.md", path: "en-US/api-reference/beta/resources/user.md", matches: true),
        Case(glob: "**/resources/*.md", path: "resources/user.md", matches: true),
        Case(glob: "**/resources/*.md", path: "api/user.md", matches: false),
        Case(glob: "/top.md", path: "top.md", matches: true),
        Case(glob: "/top.md", path: "x/top.md", matches: false),
        Case(glob: "./a/b", path: "a/b/c.md", matches: true),
        Case(glob: "*-old*", path: "x/user-old-2.md", matches: true),
        Case(glob: "a*b*c", path: "aXbYbZc", matches: true),
        Case(glob: "a*b*c", path: "aXbYbZ", matches: false),
        Case(glob: "**", path: "anything/at/all.md", matches: true),
        Case(glob: "文字*.md", path: "docs/文字列.md", matches: true),
    ])
    func matches(_ c: Case) throws {
        let glob = try #require(Glob(c.glob))
        #expect(glob.matches(c.path) == c.matches)
    }

    @Test func emptySegmentsAreRefused() {
        #expect(Glob("") == nil)
        #expect(Glob("a//b") == nil)
        #expect(Glob("/") == nil)
    }
}

@Suite struct RuleSelectorTests {
    @Test func codesNamesAndPrefixes() {
        #expect(RuleSelector.codes("DL205") == ["DL205"])
        #expect(RuleSelector.codes("dl205") == ["DL205"])
        #expect(RuleSelector.codes("translated-type") == ["DL205"])
        let dl2 = RuleRegistry.descriptors.map(\.id.code).filter { $0.hasPrefix("DL2") }
        #expect(RuleSelector.codes("DL2") == dl2)
        #expect(RuleSelector.codes("DL") == RuleRegistry.descriptors.map(\.id.code))
        #expect(RuleSelector.codes("DL9") == nil)
        #expect(RuleSelector.codes("DL2055") == nil)
        #expect(RuleSelector.codes("no-such-rule") == nil)
    }
}

@Suite struct ConfigurationTests {
    static let everyCode = Set(RuleRegistry.descriptors.map(\.id.code))

    @Test func schemaFileIsTheEmbeddedTextAndAValidSchema() throws {
        let file = try String(
            contentsOf: TestSupport.root.appendingPathComponent("Schemas/doclint-config.schema.json"), encoding: .utf8)
        #expect(file == ConfigurationSchema.text + "\n")
        let meta = try JSONSchema(
            compiling: try JSONParser.value(#"{"$ref": "https://json-schema.org/draft/2020-12/schema"}"#))
        #expect(meta.isValid(try JSONParser.value(ConfigurationSchema.text)))
    }

    @Test func noConfigurationMeansEveryRuleAtItsDefault() throws {
        let tree = try TemporaryTree(["docs/a.md": ""])
        let settings = try Configuration(workingDirectory: tree.path).settings(for: "docs/a.md")
        #expect(settings.enabledRules == Self.everyCode)
        #expect(settings.severities.isEmpty)
    }

    @Test func nearestFileAboveThePageAppliesWithItsOverrides() throws {
        let tree = try TemporaryTree([
            ".doclint.json": #"{"ignore": ["DL3"], "severity": {"DL2": "note", "DL205": "warning"}}"#,
            "docs/ru/.doclint.json": #"""
            {"extends": "../../.doclint.json", "ignore": ["annotation-leniency"],
             "overrides": [{"files": ["beta/**"], "select": ["DL201", "DL205"]},
                           {"files": ["*-sxs.md"], "severity": {"DL201": "off"}}]}
            """#,
            "docs/ru/beta/resources/a.md": "", "docs/ru/v1.0/a-sxs.md": "", "docs/en/a.md": "",
        ])
        let configuration = Configuration(workingDirectory: tree.path)
        let en = try configuration.settings(for: "docs/en/a.md")
        #expect(en.enabledRules == Self.everyCode.filter { !$0.hasPrefix("DL3") })
        #expect(en.severities["DL201"] == .note)
        #expect(en.severities["DL205"] == .warning, "the more specific key wins, whatever the order")
        let beta = try configuration.settings(for: "docs/ru/beta/resources/a.md")
        #expect(beta.enabledRules == ["DL201", "DL205"])
        let sxs = try configuration.settings(for: "docs/ru/v1.0/a-sxs.md")
        #expect(!sxs.enabledRules.contains("DL201"))
        #expect(!sxs.enabledRules.contains("DL103"))
        #expect(sxs.enabledRules.contains("DL202"))
        // Absolute paths and paths with `..` resolve to the same file.
        let absolute = try configuration.settings(for: tree.path + "/docs/en/../ru/beta/resources/a.md")
        #expect(absolute.enabledRules == ["DL201", "DL205"])
    }

    @Test func commandLineComesLast() throws {
        let tree = try TemporaryTree([".doclint.json": #"{"ignore": ["DL205"]}"#, "a.md": ""])
        let selected = Configuration(commandLine: RuleSettings(select: ["DL205"]), workingDirectory: tree.path)
        #expect(try selected.settings(for: "a.md").enabledRules == ["DL205"])
        let ignored = Configuration(commandLine: RuleSettings(ignore: ["DL201"]), workingDirectory: tree.path)
        #expect(try ignored.settings(for: "a.md").enabledRules == Self.everyCode.subtracting(["DL201", "DL205"]))
    }

    @Test func explicitFileReplacesTheSearch() throws {
        let tree = try TemporaryTree([
            ".doclint.json": #"{"select": ["DL101"]}"#, "ci/strict.json": #"{"select": ["DL205"], "exclude": ["x"]}"#,
            "docs/a.md": "",
        ])
        let configuration = Configuration(explicitFile: "ci/strict.json", workingDirectory: tree.path)
        #expect(try configuration.settings(for: "docs/a.md").enabledRules == ["DL205"])
        // Its globs are relative to its own folder: `docs/` is not under `ci/`.
        #expect(try configuration.exclusion(of: "docs/x/a.md") == nil)
        #expect(try configuration.exclusion(of: "ci/x/a.md")?.pattern == "x")
    }

    @Test func excludeGlobsAreRelativeToTheirFile() throws {
        let tree = try TemporaryTree([
            ".doclint.json": #"{"exclude": ["drafts", "**/*-old.md"]}"#,
            "docs/.doclint.json": #"{"extends": "../.doclint.json", "exclude": ["/beta/"]}"#,
        ])
        let configuration = Configuration(workingDirectory: tree.path)
        let (included, excluded, errors) = configuration.partition([
            "docs/drafts/a.md", "docs/beta/b.md", "docs/v1.0/c-old.md", "docs/v1.0/c.md", "beta/d.md",
        ])
        #expect(errors.isEmpty)
        #expect(excluded == ["docs/drafts/a.md", "docs/beta/b.md", "docs/v1.0/c-old.md"])
        #expect(included == ["docs/v1.0/c.md", "beta/d.md"])
    }

    @Test func outputFormatComesFromTheWorkingDirectorysConfiguration() throws {
        let tree = try TemporaryTree([
            "base.json": #"{"output-format": "sarif"}"#, ".doclint.json": #"{"extends": "base.json"}"#,
        ])
        #expect(try Configuration(workingDirectory: tree.path).outputFormat() == "sarif")
        let none = try TemporaryTree(["a.md": ""])
        #expect(try Configuration(workingDirectory: none.path).outputFormat() == nil)
    }

    func problems(_ files: [String: String], page: String = "a.md") throws -> String {
        let tree = try TemporaryTree(files)
        do {
            _ = try Configuration(workingDirectory: tree.path).settings(for: page)
            return ""
        } catch {
            return error.description
        }
    }

    @Test func badFilesAreErrorsAtLineAndColumn() throws {
        #expect(
            try problems([".doclint.json": "{\n  \"select\": [\"DL2\",]\n}"])
                == ".doclint.json:2:19: error: configuration is not valid JSON: trailing comma before ']'")
        #expect(
            try problems([".doclint.json": "{\n  \"selct\": [],\n  \"ignore\": [\"DL999\", 3]\n}"]) == """
                .doclint.json:2:3: error: unknown key 'selct' in configuration; did you mean 'select'?
                .doclint.json:3:14: error: unknown rule 'DL999' (see 'doclint rules')
                .doclint.json:3:23: error: 'ignore/1': value '3' is not of type 'string'
                """)
        #expect(
            try problems([".doclint.json": #"{"severity": {"DL2": "fatal"}, "select": ["DL1"], "select": []}"#])
                == """
                .doclint.json:1:22: error: 'severity/DL2': value 'fatal' is not one of 'error', 'warning', 'note', 'off'
                .doclint.json:1:51: error: key 'select' is repeated
                """)
        #expect(
            try problems([".doclint.json": #"{"vocabulary": {"ko-KR": {"문자열": "Text"}}}"#]).hasPrefix(
                ".doclint.json:1:27: error: vocabulary 'ko-KR': 'Text' is not an en-US primitive type"))
        #expect(
            try problems([".doclint.json": #"{"exclude": ["../x"]}"#])
                == ".doclint.json:1:14: error: glob '../x' must not contain '..': it is relative to this file's folder")
    }

    @Test func extendsCyclesAndMissingFilesAreErrors() throws {
        #expect(
            try problems([
                ".doclint.json": #"{"extends": "a.json"}"#, "a.json": #"{"extends": "b/b.json"}"#,
                "b/b.json": "{\n  \"extends\": \"../a.json\"\n}",
            ]) == "b/b.json:2:14: error: 'extends' makes a cycle: a.json -> b/b.json -> a.json")
        #expect(
            try problems([".doclint.json": #"{"extends": ".doclint.json"}"#])
                == ".doclint.json:1:13: error: 'extends' makes a cycle: .doclint.json -> .doclint.json")
        #expect(
            try problems([".doclint.json": #"{"extends": "nope.json"}"#])
                == ".doclint.json:1:13: error: 'extends' names 'nope.json', which does not exist")
        #expect(
            try problems(["base.json": "[]", ".doclint.json": #"{"extends": "base.json"}"#])
                == "base.json:1:1: error: configuration: value '[]' is not of type 'object'")
    }

    @Test func brokenFileIsReportedOnceForAllItsPages() throws {
        let tree = try TemporaryTree([".doclint.json": "{", "a.md": "", "b/c.md": ""])
        let (included, _, errors) = Configuration(workingDirectory: tree.path).partition(["a.md", "b/c.md"])
        #expect(included.isEmpty)
        #expect(errors.count == 1)
    }

    @Test func configuredVocabularyReachesTheRules() throws {
        let page = "| Property | Type | Description |\n|:--|:--|:--|\n| id | 문자열 | The ID. |\n"
        let tree = try TemporaryTree([
            "ja/.doclint.json": #"{"vocabulary": {"ko-KR": {"문자열": "String"}}}"#, "ja/a.md": page, "en/a.md": page,
        ])
        let configuration = Configuration(workingDirectory: tree.path)
        let linter = Linter(configuration: configuration, source: FolderSource())
        let translated = linter.lint(path: "ja/a.md", bytes: Array(page.utf8)).diagnostics
        #expect(translated.map(\.rule.code).contains("DL205"))
        #expect(translated.first { $0.rule.code == "DL205" }?.fix?.edits.first?.replacement == "String")
        // The same page elsewhere has no configuration: the word is not a type it knows.
        let plain = linter.lint(path: "en/a.md", bytes: Array(page.utf8)).diagnostics
        #expect(!plain.map(\.rule.code).contains("DL205"))
        #expect(plain.map(\.rule.code).contains("DL207"))
    }

    @Test func configuredSeveritiesAndRulesReachTheFindings() throws {
        let page = "| Property | Type | Description |\n|:--|:--|:--|\n| id | 字符串 | The ID. |\n"
        let tree = try TemporaryTree([".doclint.json": #"{"severity": {"translated-type": "note"}}"#])
        let linter = Linter(configuration: Configuration(workingDirectory: tree.path), source: FolderSource())
        let found = linter.lint(path: "a.md", bytes: Array(page.utf8)).diagnostics.filter { $0.rule.code == "DL205" }
        #expect(found.map(\.severity) == [.note])
        let ignoring = try TemporaryTree([".doclint.json": #"{"ignore": ["DL205"]}"#])
        let quiet = Linter(configuration: Configuration(workingDirectory: ignoring.path), source: FolderSource())
        #expect(!quiet.lint(path: "a.md", bytes: Array(page.utf8)).diagnostics.contains { $0.rule.code == "DL205" })
    }
}

@Suite struct PathNameTests {
    @Test(arguments: [
        ("/a/b/c.md", true), ("/", true), ("/a//b", false), ("/a/./b", false), ("/a/../b", false), ("/a/b/", false),
        ("a/b", false), ("/a/.hidden/b", true), ("/a/b..c/d", true), ("/a/..", false), ("/a/.", false),
        ("/...", true),
    ])
    func cleanPathsNeedNoSplitting(path: String, clean: Bool) {
        #expect(PathName.isClean(path) == clean, "\(path)")
    }

    @Test func theFastPathAgreesWithTheFullOne() {
        for path in ["x.md", "./x.md", "a/../b.md", "/abs/x.md", "a//b.md", ".hidden/x.md", "a/...md", "../up.md"] {
            let joined = path.hasPrefix("/") ? path : "/work/dir/" + path
            var parts: [Substring] = []
            for part in joined.split(separator: "/") {
                switch part {
                case ".": continue
                case "..": if !parts.isEmpty { parts.removeLast() }
                default: parts.append(part)
                }
            }
            #expect(PathName.absolute(path, in: "/work/dir") == "/" + parts.joined(separator: "/"), "\(path)")
        }
    }
}
