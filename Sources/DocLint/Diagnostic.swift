import SourceText

/// How serious a finding is.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
    /// Fails the run (exit 1).
    case error
    /// Reported; does not fail the run.
    case warning
    /// Informational.
    case note

    var rank: Int {
        switch self {
        case .error: 2
        case .warning: 1
        case .note: 0
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A rule's stable identity: a code (`DL201`) and a kebab-case name (`table-property-not-in-resource`).
public struct RuleID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The stable code, `DL` and three digits.
    public var code: String
    /// The kebab-case name, also accepted wherever a code is.
    public var name: String

    /// A rule identity.
    public init(_ code: String, _ name: String) {
        self.code = code
        self.name = name
    }

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.code < rhs.code }

    public var description: String { code }
}

/// A secondary message attached to a finding, with its own location when it has one.
public struct Note: Hashable, Sendable {
    /// What the note says (lowercase, no trailing period).
    public var message: String
    /// Where it points, in the same file as the finding.
    public var range: SourceRange?
    /// Where it points in another file (the en-US source a drift finding compares with).
    public var external: ExternalLocation?

    /// A note, optionally pointing at `range`.
    public init(_ message: String, range: SourceRange? = nil) {
        self.message = MessageText.cleaned(message)
        self.range = range
    }

    /// A note pointing into another file.
    public init(_ message: String, at external: ExternalLocation) {
        self.message = MessageText.cleaned(message)
        self.external = external
    }
}

/// A place in a file other than the one a finding is in.
public struct ExternalLocation: Hashable, Sendable {
    /// The file as people and `git show` name it (`en-US/x.md`, `REPO@COMMIT:PATH`).
    public var file: String
    /// Where, 1-based.
    public var position: SourcePosition
    /// The text there that the finding compares with (a cell, a line), for reports that show both sides.
    public var text: String

    /// A location.
    public init(file: String, position: SourcePosition, text: String) {
        self.file = file
        self.position = position
        self.text = text
    }
}

/// A replacement of one range of the file.
public struct Edit: Hashable, Sendable {
    /// The bytes replaced.
    public var range: SourceRange
    /// The text put in their place.
    public var replacement: String

    /// An edit replacing `range` with `replacement`.
    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

/// Edits that resolve a finding.
public struct Fix: Hashable, Sendable {
    /// What the fix does ("replace 'Строка' with 'String'").
    public var title: String
    /// The edits, non-overlapping.
    public var edits: [Edit]
    /// Whether applying it can never change the page's meaning (safe fixes are applied by `--fix`;
    /// unsafe ones need `--unsafe-fixes`).
    public var isSafe: Bool

    /// A fix.
    public init(title: String, edits: [Edit], isSafe: Bool) {
        self.title = title
        self.edits = edits
        self.isSafe = isSafe
    }
}

/// One problem found in one document.
public struct Diagnostic: Hashable, Sendable {
    /// The rule that found it.
    public var rule: RuleID
    /// How serious it is.
    public var severity: Severity
    /// What is wrong: lowercase, no trailing period, names quoted.
    public var message: String
    /// Where, in UTF-8 offsets of the file.
    public var range: SourceRange
    /// Related locations ("'clientContext' is declared here").
    public var notes: [Note]
    /// A fix, when one is known.
    public var fix: Fix?
    /// The word summaries group the finding by (the translated word for DL205: `Строка`); `nil` for the
    /// first quoted name of the message (see `FindingGroups`).
    public var key: String? = nil

    /// A finding.
    public init(
        rule: RuleID, severity: Severity, message: String, range: SourceRange, notes: [Note] = [], fix: Fix? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = MessageText.cleaned(message)
        self.range = range
        self.notes = notes
        self.fix = fix
    }
}

/// The findings of one file, with what is needed to render them.
public struct FileReport: Sendable {
    /// The path as given on the command line (or relative to it).
    public var path: String
    /// The file's line index (its bytes), for positions and source lines.
    public var lines: LineIndex
    /// The findings, sorted by position.
    public var diagnostics: [Diagnostic]
    /// Counts of what was checked (`samples validated`, `samples not validated`), for `--statistics`.
    public var counters: [String: Int]

    /// A report for `path`.
    public init(path: String, lines: LineIndex, diagnostics: [Diagnostic], counters: [String: Int] = [:]) {
        self.path = path
        self.lines = lines
        self.counters = counters
        self.diagnostics = diagnostics.sorted {
            ($0.range.start, $0.rule.code, $0.message) < ($1.range.start, $1.rule.code, $1.message)
        }
    }
}
