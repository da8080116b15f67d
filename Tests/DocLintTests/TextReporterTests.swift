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
                p.md:1:7: fix (safe): write 'String'

                """)
    }

    @Test func summaryCountsAndPlurals() {
        let r = TextReporter()
        #expect(
            r.summary(errors: 0, warnings: 0, notes: 0, filesWithFindings: 0, filesChecked: 1)
                == "no problems found in 1 file")
        #expect(
            r.summary(errors: 0, warnings: 0, notes: 0, filesWithFindings: 0, filesChecked: 0) == "no files checked")
        #expect(
            r.summary(errors: 1, warnings: 2, notes: 0, filesWithFindings: 1, filesChecked: 3)
                == "1 error, 2 warnings in 1 file (3 files checked)")
    }
}

@Suite struct TextReporterLongLineTests {
    @Test func longLinesAreCutToAWindowAroundTheRange() {
        let line = String(repeating: "a", count: 500) + "TARGET" + String(repeating: "b", count: 500)
        let start = 500
        let d = Diagnostic(
            rule: RuleID("DL301", "example-unknown-property"), severity: .error, message: "m",
            range: SourceRange(start: start, end: start + 6))
        let out = TextReporter().render(FileReport(path: "p.md", lines: LineIndex(line), diagnostics: [d]))
        let shown = out.split(separator: "\n")
        #expect(shown.count == 3)
        #expect(shown[1].hasPrefix("    …") && shown[1].hasSuffix("…"))
        #expect(shown[1].contains("TARGET"))
        #expect(shown[1].count <= TextReporter.excerptWidth + 6)
        // The caret still sits under the target.
        let caretColumn = shown[2].firstIndex(of: "^").map { shown[2].distance(from: shown[2].startIndex, to: $0) }
        let targetColumn = shown[1].range(of: "TARGET").map {
            shown[1].distance(from: shown[1].startIndex, to: $0.lowerBound)
        }
        #expect(caretColumn == targetColumn)
    }
}
