import DocLint
import Foundation

/// The parsed arguments of `doclint lint`.
struct LintOptions {
    /// `--help` or `--version`, which replace linting.
    var standard: StandardOption?
    var paths: [String] = []
    /// `--select` items, accumulated over repeated options (`nil`: every rule).
    var select: [String]?
    /// `--ignore` items, accumulated.
    var ignore: [String] = []
    /// `--format`; `nil` when not given (the configuration's `output-format`, else `text`).
    var format: ReportFormat?
    var outputFile: String?
    var color = ColorChoice.auto
    var reporter = ReporterOptions()
    var baseline: String?
    var writeBaseline: String?
    var policy = ExitPolicy()
    /// `--time-limit`: seconds a page may take before doclint gives up on it (`nil`: no limit).
    var timeLimit: Double? = CrashIsolation.defaultTimeLimit
    /// The options that choose the configuration, the pages and the fixes.
    var run = LintRunOptions()

    static let usage = """
        usage: doclint lint [options] PATH...

        Lints Microsoft Graph-style reference pages: files, or directories searched for *.md.
        A file named twice (or by two paths) is linted once.

        options:
          --select CODES          run only these rules (comma-separated codes or names; repeatable)
          --ignore CODES          skip these rules (repeatable)
          --format FORMAT         text (default), concise, json, json-lines, sarif, github, gitlab, junit
          --output-file FILE      write the report to FILE (atomically) instead of standard output
          --color WHEN            auto (default: on a terminal, honouring NO_COLOR and FORCE_COLOR), always, never
          --no-source             do not print the source line and caret under each finding
          --quiet                 print findings only, no summary line
          --statistics            after the summary: findings by rule, the largest groups by rule and word,
                                  and how many samples were validated
          --baseline FILE         report only findings that FILE does not list
          --write-baseline FILE   record every finding in FILE (the run then exits 0 unless a file is unreadable)
          --fail-on LEVEL         the lowest severity that fails the run: error (default), warning, never
          --max-warnings N        fail the run when there are more than N warnings
          --time-limit SECONDS    give up on a page that takes longer than SECONDS (default 60; 0: no
                                  limit); it is named on stderr, the run fails, the rest is linted
        \(LintRunOptions.usage)
          --version               print doclint's version
          -h, --help              show this help

        Options take their value as '--select DL205' or '--select=DL205'.

        exit status:
          0  no finding fails the run (by default: no error-level finding)
          1  findings fail the run (--fail-on, --max-warnings)
          2  usage error, unreadable file or folder, a folder without *.md files, no rule selected, or
             a page doclint could not finish (a crash, or over --time-limit)
        """

    /// Parses `arguments`; throws a usage message.
    init(_ arguments: [String]) throws(UsageError) {
        var scanner = ArgumentScanner(arguments)
        while let item = scanner.next() {
            switch item {
            case .operand("-"):
                throw UsageError("to lint a page from standard input, give '--stdin-filename PATH' (where it belongs)")
            case .operand(let path):
                paths.append(path)
            case .option(let name):
                if let option = try scanner.standardOption() {
                    standard = option
                    continue
                }
                switch name {
                case "--select": select = (select ?? []) + LintOptions.items(try scanner.value())
                case "--ignore": ignore += LintOptions.items(try scanner.value())
                case "--format":
                    let value = try scanner.value()
                    guard let format = ReportFormat(rawValue: value) else {
                        throw UsageError("unknown format '\(value)' (\(ReportFormat.names))")
                    }
                    self.format = format
                case "--output-file", "-o": outputFile = try scanner.value()
                case "--color", "--colour":
                    let value = try scanner.value()
                    guard let choice = ColorChoice(rawValue: value) else {
                        throw UsageError("'--color' is auto, always or never, not '\(value)'")
                    }
                    color = choice
                case "--no-source":
                    try scanner.flag()
                    reporter.showSource = false
                case "--quiet":
                    try scanner.flag()
                    reporter.quiet = true
                case "--statistics":
                    try scanner.flag()
                    reporter.statistics = true
                case "--baseline": baseline = try scanner.value()
                case "--write-baseline": writeBaseline = try scanner.value()
                case "--fail-on":
                    let value = try scanner.value()
                    guard let threshold = ExitPolicy.Threshold(rawValue: value) else {
                        throw UsageError("'--fail-on' is error, warning or never, not '\(value)'")
                    }
                    policy.failOn = threshold
                case "--max-warnings": policy.maxWarnings = try scanner.count()
                case "--time-limit":
                    let value = try scanner.value()
                    guard let seconds = Double(value), seconds.isFinite, seconds >= 0 else {
                        throw UsageError("'--time-limit' needs a number of seconds, not '\(value)'")
                    }
                    timeLimit = seconds == 0 ? nil : seconds
                default:
                    guard try run.parse(name, &scanner) else { throw UsageError("unknown option '\(name)'") }
                }
            }
        }
        if let conflict = run.conflict { throw UsageError(conflict) }
        if standard == nil && paths.isEmpty && run.stdinFilename == nil { throw UsageError("no paths given") }
    }

    /// The items of a comma-separated list, trimmed, empty ones dropped.
    static func items(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
