import DocMarkdown
import GraphDocs
import JSONCore
import SourceText

/// One finding of a drift run, with positions resolved and both sides of the difference
/// (the shape `docs/drift-json.md` documents).
public struct DriftFinding: Sendable {
    /// The rule (the kind).
    public var rule: RuleID
    /// As reported.
    public var severity: Severity
    /// As in the text output.
    public var message: String
    /// Where on the page.
    public var start: SourcePosition
    /// One past the end, on the page.
    public var end: SourcePosition
    /// The page's text in the range.
    public var text: String
    /// The whole page line of `start`.
    public var lineText: String
    /// The en-US side, from the first note that points into the source.
    public var source: ExternalLocation?
    /// The fix, with edit positions resolved.
    public var fix:
        (title: String, safe: Bool, edits: [(start: SourcePosition, end: SourcePosition, replacement: String)])?
    /// The notes: message, file and position when they point somewhere.
    public var notes: [(message: String, file: String?, position: SourcePosition?)]
}

/// One page of a drift run.
public struct DriftPage: Sendable {
    /// The page's path.
    public var path: String
    /// Its locale (`ms.contentlocale`, else its folder's name, else `unknown`).
    public var locale: String
    /// Its path in its locale tree.
    public var relativePath: String
    /// What the source search found (`nil`: the page was not searched for).
    public var lookup: SourceLookup?
    /// Its findings, sorted by position.
    public var findings: [DriftFinding]

    /// The page entry of `report`, for a page of `locale` at `relativePath` in its tree.
    public init(report: FileReport, locale folderLocale: String?, relativePath: String, lookup: SourceLookup?) {
        path = report.path
        let declared = FrontMatter.read(report.lines.bytes)?["ms.contentlocale"].flatMap(LocalizedPath.localeName)
        locale = declared ?? folderLocale ?? "unknown"
        self.relativePath = relativePath
        self.lookup = lookup
        let lines = report.lines
        findings = report.diagnostics.map { d in
            let start = lines.position(of: d.range.start)
            let lineNumber = start.line
            let content = lines.contentRange(ofLine: lineNumber)
            return DriftFinding(
                rule: d.rule, severity: d.severity, message: d.message, start: start,
                end: lines.position(of: d.range.end), text: lines.text(in: d.range), lineText: lines.text(in: content),
                source: d.notes.lazy.compactMap(\.external).first,
                fix: d.fix.map { fix in
                    (
                        fix.title, fix.isSafe,
                        fix.edits.map {
                            (lines.position(of: $0.range.start), lines.position(of: $0.range.end), $0.replacement)
                        }
                    )
                },
                notes: d.notes.map { note in
                    if let external = note.external { return (note.message, external.file, external.position) }
                    if let range = note.range { return (note.message, report.path, lines.position(of: range.start)) }
                    return (note.message, nil, nil)
                })
        }
    }

    /// `exact`, `source-commit`, `latest` or `missing`.
    public var sourceStatus: String {
        switch lookup {
        case .found(let located)?: located.exactness.rawValue
        case .missing?, nil: "missing"
        }
    }
}

/// The result of `doclint drift`: every page, and counts per locale and kind.
public struct DriftReport: Sendable {
    /// The `--source` argument.
    public var sourcePath: String
    /// `git`, `folder` or `snapshots`.
    public var sourceKind: String
    /// The pages, sorted by path.
    public var pages: [DriftPage]

    /// A report over `pages`.
    public init(sourcePath: String, sourceKind: String, pages: [DriftPage]) {
        self.sourcePath = sourcePath
        self.sourceKind = sourceKind
        self.pages = pages.sorted { $0.path < $1.path }
    }

    /// The finding kinds: the `DL4xx` rules.
    public static var kinds: [RuleDescriptor] { RuleRegistry.descriptors.filter { $0.id.code.hasPrefix("DL4") } }
    /// Kinds that are letter-case changes only.
    public static let caseOnlyKinds: Set<String> = ["DL403", "DL405", "DL407"]
    /// Kinds that are not translation's doing.
    public static let versionDriftKinds: Set<String> = ["DL401", "DL411"]

    /// Counts over some pages.
    public struct Counts: Sendable {
        /// Pages.
        public var pages = 0
        /// Pages with a finding.
        public var pagesWithFindings = 0
        /// Pages by source status.
        public var sources: [String: Int] = ["exact": 0, "source-commit": 0, "latest": 0, "missing": 0]
        /// Findings by kind code.
        public var findings: [String: Int] = [:]
        /// Findings by severity.
        public var severities: [Severity: Int] = [.error: 0, .warning: 0, .note: 0]

        mutating func add(_ page: DriftPage) {
            pages += 1
            if !page.findings.isEmpty { pagesWithFindings += 1 }
            sources[page.sourceStatus, default: 0] += 1
            for f in page.findings {
                findings[f.rule.code, default: 0] += 1
                severities[f.severity, default: 0] += 1
            }
        }
    }

    /// Counts by locale, sorted by locale.
    public var locales: [(locale: String, counts: Counts)] {
        var by: [String: Counts] = [:]
        for page in pages { by[page.locale, default: Counts()].add(page) }
        return by.keys.sorted().map { ($0, by[$0]!) }
    }

    /// Counts over every page.
    public var totals: Counts {
        var counts = Counts()
        for page in pages { counts.add(page) }
        return counts
    }

    // MARK: - JSON

    /// The JSON document `docs/drift-json.md` describes.
    public func json() -> JSONValue {
        .object([
            ("formatVersion", .integer(1)),
            ("tool", .string("doclint")),
            ("source", .object([("path", .string(sourcePath)), ("kind", .string(sourceKind))])),
            (
                "kinds",
                .array(
                    DriftReport.kinds.map { d in
                        .object([
                            ("code", .string(d.id.code)), ("name", .string(d.id.name)), ("summary", .string(d.summary)),
                            ("defaultSeverity", .string(d.defaultSeverity.rawValue)),
                            ("caseOnly", .bool(DriftReport.caseOnlyKinds.contains(d.id.code))),
                            ("versionDrift", .bool(DriftReport.versionDriftKinds.contains(d.id.code))),
                        ])
                    })
            ),
            (
                "locales",
                .array(
                    locales.map { locale, counts in
                        .object([("locale", .string(locale))] + DriftReport.json(counts, findingsKey: "findings"))
                    })
            ),
            ("pages", .array(pages.map(DriftReport.json))),
            ("summary", .object(DriftReport.json(totals, findingsKey: "findingsByKind", total: true))),
        ])
    }

    static func json(_ c: Counts, findingsKey: String, total: Bool = false) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = [
            ("pages", .integer(c.pages)), ("pagesWithFindings", .integer(c.pagesWithFindings)),
        ]
        if total { members.append(("findings", .integer(c.findings.values.reduce(0, +)))) }
        let sources: JSONValue = .object([
            ("exact", .integer(c.sources["exact"] ?? 0)), ("sourceCommit", .integer(c.sources["source-commit"] ?? 0)),
            ("latest", .integer(c.sources["latest"] ?? 0)), ("missing", .integer(c.sources["missing"] ?? 0)),
        ])
        let findings: JSONValue = .object(c.findings.keys.sorted().map { ($0, .integer(c.findings[$0]!)) })
        let severities: JSONValue = .object(
            [Severity.error, .warning, .note].map { ($0.rawValue, .integer(c.severities[$0] ?? 0)) })
        if total {
            members += [("severities", severities), (findingsKey, findings), ("sources", sources)]
        } else {
            members += [("sources", sources), (findingsKey, findings), ("severities", severities)]
        }
        return members
    }

    static func json(_ page: DriftPage) -> JSONValue {
        let null = JSONValue(.null)
        var source: [(String, JSONValue)] = [("status", .string(page.sourceStatus))]
        if case .found(let located)? = page.lookup {
            source += [
                ("path", .string(located.path)), ("revision", located.revision.map(JSONValue.string) ?? null),
                ("location", .string(located.location)),
            ]
        } else {
            source += [("path", null), ("revision", null), ("location", null)]
        }
        return .object([
            ("path", .string(page.path)), ("locale", .string(page.locale)),
            ("relativePath", .string(page.relativePath)), ("source", .object(source)),
            ("findings", .array(page.findings.map(json))),
        ])
    }

    static func json(_ f: DriftFinding) -> JSONValue {
        let null = JSONValue(.null)
        func range(_ start: SourcePosition, _ end: SourcePosition) -> [(String, JSONValue)] {
            [
                ("line", .integer(start.line)), ("column", .integer(start.column)), ("endLine", .integer(end.line)),
                ("endColumn", .integer(end.column)),
            ]
        }
        let source: JSONValue =
            f.source.map { s in
                .object([
                    ("location", .string(s.file)), ("line", .integer(s.position.line)),
                    ("column", .integer(s.position.column)), ("text", .string(s.text)),
                ])
            } ?? null
        let fix: JSONValue =
            f.fix.map { fix in
                .object([
                    ("title", .string(fix.title)), ("safe", .bool(fix.safe)),
                    (
                        "edits",
                        .array(
                            fix.edits.map { edit in
                                .object(range(edit.start, edit.end) + [("replacement", .string(edit.replacement))])
                            })
                    ),
                ])
            } ?? null
        let notes: [JSONValue] = f.notes.map { note in
            .object([
                ("message", .string(note.message)), ("file", note.file.map(JSONValue.string) ?? null),
                ("line", note.position.map { .integer($0.line) } ?? null),
                ("column", note.position.map { .integer($0.column) } ?? null),
            ])
        }
        return .object(
            [
                ("code", .string(f.rule.code)), ("name", .string(f.rule.name)),
                ("severity", .string(f.severity.rawValue)),
                ("message", .string(f.message)),
            ] + range(f.start, f.end) + [
                ("text", .string(f.text)), ("lineText", .string(f.lineText)), ("source", source), ("fix", fix),
                ("notes", .array(notes)),
            ])
    }

    // MARK: - Text

    /// The summary table: one row per kind that occurred, one column per locale, then the sources found.
    public func summaryText() -> String {
        let locales = self.locales
        let kinds = DriftReport.kinds.filter { d in locales.contains { $0.counts.findings[d.id.code] != nil } }
        var rows: [[String]] = [["kind"] + locales.map(\.locale)]
        for d in kinds {
            rows.append(["\(d.id.code) \(d.id.name)"] + locales.map { String($0.counts.findings[d.id.code] ?? 0) })
        }
        rows.append(["pages"] + locales.map { String($0.counts.pages) })
        rows.append(["pages with findings"] + locales.map { String($0.counts.pagesWithFindings) })
        for (status, label) in [
            ("exact", "exact source"), ("source-commit", "source at ms.sourcegitcommit"),
            ("latest", "newest source (not exact)"), ("missing", "no source"),
        ] {
            rows.append([label] + locales.map { String($0.counts.sources[status] ?? 0) })
        }
        let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { i, cell in
                i == 0
                    ? cell + String(repeating: " ", count: widths[i] - cell.count)
                    : String(repeating: " ", count: widths[i] - cell.count) + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
