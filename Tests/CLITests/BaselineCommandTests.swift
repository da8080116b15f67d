import Foundation
import Testing

/// `--write-baseline` accepts today's findings; `--baseline` then fails only on new ones, even after
/// lines are added above the accepted findings.
@Suite struct BaselineCommandTests {
    static let page = "docs-samples/ru-RU/api-reference/beta/resources/commsoperation.md"

    @Test func onlyTheNewFindingFailsAfterLinesAreAddedAndOneFindingIsFixed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("docs"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("docs/commsoperation.md")
        var text = try String(contentsOf: CLIRunner.root.appendingPathComponent(Self.page), encoding: .utf8)
        try Data(text.utf8).write(to: file)

        let record = try CLIRunner.run(["lint", "--write-baseline", "baseline.json", "--quiet", "docs"], in: dir)
        #expect(record.status == 0, "\(record.stderr)")
        #expect(record.stderr == "doclint: wrote 2 findings to the baseline 'baseline.json'\n")
        #expect(record.stdout.contains("[DL201]") && record.stdout.contains("[DL205]"))
        let unchanged = try CLIRunner.run(["lint", "--baseline=baseline.json", "docs"], in: dir)
        #expect(unchanged.status == 0)
        #expect(unchanged.stdout == "no problems found in 1 file; 2 findings in the baseline not shown\n")

        // Lines above both findings, and the DL201 finding fixed.
        text = text.replacingOccurrences(
            of: "Пространство имен: microsoft.graph\n", with: "Пространство имен: microsoft.graph\n\nNew.\n\nText.\n")
        text = text.replacingOccurrences(of: "| Контекст      |", with: "| clientContext |")
        try Data(text.utf8).write(to: file)
        let shifted = try CLIRunner.run(["lint", "--baseline", "baseline.json", "--format=json", "docs"], in: dir)
        #expect(shifted.status == 0, "\(shifted.stdout)")
        #expect(shifted.stdout.contains("\"findings\": [],"))
        #expect(shifted.stdout.contains("\"baselined\": 1,"))

        // One new finding: only it is reported, and it fails the run.
        text = text.replacingOccurrences(of: "| status             | String ", with: "| status             | Строка ")
        try Data(text.utf8).write(to: file)
        let added = try CLIRunner.run(["lint", "--baseline", "baseline.json", "--format=concise", "docs"], in: dir)
        #expect(added.status == 1)
        let findings = added.stdout.split(separator: "\n").filter { $0.hasPrefix("docs/") }
        let newLine = text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("| status ") }.map { $0 + 1 }
        #expect(
            findings == [
                "docs/commsoperation.md:\(newLine ?? 0):24: error: [DL205] type 'Строка' is translated; the en-US type is 'String'"
            ])
        // Without the baseline both translated types are there.
        let all = try CLIRunner.run(["lint", "--format=concise", "docs"], in: dir)
        #expect(all.stdout.split(separator: "\n").filter { $0.contains("[DL205]") }.count == 2)
    }

    @Test func aMissingOrBrokenBaselineIsAUsageError() throws {
        let missing = try CLIRunner.run(["lint", "--baseline", "no/such/baseline.json", Self.page])
        #expect(missing.status == 2)
        #expect(missing.stderr == "doclint lint: cannot read the baseline 'no/such/baseline.json'\n")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("{\"findings\": []}".utf8).write(to: dir.appendingPathComponent("b.json"))
        let broken = try CLIRunner.run([
            "lint", "--baseline", dir.appendingPathComponent("b.json").path, Self.page,
        ])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("b.json:1:1: not a doclint baseline"), "\(broken.stderr)")
    }
}
