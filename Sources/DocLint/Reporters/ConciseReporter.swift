/// One line a finding, `path:line:column: severity: [CODE] message`, then the summary. Streams.
public struct ConciseReporter: Reporter, Sendable {
    /// How to render (`showSource` is ignored).
    public var options: ReporterOptions
    private var rules: [RuleDescriptor] = []

    /// A reporter.
    public init(options: ReporterOptions = ReporterOptions()) {
        self.options = options
    }

    public var streams: Bool { true }

    public mutating func begin(_ context: RunContext) -> String {
        rules = context.rules
        return ""
    }

    public mutating func file(_ file: FileFindings) -> String {
        let style = TerminalStyle(enabled: options.color)
        return file.findings.map { f in
            "\(style.bold("\(f.path):\(f.span.start.line):\(f.span.start.column):")) "
                + "\(style.severity(f.severity, f.severity.rawValue + ":")) [\(f.rule.code)] \(f.message)\n"
        }.joined()
    }

    public mutating func end(_ result: LintResult) -> String {
        var text = TextReporter(options: options)
        _ = text.begin(RunContext(rules: rules))
        return text.end(result)
    }
}
