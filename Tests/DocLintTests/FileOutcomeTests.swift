import DocLint
import Foundation
import Testing

/// The bytes a worker process hands back for each file must read back as the same findings.
@Suite struct FileOutcomeTests {
    @Test func findingsOfRealPagesRoundTrip() throws {
        let pages = [
            "ru-RU/api-reference/beta/resources/commsoperation.md",
            "zh-CN/api-reference/beta/resources/commsoperation.md",
        ]
        var sawFix = false
        var sawNote = false
        for page in pages {
            let url = TestSupport.samples.appendingPathComponent(page)
            var file = try TestSupport.lint(file: url, displayPath: "docs-samples/" + page).findings()
            file.counters["samples validated"] = 3
            file.baselined = 2
            #expect(!file.findings.isEmpty)
            sawFix = sawFix || file.findings.contains { $0.fix != nil }
            sawNote = sawNote || file.findings.contains { !$0.notes.isEmpty }
            let bytes = FileOutcome.findings(file).encoded()
            #expect(FileOutcome(decoding: bytes) == .findings(file))
            // A cut or corrupted record is refused, never read as something else.
            for cut in [0, 1, bytes.count / 2, bytes.count - 1] {
                #expect(FileOutcome(decoding: Array(bytes.prefix(cut))) == nil)
            }
            #expect(FileOutcome(decoding: bytes + [0]) == nil)
        }
        #expect(sawFix && sawNote)
    }

    @Test func failuresRoundTrip() {
        let outcome = FileOutcome.failure("cannot read 'x.md': no such file or directory")
        #expect(FileOutcome(decoding: outcome.encoded()) == outcome)
        #expect(FileOutcome(decoding: [7]) == nil)
    }
}
