import JSONCore
import SourceText

/// The JSON form of a finding, shared by the `json` and `json-lines` formats. The fields are stable
/// (documented in `docs/output-formats.md`): new fields may be added, none is renamed or removed.
enum FindingJSON {
    /// `{"path", "line", "column", "endLine", "endColumn", "severity", "code", "name", "message",
    /// "notes", "fix", "fingerprint"}`.
    static func object(_ f: Finding) -> JSONValue {
        var members: [(String, JSONValue)] = [("path", .string(f.path))]
        members += span(f.span)
        members += [
            ("severity", .string(f.severity.rawValue)), ("code", .string(f.rule.code)), ("name", .string(f.rule.name)),
            ("message", .string(f.message)),
            (
                "notes",
                .array(
                    f.notes.map { note in
                        .object(
                            [("message", .string(note.message))] + (note.file.map { [("file", .string($0))] } ?? [])
                                + (note.span.map(span) ?? []))
                    })
            ),
            ("fix", f.fix.map(fix) ?? .null),
            ("fingerprint", .string(f.fingerprint)),
        ]
        return .object(members)
    }

    static func span(_ span: SourceSpan) -> [(String, JSONValue)] {
        [
            ("line", .integer(span.start.line)), ("column", .integer(span.start.column)),
            ("endLine", .integer(span.end.line)), ("endColumn", .integer(span.end.column)),
        ]
    }

    static func fix(_ fix: FindingFix) -> JSONValue {
        .object([
            ("title", .string(fix.title)), ("safety", .string(fix.isSafe ? "safe" : "unsafe")),
            ("edits", .array(fix.edits.map { .object(span($0.span) + [("replacement", .string($0.replacement))]) })),
        ])
    }

    /// The run's totals: files, findings by severity and rule, baselined findings, unreadable files,
    /// and what was checked.
    static func summary(_ result: LintResult) -> JSONValue {
        .object([
            ("filesChecked", .integer(result.filesChecked)), ("filesWithFindings", .integer(result.filesWithFindings)),
            ("errors", .integer(result.errors)), ("warnings", .integer(result.warnings)),
            ("notes", .integer(result.notes)), ("baselined", .integer(result.baselined)),
            ("byRule", .object(result.byRule.keys.sorted().map { ($0, .integer(result.byRule[$0]!)) })),
            ("counters", .object(result.counters.keys.sorted().map { ($0, .integer(result.counters[$0]!)) })),
            ("unreadable", .array(result.failures.map { .string($0) })),
        ])
    }

    /// `value` as text, indented by `indent` spaces at nesting `level` (compact when `indent` is nil).
    static func text(_ value: JSONValue, indent: Int? = 2, level: Int = 0) -> String {
        var out: [UInt8] = []
        JSONWriter.write(value, into: &out, indent: indent, level: level)
        return String(decoding: out, as: UTF8.self)
    }
}
