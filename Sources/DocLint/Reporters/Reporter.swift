/// Renders a run's findings in one output format.
///
/// A run calls `begin` once, `file` once per checked file in file order (files without findings
/// included, so a reporter can count or list them), then `end` with the totals; each call returns the
/// text to write at that point. A reporter that `streams` returns each file's text from `file`, so
/// output appears while the run goes on; one that needs the whole run (JUnit's totals come first)
/// keeps what it needs and returns everything from `end`.
public protocol Reporter {
    /// Whether `file` returns each file's output as it comes (otherwise it all comes from `end`).
    var streams: Bool { get }
    /// The text before the first file.
    mutating func begin(_ context: RunContext) -> String
    /// The text for one checked file.
    mutating func file(_ file: FileFindings) -> String
    /// The text after the last file.
    mutating func end(_ result: LintResult) -> String
    /// Whether it prints findings' source excerpts (otherwise the run does not compute them).
    var usesExcerpts: Bool { get }
}

extension Reporter {
    /// Only the text format with its source lines prints excerpts.
    public var usesExcerpts: Bool { false }
}

/// What a reporter knows about a run before it starts.
public struct RunContext: Sendable {
    /// The rules the run can report (SARIF lists them with their help).
    public var rules: [RuleDescriptor]
    /// The doclint version.
    public var toolVersion: String

    /// A context.
    public init(rules: [RuleDescriptor], toolVersion: String = DocLintVersion.current) {
        self.rules = rules
        self.toolVersion = toolVersion
    }
}

/// How the human-readable formats (`text`, `concise`) render; the machine formats ignore it.
public struct ReporterOptions: Sendable, Hashable {
    /// Whether to print the source line and caret under each finding (`text`).
    public var showSource: Bool
    /// Whether to colour the output with ANSI escapes (decide with `TerminalStyle.colorEnabled`).
    public var color: Bool
    /// Whether to leave out the summary line.
    public var quiet: Bool
    /// Whether to print findings by rule and what was checked after the summary.
    public var statistics: Bool

    /// Options.
    public init(showSource: Bool = true, color: Bool = false, quiet: Bool = false, statistics: Bool = false) {
        self.showSource = showSource
        self.color = color
        self.quiet = quiet
        self.statistics = statistics
    }
}

/// The output formats, by the name `--format` (and the configuration's `output-format`) uses: the one
/// place that maps a name to a reporter.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    /// Like a compiler: position, severity, code, message, the source line with a caret, notes, fix.
    case text
    /// One line a finding.
    case concise
    /// One JSON document: the findings and a summary (fields in `docs/output-formats.md`).
    case json
    /// One JSON object a line, a finding each.
    case jsonLines = "json-lines"
    /// SARIF 2.1.0, for code scanning.
    case sarif
    /// GitHub Actions workflow commands (annotations on the pull request).
    case github
    /// GitLab Code Quality report.
    case gitlab
    /// JUnit XML, a test suite per file.
    case junit

    /// The names, for help and error messages.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// A reporter of this format.
    public func reporter(_ options: ReporterOptions = ReporterOptions()) -> any Reporter {
        switch self {
        case .text: TextReporter(options: options)
        case .concise: ConciseReporter(options: options)
        case .json: JSONReporter()
        case .jsonLines: JSONLinesReporter()
        case .sarif: SARIFReporter()
        case .github: GitHubReporter()
        case .gitlab: GitLabReporter()
        case .junit: JUnitReporter()
        }
    }
}

/// The doclint version, printed by `--version` and written into SARIF.
public enum DocLintVersion {
    /// The version.
    public static let current = "0.1.0"
}
