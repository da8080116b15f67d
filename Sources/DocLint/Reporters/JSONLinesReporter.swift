/// One JSON object a line, a finding each, with the same fields as the `json` format's findings; no
/// summary (the exit status tells whether the run failed). Streams.
public struct JSONLinesReporter: Reporter, Sendable {
    /// A reporter.
    public init() {}

    public var streams: Bool { true }

    public mutating func begin(_ context: RunContext) -> String { "" }

    public mutating func file(_ file: FileFindings) -> String {
        file.findings.map { FindingJSON.text(FindingJSON.object($0), indent: nil) + "\n" }.joined()
    }

    public mutating func end(_ result: LintResult) -> String { "" }
}
