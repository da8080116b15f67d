/// What a run found, counted: by severity, by rule, in how many files; and what it could not read.
/// The exit status comes from here, under an `ExitPolicy`.
public struct LintResult: Sendable {
    /// Files checked (each once, however many times it was named).
    public var filesChecked = 0
    /// Files with at least one reported finding.
    public var filesWithFindings = 0
    /// Reported findings by severity.
    public var bySeverity: [Severity: Int] = [:]
    /// Reported findings by rule code.
    public var byRule: [String: Int] = [:]
    /// Findings by rule and word (`DL205 'Строка'`), for summaries of long runs.
    public var groups = FindingGroups()
    /// What was checked, summed over the files (`samples validated`, ...).
    public var counters: [String: Int] = [:]
    /// Findings left out because the baseline lists them.
    public var baselined = 0
    /// Files that could not be read, with why (`cannot read 'x.md'`).
    public var failures: [String] = []

    /// An empty result.
    public init() {}

    /// Reported errors.
    public var errors: Int { bySeverity[.error, default: 0] }
    /// Reported warnings.
    public var warnings: Int { bySeverity[.warning, default: 0] }
    /// Reported notes.
    public var notes: Int { bySeverity[.note, default: 0] }
    /// All reported findings.
    public var total: Int { bySeverity.values.reduce(0, +) }

    /// Counts one checked file.
    public mutating func add(_ file: FileFindings) {
        filesChecked += 1
        if !file.findings.isEmpty { filesWithFindings += 1 }
        for finding in file.findings {
            bySeverity[finding.severity, default: 0] += 1
            byRule[finding.rule.code, default: 0] += 1
        }
        for (key, value) in file.counters { counters[key, default: 0] += value }
        groups.add(file.findings)
        baselined += file.baselined
    }

    /// Counts a file that could not be read.
    public mutating func addFailure(_ message: String) {
        failures.append(message)
    }

    /// The exit status under `policy`: 2 when a file could not be read, 1 when the findings fail the
    /// policy, 0 otherwise.
    public func exitStatus(_ policy: ExitPolicy) -> Int32 {
        if !failures.isEmpty { return 2 }
        return policy.fails(self) ? 1 : 0
    }
}

/// When findings fail a run (`--fail-on`, `--max-warnings`).
public struct ExitPolicy: Sendable, Hashable {
    /// The lowest severity that fails the run.
    public enum Threshold: String, Sendable, Hashable, CaseIterable {
        /// Errors fail the run (the default).
        case error
        /// Errors and warnings fail the run.
        case warning
        /// No finding fails the run (`--max-warnings` still does).
        case never
    }

    /// The lowest severity that fails the run.
    public var failOn: Threshold
    /// More warnings than this fail the run, whatever `failOn` says.
    public var maxWarnings: Int?

    /// A policy.
    public init(failOn: Threshold = .error, maxWarnings: Int? = nil) {
        self.failOn = failOn
        self.maxWarnings = maxWarnings
    }

    /// Whether `result` fails.
    public func fails(_ result: LintResult) -> Bool {
        if let maxWarnings, result.warnings > maxWarnings { return true }
        switch failOn {
        case .error: return result.errors > 0
        case .warning: return result.errors + result.warnings > 0
        case .never: return false
        }
    }
}
