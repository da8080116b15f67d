import JSONCore

/// One JSON document: `{"version": 1, "findings": [...], "summary": {...}}`, the findings in file and
/// position order (fields in `docs/output-formats.md`). Streams: the findings array is written as
/// files are linted, and the summary closes the document.
public struct JSONReporter: Reporter, Sendable {
    private var count = 0

    /// A reporter.
    public init() {}

    public var streams: Bool { true }

    public mutating func begin(_ context: RunContext) -> String {
        "{\n  \"version\": 1,\n  \"findings\": ["
    }

    public mutating func file(_ file: FileFindings) -> String {
        var out = ""
        for finding in file.findings {
            out += (count == 0 ? "\n    " : ",\n    ") + FindingJSON.text(FindingJSON.object(finding), level: 2)
            count += 1
        }
        return out
    }

    public mutating func end(_ result: LintResult) -> String {
        (count == 0 ? "]" : "\n  ]") + ",\n  \"summary\": " + FindingJSON.text(FindingJSON.summary(result), level: 1)
            + "\n}\n"
    }
}
