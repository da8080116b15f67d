/// JUnit XML, for CI systems that show test reports (GitLab's `artifacts:reports:junit`, Jenkins,
/// Azure DevOps): a `testsuite` per checked file, a failing `testcase` per finding, one passing
/// `testcase` for a file without findings, and an erroring `testcase` per file that could not be
/// read. Needs the whole run: the totals are attributes of the root element.
public struct JUnitReporter: Reporter, Sendable {
    private var files: [FileFindings] = []

    /// A reporter.
    public init() {}

    public var streams: Bool { false }

    public mutating func begin(_ context: RunContext) -> String { "" }

    public mutating func file(_ file: FileFindings) -> String {
        var kept = file
        kept.counters = [:]
        files.append(kept)
        return ""
    }

    public mutating func end(_ result: LintResult) -> String {
        let findings = files.reduce(0) { $0 + $1.findings.count }
        let clean = files.filter { $0.findings.isEmpty }.count
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out +=
            "<testsuites name=\"doclint\" tests=\"\(findings + clean + result.failures.count)\" failures=\"\(findings)\" errors=\"\(result.failures.count)\">\n"
        for file in files {
            let path = JUnitReporter.attribute(file.path)
            out +=
                "  <testsuite name=\"\(path)\" tests=\"\(max(1, file.findings.count))\" failures=\"\(file.findings.count)\" errors=\"0\">\n"
            if file.findings.isEmpty {
                out += "    <testcase name=\"lint\" classname=\"\(path)\" file=\"\(path)\"/>\n"
            }
            for f in file.findings {
                let at = "\(f.span.start.line):\(f.span.start.column)"
                var details = "\(f.path):\(at): \(f.severity.rawValue): [\(f.rule.code)] \(f.message)"
                for note in f.notes {
                    let noteAt = note.span.map { "\(note.file ?? f.path):\($0.start.line):\($0.start.column): " } ?? ""
                    details += "\n\(noteAt)note: \(note.message)"
                }
                if let fix = f.fix { details += "\nfix (\(fix.isSafe ? "safe" : "unsafe")): \(fix.title)" }
                out +=
                    "    <testcase name=\"\(at) \(f.rule.code) \(f.rule.name)\" classname=\"\(path)\" file=\"\(path)\" line=\"\(f.span.start.line)\">\n"
                out +=
                    "      <failure type=\"\(f.severity.rawValue)\" message=\"\(JUnitReporter.attribute(f.message))\">\(JUnitReporter.text(details))</failure>\n"
                out += "    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        if !result.failures.isEmpty {
            out +=
                "  <testsuite name=\"doclint\" tests=\"\(result.failures.count)\" failures=\"0\" errors=\"\(result.failures.count)\">\n"
            for failure in result.failures {
                out +=
                    "    <testcase name=\"read\" classname=\"doclint\"><error message=\"\(JUnitReporter.attribute(failure))\"/></testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }

    /// `value` escaped for an attribute in double quotes (line breaks and tabs as character references,
    /// so they survive attribute normalization).
    static func attribute(_ value: String) -> String {
        escape(value) { scalar in
            switch scalar {
            case "\"": "&quot;"
            case "\n": "&#10;"
            case "\r": "&#13;"
            case "\t": "&#9;"
            default: nil
            }
        }
    }

    /// `value` escaped for element content.
    static func text(_ value: String) -> String {
        escape(value) { $0 == "\r" ? "&#13;" : nil }
    }

    /// `&`, `<` and `>` escaped, `extra` applied, and characters XML 1.0 cannot hold (C0 controls other
    /// than tab, LF and CR; U+FFFE, U+FFFF) replaced by U+FFFD.
    private static func escape(_ value: String, _ extra: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            if let replacement = extra(scalar) {
                out += replacement
                continue
            }
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
