import JSONCore

/// GitLab's Code Quality report (a subset of Code Climate's issue format), for the merge request
/// widget: a JSON array with one issue a finding,
///
///     {"description": "...", "check_name": "DL205", "fingerprint": "...", "severity": "major",
///      "location": {"path": "docs/a.md", "lines": {"begin": 34, "end": 34}}}
///
/// Errors are `major`, warnings `minor`, notes `info`. The fingerprint is the finding's (unique in a
/// run: it counts equal findings), so GitLab tracks an issue across commits. Streams.
public struct GitLabReporter: Reporter, Sendable {
    private var count = 0

    /// A reporter.
    public init() {}

    public var streams: Bool { true }

    public mutating func begin(_ context: RunContext) -> String { "[" }

    public mutating func file(_ file: FileFindings) -> String {
        var out = ""
        for f in file.findings {
            let severity =
                switch f.severity {
                case .error: "major"
                case .warning: "minor"
                case .note: "info"
                }
            let issue = JSONValue.object([
                ("description", .string("[\(f.rule.code)] \(f.message)")), ("check_name", .string(f.rule.code)),
                ("fingerprint", .string(f.fingerprint)), ("severity", .string(severity)),
                (
                    "location",
                    .object([
                        ("path", .string(f.path)),
                        (
                            "lines",
                            .object([("begin", .integer(f.span.start.line)), ("end", .integer(f.span.end.line))])
                        ),
                    ])
                ),
            ])
            out += (count == 0 ? "\n  " : ",\n  ") + FindingJSON.text(issue, level: 1)
            count += 1
        }
        return out
    }

    public mutating func end(_ result: LintResult) -> String { count == 0 ? "]\n" : "\n]\n" }
}
