import Foundation
import Testing

/// Every output format of `doclint lint docs-samples` is compared with its committed snapshot;
/// `RECORD_SNAPSHOTS=1 swift test --filter ReporterSnapshotTests` re-records them.
@Suite struct ReporterSnapshotTests {
    /// Each format and its snapshot (`text` is `docsSamplesMatchTheSnapshot`'s).
    static let snapshots = [
        ("concise", "lint-docs-samples.concise.txt"), ("json", "lint-docs-samples.json"),
        ("json-lines", "lint-docs-samples.jsonl"), ("sarif", "lint-docs-samples.sarif"),
        ("github", "lint-docs-samples.github.txt"), ("gitlab", "lint-docs-samples.gitlab.json"),
        ("junit", "lint-docs-samples.junit.xml"),
    ]

    @Test(arguments: snapshots)
    func formatMatchesItsSnapshot(format: String, snapshot name: String) throws {
        let run = try CLIRunner.run(["lint", "--format", format, "docs-samples"])
        #expect(run.status == 1)
        #expect(run.stderr == "")
        let snapshot = try CLIRunner.snapshot(run.stdout, named: name)
        #expect(
            run.stdout == snapshot,
            "output differs from Tests/CLITests/Snapshots/\(name); review and re-record with RECORD_SNAPSHOTS=1")
    }

    @Test func machineFormatsCarryEveryFindingOfTheTextFormat() throws {
        // The same findings in every format: count them in the JSON document and in each line format.
        let json = try CLIRunner.run(["lint", "--format", "json", "docs-samples"])
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        let summary = try #require(document["summary"] as? [String: Any])
        let total =
            (summary["errors"] as? Int ?? -1) + (summary["warnings"] as? Int ?? -1) + (summary["notes"] as? Int ?? -1)
        #expect(findings.count == total)
        #expect(summary["filesChecked"] as? Int == 106)
        for format in ["json-lines", "github", "concise"] {
            let run = try CLIRunner.run(["lint", "--format", format, "--quiet", "docs-samples"])
            #expect(run.stdout.split(separator: "\n").count == findings.count, "\(format)")
        }
        let gitlab = try CLIRunner.run(["lint", "--format", "gitlab", "docs-samples"])
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(gitlab.stdout.utf8)) as? [[String: Any]])
        #expect(issues.count == findings.count)
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(fingerprints.count == issues.count)
        #expect(Set(fingerprints).count == fingerprints.count, "GitLab needs a unique fingerprint per issue")
        #expect(Set(findings.compactMap { $0["fingerprint"] as? String }) == Set(fingerprints))
    }
}
