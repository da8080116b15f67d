import DocLint
import SourceText
import Testing

@Suite struct TextReporterTests {
    @Test func rendersLikeACompilerWithCaretUnderWideCharacters() {
        let text = "| a | 字符串 | x |\n"
        let bytes = Array(text.utf8)
        let start = Array("| a | ".utf8).count
        let d = Diagnostic(
            rule: RuleID("DL205", "translated-type"), severity: .error, message: "type '字符串' is translated",
            range: SourceRange(start: start, end: start + 9), notes: [Note("see here", range: SourceRange(at: 2))],
            fix: Fix(title: "write 'String'", edits: [], isSafe: true))
        let out = TextReporter().render(FileReport(path: "p.md", lines: LineIndex(bytes), diagnostics: [d]))
        #expect(
            out == """
                p.md:1:7: error: [DL205] type '字符串' is translated
                    | a | 字符串 | x |
                          ^~~~~~
                p.md:1:3: note: see here
                fix (safe): write 'String'

                """)
    }

    @Test func summaryCountsAndPlurals() {
        let r = TextReporter()
        #expect(
            r.summary(errors: 0, warnings: 0, notes: 0, filesWithFindings: 0, filesChecked: 1)
                == "no problems found in 1 file")
        #expect(
            r.summary(errors: 1, warnings: 2, notes: 0, filesWithFindings: 1, filesChecked: 3)
                == "1 error, 2 warnings in 1 file (3 files checked)")
    }
}
