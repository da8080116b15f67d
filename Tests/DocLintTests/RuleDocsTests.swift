import DocLint
import Foundation
import Testing

/// `docs/rules/` is generated from the rule descriptors; this test fails when it is stale.
/// `RECORD_SNAPSHOTS=1 swift test --filter RuleDocsTests` rewrites it.
@Suite struct RuleDocsTests {
    static let directory = TestSupport.root.appendingPathComponent("docs/rules")

    static func expectedFiles() -> [String: String] {
        var files = [
            "README.md":
                "# Rules\n\nGenerated from the rule descriptors by `RECORD_SNAPSHOTS=1 swift test --filter RuleDocsTests`; `doclint rules` prints the same table.\n\n"
                + RuleDocumentation.listing(RuleRegistry.descriptors)
        ]
        for d in RuleRegistry.descriptors {
            files["\(d.id.code).md"] = RuleDocumentation.markdown(d)
        }
        return files
    }

    @Test func committedRuleDocsAreCurrent() throws {
        let expected = Self.expectedFiles()
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try? FileManager.default.removeItem(at: Self.directory)
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            for (name, text) in expected {
                try Data(text.utf8).write(to: Self.directory.appendingPathComponent(name))
            }
        }
        let present = Set((try? FileManager.default.contentsOfDirectory(atPath: Self.directory.path)) ?? [])
        #expect(present == Set(expected.keys), "docs/rules has other files than the rules; re-record")
        for (name, text) in expected {
            let committed = try? String(contentsOf: Self.directory.appendingPathComponent(name), encoding: .utf8)
            #expect(
                committed == text,
                "docs/rules/\(name) is stale: run RECORD_SNAPSHOTS=1 swift test --filter RuleDocsTests")
        }
    }
}

@Suite struct ReadmeRulesTests {
    @Test func readmeListsEveryRuleAsTheRegistryDescribesIt() throws {
        let readme = try String(contentsOf: TestSupport.root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(
            readme.contains(RuleDocumentation.table(RuleRegistry.descriptors)),
            "README's rule table is stale: paste `doclint rules`")
    }
}
