import DocLint
import Foundation
import SourceText
import Testing

/// Reporters on hand-made findings: escaping, empty runs, colour, and the run result's exit policy.
@Suite struct ReporterTests {
    static func finding(
        _ message: String, path: String = "docs/a.md", severity: Severity = .error, notes: [FindingNote] = []
    ) -> Finding {
        Finding(
            path: path, rule: RuleID("DL205", "translated-type"), severity: severity, message: message,
            span: SourceSpan(start: SourcePosition(line: 3, column: 5), end: SourcePosition(line: 3, column: 11)),
            notes: notes, fingerprint: "00000000000000aa")
    }

    /// Everything `reporter` writes for one run of `files`.
    static func render(_ format: ReportFormat, _ files: [FileFindings], options: ReporterOptions = ReporterOptions())
        -> String
    {
        var reporter = format.reporter(options)
        var result = LintResult()
        var out = reporter.begin(RunContext(rules: RuleRegistry.descriptors))
        for file in files {
            result.add(file)
            out += reporter.file(file)
        }
        return out + reporter.end(result)
    }

    @Test func githubCommandsEscapeDataAndPropertiesAsTheToolkitDoes() {
        let f = Self.finding(
            "100% wrong,\r\nsee: here", path: "docs/a,b:c%.md",
            notes: [FindingNote(message: "declared here", span: Self.f0Span)])
        let out = Self.render(.github, [FileFindings(path: f.path, findings: [f])])
        #expect(
            out
                == "::error title=DL205 translated-type,file=docs/a%2Cb%3Ac%25.md,line=3,endLine=3,col=5,endColumn=11::100%25 wrong,%0D%0Asee: here%0A1:2: note: declared here\n"
        )
        let notice = Self.render(.github, [FileFindings(path: "a.md", findings: [Self.finding("m", severity: .note)])])
        #expect(notice.hasPrefix("::notice title="))
    }

    /// `text` without ANSI SGR sequences (ESC [ digits and semicolons m).
    static func withoutEscapes(_ text: String) -> String {
        var out = ""
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\u{1B}" else {
                out.unicodeScalars.append(scalar)
                continue
            }
            while let next = scalars.next(), next != "m" {}
        }
        return out
    }

    static let f0Span = SourceSpan(start: SourcePosition(line: 1, column: 2), end: SourcePosition(line: 1, column: 3))

    @Test func junitEscapesMarkupAndDropsCharactersXMLCannotHold() {
        let f = Self.finding("a <b> & \"c\" \u{1}")
        let out = Self.render(
            .junit, [FileFindings(path: "docs/a.md", findings: [f]), FileFindings(path: "b.md", findings: [])])
        #expect(out.contains(#"message="a &lt;b&gt; &amp; &quot;c&quot; �""#), "\(out)")
        #expect(out.contains(#">docs/a.md:3:5: error: [DL205] a &lt;b&gt; &amp; "c" �</failure>"#), "\(out)")
        #expect(out.contains(#"<testsuites name="doclint" tests="2" failures="1" errors="0">"#))
        #expect(out.contains(#"<testcase name="lint" classname="b.md" file="b.md"/>"#))
        #expect(!out.contains("\u{1}"))
    }

    @Test func emptyRunsAreStillWholeDocuments() {
        let clean = [FileFindings(path: "a.md", findings: [])]
        #expect(Self.render(.jsonLines, clean) == "")
        #expect(Self.render(.gitlab, clean) == "[]\n")
        #expect(Self.render(.github, clean) == "")
        let json = Self.render(.json, clean)
        #expect(json.hasPrefix("{\n  \"version\": 1,\n  \"findings\": [],\n  \"summary\": {\n    \"filesChecked\": 1,"))
        #expect(json.hasSuffix("}\n}\n"))
        let sarif = Self.render(.sarif, clean)
        #expect(sarif.contains("\"results\": [],\n      \"invocations\": ["))
        #expect(Self.render(.text, clean) == "no problems found in 1 file\n")
        #expect(Self.render(.concise, clean, options: ReporterOptions(quiet: true)) == "")
    }

    @Test func everyFormatIsNamedOnceAndStreamsUnlessItNeedsTheWholeRun() {
        #expect(ReportFormat(rawValue: "json-lines") == .jsonLines)
        #expect(ReportFormat(rawValue: "xml") == nil)
        for format in ReportFormat.allCases {
            #expect(format.reporter().streams == (format != .junit), "\(format)")
        }
    }

    @Test func textIsColouredOnlyWhenAsked() {
        let file = FileFindings(path: "a.md", findings: [Self.finding("m")])
        let plain = Self.render(.text, [file])
        #expect(!plain.contains("\u{1B}["))
        let coloured = Self.render(.text, [file], options: ReporterOptions(color: true))
        #expect(coloured.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(Self.withoutEscapes(coloured) == plain)
    }

    @Test func colourFollowsNoColorForceColorAndTheTerminal() {
        func enabled(_ env: [String: String], terminal: Bool, _ choice: ColorChoice = .auto) -> Bool {
            TerminalStyle.colorEnabled(choice, environment: env, isTerminal: terminal)
        }
        #expect(enabled([:], terminal: true))
        #expect(!enabled([:], terminal: false))
        #expect(!enabled(["TERM": "dumb"], terminal: true))
        #expect(!enabled(["NO_COLOR": "1"], terminal: true))
        #expect(enabled(["NO_COLOR": ""], terminal: true))
        #expect(enabled(["FORCE_COLOR": "1"], terminal: false))
        #expect(!enabled(["FORCE_COLOR": "0"], terminal: false))
        #expect(!enabled(["NO_COLOR": "1", "FORCE_COLOR": "1"], terminal: true))
        #expect(enabled(["NO_COLOR": "1"], terminal: false, .always))
        #expect(!enabled(["FORCE_COLOR": "1"], terminal: true, .never))
    }

    @Test func progressOnlyOnATerminalOutsideCI() {
        #expect(TerminalStyle.showsProgress(environment: [:], isTerminal: true))
        #expect(!TerminalStyle.showsProgress(environment: [:], isTerminal: false))
        #expect(!TerminalStyle.showsProgress(environment: ["CI": "true"], isTerminal: true))
        #expect(!TerminalStyle.showsProgress(environment: ["TERM": "dumb"], isTerminal: true))
    }

    @Test func exitPolicy() {
        var result = LintResult()
        result.add(FileFindings(path: "a.md", findings: [Self.finding("w", severity: .warning)]))
        #expect(result.exitStatus(ExitPolicy()) == 0)
        #expect(result.exitStatus(ExitPolicy(failOn: .warning)) == 1)
        #expect(result.exitStatus(ExitPolicy(maxWarnings: 0)) == 1)
        #expect(result.exitStatus(ExitPolicy(maxWarnings: 1)) == 0)
        #expect(result.exitStatus(ExitPolicy(failOn: .never, maxWarnings: 0)) == 1)
        result.add(FileFindings(path: "b.md", findings: [Self.finding("e")]))
        #expect(result.exitStatus(ExitPolicy()) == 1)
        #expect(result.exitStatus(ExitPolicy(failOn: .never)) == 0)
        result.add(FileFindings(path: "n.md", findings: [Self.finding("n", severity: .note)]))
        #expect(result.errors == 1 && result.warnings == 1 && result.notes == 1 && result.filesWithFindings == 3)
        #expect(result.byRule == ["DL205": 3])
        result.addFailure("cannot read 'c.md'")
        #expect(result.exitStatus(ExitPolicy(failOn: .never)) == 2)
    }
}
