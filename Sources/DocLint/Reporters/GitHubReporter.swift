/// GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` a finding, which the
/// runner turns into an annotation on the file and line of the pull request:
///
///     ::error title=DL205 translated-type,file=docs/a.md,line=34,endLine=34,col=24,endColumn=30::type 'Строка' is translated…
///
/// Escaped as the Actions toolkit escapes: in the message `%`, CR and LF; in properties also `:` and
/// `,`. Notes and the fix follow the message on their own lines (an annotation shows several lines).
/// Streams.
public struct GitHubReporter: Reporter, Sendable {
    /// A reporter.
    public init() {}

    public var streams: Bool { true }

    public mutating func begin(_ context: RunContext) -> String { "" }

    public mutating func file(_ file: FileFindings) -> String {
        file.findings.map(GitHubReporter.command).joined()
    }

    public mutating func end(_ result: LintResult) -> String { "" }

    /// The workflow command of one finding.
    static func command(_ f: Finding) -> String {
        let name =
            switch f.severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
        let properties = [
            ("title", "\(f.rule.code) \(f.rule.name)"), ("file", f.path), ("line", "\(f.span.start.line)"),
            ("endLine", "\(f.span.end.line)"), ("col", "\(f.span.start.column)"),
            ("endColumn", "\(f.span.end.column)"),
        ]
        var message = f.message
        for note in f.notes {
            let at = note.span.map { "\(note.file.map { $0 + ":" } ?? "")\($0.start.line):\($0.start.column): " } ?? ""
            message += "\n\(at)note: \(note.message)"
        }
        if let fix = f.fix { message += "\nfix (\(fix.isSafe ? "safe" : "unsafe")): \(fix.title)" }
        return "::\(name) "
            + properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
            + "::\(escapeData(message))\n"
    }

    /// A command's message, escaped: `%`, CR and LF.
    static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A command's property value, escaped: `%`, CR, LF, `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        var out = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
