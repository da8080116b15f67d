import SourceText

/// A start and an end position in one file (1-based lines, columns counting Unicode scalars; the end
/// is the position just after the last character, as in SARIF).
public struct SourceSpan: Hashable, Sendable {
    /// Where the span starts.
    public var start: SourcePosition
    /// Where it ends (exclusive).
    public var end: SourcePosition

    /// A span.
    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// The span of `range` in `lines`.
    public init(_ range: SourceRange, in lines: LineIndex) {
        self.init(start: lines.position(of: range.start), end: lines.position(of: range.end))
    }
}

/// A note of a finding, positioned.
public struct FindingNote: Hashable, Sendable {
    /// What the note says.
    public var message: String
    /// Where it points, when it points somewhere: in the finding's file, or in `file`.
    public var span: SourceSpan?
    /// The file it points into when that is not the finding's (the en-US source: `REPO@COMMIT:PATH`).
    public var file: String?

    /// A note.
    public init(message: String, span: SourceSpan? = nil, file: String? = nil) {
        self.message = MessageText.bounded(message)
        self.span = span
        self.file = file
    }
}

/// One replacement of a fix, positioned.
public struct FindingEdit: Hashable, Sendable {
    /// What is replaced.
    public var span: SourceSpan
    /// The text put in its place.
    public var replacement: String

    /// An edit.
    public init(span: SourceSpan, replacement: String) {
        self.span = span
        self.replacement = replacement
    }
}

/// A fix of a finding, positioned.
public struct FindingFix: Hashable, Sendable {
    /// What the fix does.
    public var title: String
    /// Whether it can never change the page's meaning.
    public var isSafe: Bool
    /// The replacements, in file order.
    public var edits: [FindingEdit]

    /// A fix.
    public init(title: String, isSafe: Bool, edits: [FindingEdit]) {
        self.title = title
        self.isSafe = isSafe
        self.edits = edits
    }
}

/// A finding ready to report: what a `Diagnostic` says, with its file, its positions resolved to
/// line:column, its source excerpt and its fingerprint. Reporters read only findings, so a run keeps
/// no file's bytes once that file is linted.
public struct Finding: Hashable, Sendable {
    /// The file, as displayed.
    public var path: String
    /// The rule that found it.
    public var rule: RuleID
    /// How serious it is.
    public var severity: Severity
    /// What is wrong.
    public var message: String
    /// Where.
    public var span: SourceSpan
    /// Related locations and remarks.
    public var notes: [FindingNote]
    /// A fix, when one is known.
    public var fix: FindingFix?
    /// The source line under the finding, when there is one to show.
    public var excerpt: SourceExcerpt?
    /// A stable identity that survives lines added or removed elsewhere in the file (see `Fingerprinter`).
    public var fingerprint: String
    /// The word summaries group the finding by (`Строка`), when the rule names one.
    public var key: String?

    /// A finding.
    public init(
        path: String, rule: RuleID, severity: Severity, message: String, span: SourceSpan,
        notes: [FindingNote] = [], fix: FindingFix? = nil, excerpt: SourceExcerpt? = nil, fingerprint: String = "",
        key: String? = nil
    ) {
        self.key = key
        self.path = path
        self.rule = rule
        self.severity = severity
        self.message = MessageText.bounded(message)
        self.span = span
        self.notes = notes
        self.fix = fix
        self.excerpt = excerpt
        self.fingerprint = fingerprint
    }
}

/// The findings of one checked file, in position order, and what was checked in it.
public struct FileFindings: Sendable {
    /// The file, as displayed.
    public var path: String
    /// The findings reported.
    public var findings: [Finding]
    /// Counts of what was checked (`samples validated`, ...), for statistics.
    public var counters: [String: Int]
    /// Findings left out because the baseline lists them.
    public var baselined: Int

    /// A file's findings.
    public init(path: String, findings: [Finding], counters: [String: Int] = [:], baselined: Int = 0) {
        self.path = path
        self.findings = findings
        self.counters = counters
        self.baselined = baselined
    }
}

extension FileReport {
    /// The report's findings resolved against the file's lines: positions, fingerprints, and source
    /// excerpts unless `excerpts` is off (only the text format prints them).
    public func findings(excerpts: Bool = true) -> FileFindings {
        var fingerprints = Fingerprinter(path: path)
        var lineHashes: [Int: UInt64] = [:]
        let findings = diagnostics.map { d -> Finding in
            let line = lines.lineIndex(containing: d.range.start) + 1
            let lineHash: UInt64
            if let known = lineHashes[line] {
                lineHash = known
            } else {
                lineHash = Fingerprinter.hash(normalizedLine: lines.bytes, lines.contentRange(ofLine: line))
                lineHashes[line] = lineHash
            }
            return Finding(
                path: path, rule: d.rule, severity: d.severity, message: d.message,
                span: SourceSpan(d.range, in: lines),
                notes: d.notes.map { note in
                    if let external = note.external {
                        return FindingNote(
                            message: note.message, span: SourceSpan(start: external.position, end: external.position),
                            file: external.file)
                    }
                    return FindingNote(message: note.message, span: note.range.map { SourceSpan($0, in: lines) })
                },
                fix: d.fix.map { fix in
                    FindingFix(
                        title: fix.title, isSafe: fix.isSafe,
                        edits: fix.edits.sorted { $0.range < $1.range }.map {
                            FindingEdit(span: SourceSpan($0.range, in: lines), replacement: $0.replacement)
                        })
                },
                excerpt: excerpts ? SourceExcerpt(lines, d.range) : nil,
                fingerprint: fingerprints.next(rule: d.rule.code, anchor: lineHash), key: d.key)
        }
        return FileFindings(path: path, findings: findings, counters: counters)
    }
}
