import SourceText

/// Renders findings like a compiler, so editors and terminals link them:
///
///     path:29:3: error: [DL201] property 'Контекст' is not in the JSON representation; did you mean 'clientContext'?
///         | Контекст      | String | ...
///           ^~~~~~~~
///     path:45:3: note: 'clientContext' is declared here
///     path:29:3: fix (unsafe): rename the row to 'clientContext'
///
/// and a summary line at the end. Streams: each file's findings are written as soon as it is linted.
public struct TextReporter: Reporter, Sendable {
    /// How to render.
    public var options: ReporterOptions
    private var rules: [RuleDescriptor] = []

    /// Whether to print the source line and caret under each finding.
    public var showSource: Bool {
        get { options.showSource }
        set { options.showSource = newValue }
    }

    public var usesExcerpts: Bool { options.showSource }

    /// A reporter.
    public init(options: ReporterOptions) {
        self.options = options
    }

    /// A reporter without colour.
    public init(showSource: Bool = true) {
        self.init(options: ReporterOptions(showSource: showSource))
    }

    public var streams: Bool { true }

    public mutating func begin(_ context: RunContext) -> String {
        rules = context.rules
        return ""
    }

    public mutating func file(_ file: FileFindings) -> String {
        render(file)
    }

    public mutating func end(_ result: LintResult) -> String {
        var out = ""
        let style = TerminalStyle(enabled: options.color)
        if !options.quiet { out += style.bold(TextReporter.summary(result)) + "\n" }
        if options.statistics { out += TextReporter.statistics(result, rules: rules) }
        return out
    }

    /// The rendered findings of one file (empty when it has none).
    public func render(_ file: FileFindings) -> String {
        let style = TerminalStyle(enabled: options.color)
        var out = ""
        for f in file.findings {
            out +=
                "\(style.bold("\(f.path):\(f.span.start.line):\(f.span.start.column):")) "
                + "\(style.severity(f.severity, f.severity.rawValue + ":")) [\(f.rule.code)] \(style.bold(f.message))\n"
            if options.showSource, let excerpt = f.excerpt {
                out += "    \(excerpt.line)\n    \(style.severity(f.severity, excerpt.caret))\n"
            }
            for note in f.notes {
                if let span = note.span {
                    out += "\(style.bold("\(note.file ?? f.path):\(span.start.line):\(span.start.column):")) "
                }
                out += "\(style.note("note:")) \(note.message)\n"
            }
            if let fix = f.fix {
                // The fix is positioned where its first edit is (or at the finding), so editors link it too.
                let at = fix.edits.first?.span.start ?? f.span.start
                out +=
                    "\(style.bold("\(f.path):\(at.line):\(at.column):")) "
                    + "\(style.fix("fix (\(fix.isSafe ? "safe" : "unsafe")):")) \(fix.title)\n"
            }
        }
        return out
    }

    /// The rendered findings of one file report (empty when it has none).
    public func render(_ report: FileReport) -> String {
        render(report.findings())
    }

    /// The summary line of `result`: "3 errors, 1 warning in 2 files (71 files checked)".
    public static func summary(_ result: LintResult) -> String {
        var line = TextReporter().summary(
            errors: result.errors, warnings: result.warnings, notes: result.notes,
            filesWithFindings: result.filesWithFindings, filesChecked: result.filesChecked)
        if result.baselined > 0 {
            line += "; \(plural(result.baselined, "finding")) in the baseline not shown"
        }
        // A page that could not be linted must never look like a clean one.
        if !result.failures.isEmpty {
            line += "; \(plural(result.failures.count, "file")) could not be linted"
        }
        return line
    }

    /// The summary line: "3 errors, 1 warning in 2 files (71 files checked)".
    public func summary(errors: Int, warnings: Int, notes: Int, filesWithFindings: Int, filesChecked: Int) -> String {
        if filesChecked == 0 && errors + warnings + notes == 0 { return "no files checked" }
        if errors + warnings + notes == 0 {
            return "no problems found in \(TextReporter.plural(filesChecked, "file"))"
        }
        var parts = [TextReporter.plural(errors, "error"), TextReporter.plural(warnings, "warning")]
        if notes > 0 { parts.append(TextReporter.plural(notes, "note")) }
        return parts.joined(separator: ", ")
            + " in \(TextReporter.plural(filesWithFindings, "file")) (\(TextReporter.plural(filesChecked, "file")) checked)"
    }

    /// `--statistics`: findings by rule (in rule order), pages checked, and the run's counters.
    static func statistics(_ result: LintResult, rules: [RuleDescriptor]) -> String {
        var out = "\nfindings by rule:\n"
        let known = Set(rules.map(\.id.code))
        for rule in rules where result.byRule[rule.id.code] != nil {
            out += "  \(rule.id.code) \(rule.id.name): \(result.byRule[rule.id.code]!)\n"
        }
        for code in result.byRule.keys.sorted() where !known.contains(code) {
            out += "  \(code): \(result.byRule[code]!)\n"
        }
        // Findings that hold for every row of a long table are one line here (each keeps its position above).
        let large = result.groups.groups(minimum: groupMinimum)
        if !large.isEmpty {
            out += "findings by rule and word (\(groupMinimum) or more):\n"
            for g in large { out += "  \(g.rule.code) '\(g.word)': \(g.count) in \(plural(g.files, "file"))\n" }
        }
        out += "pages: \(result.filesChecked)\n"
        for key in result.counters.keys.sorted() { out += "\(key): \(result.counters[key]!)\n" }
        return out
    }

    /// The smallest group `--statistics` lists by rule and word.
    static let groupMinimum = 10

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    /// The widest source excerpt shown, in columns.
    public static let excerptWidth = SourceExcerpt.width
}
