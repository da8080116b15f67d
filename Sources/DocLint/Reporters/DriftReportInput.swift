import JSONCore

/// The document `doclint drift --format json` writes (`docs/drift-json.md`, format version 1), read
/// back for the reports built on it: every field a report shows, checked for its type, with a clear
/// error naming the field when one is missing or wrong. Fields the reports do not use are ignored, so
/// a later version that only adds fields still reads.
struct DriftReportInput: Sendable {
    /// One finding kind (a `DL4xx` rule).
    struct Kind: Sendable {
        var code: String
        var name: String
        var summary: String
        var defaultSeverity: String
        var caseOnly: Bool
        var versionDrift: Bool
    }

    /// Counts by severity.
    struct Severities: Sendable, Equatable {
        var error = 0
        var warning = 0
        var note = 0

        var total: Int { error + warning + note }

        subscript(severity: String) -> Int {
            switch severity {
            case "error": error
            case "warning": warning
            default: note
            }
        }

        mutating func add(_ severity: String) {
            switch severity {
            case "error": error += 1
            case "warning": warning += 1
            default: note += 1
            }
        }
    }

    /// Counts of pages by the source they were compared with.
    struct Sources: Sendable, Equatable {
        var exact = 0
        var sourceCommit = 0
        var latest = 0
        var missing = 0

        mutating func add(_ status: String) {
            switch status {
            case "exact": exact += 1
            case "source-commit": sourceCommit += 1
            case "latest": latest += 1
            default: missing += 1
            }
        }
    }

    /// The counts of one locale, or of the whole run (`summary`).
    struct Counts: Sendable {
        var pages: Int
        var pagesWithFindings: Int
        var sources: Sources
        /// By kind code, in the document's order.
        var findings: [(code: String, count: Int)]
        var severities: Severities

        func findings(of code: String) -> Int {
            findings.first { $0.code.utf8.elementsEqual(code.utf8) }?.count ?? 0
        }
    }

    /// One locale's entry.
    struct Locale: Sendable {
        var locale: String
        var counts: Counts
    }

    /// The en-US text a page was compared with.
    struct PageSource: Sendable {
        var status: String
        var path: String?
        var revision: String?
        var location: String?
    }

    /// The en-US side of a finding.
    struct FindingSource: Sendable {
        var location: String?
        var line: Int
        var column: Int
        var text: String
    }

    /// A fix's title and safety (its edits are not shown).
    struct Fix: Sendable {
        var title: String
        var safe: Bool
    }

    /// A note, pointing somewhere or not.
    struct Note: Sendable {
        var message: String
        var file: String?
        var line: Int?
        var column: Int?
    }

    /// One finding, with both sides of the difference.
    struct Finding: Sendable {
        var code: String
        var name: String
        var severity: String
        var message: String
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
        var text: String
        var lineText: String
        var source: FindingSource?
        var fix: Fix?
        var notes: [Note]
    }

    /// One page checked.
    struct Page: Sendable {
        var path: String
        var locale: String
        var relativePath: String
        var source: PageSource
        var findings: [Finding]

        var severities: Severities {
            var s = Severities()
            for f in findings { s.add(f.severity) }
            return s
        }
    }

    var sourcePath: String
    var sourceKind: String
    var kinds: [Kind]
    var locales: [Locale]
    var pages: [Page]
    var summary: Counts
    /// `summary.findings`.
    var summaryFindings: Int

    /// Reads `document`; throws naming the first field that is missing or of the wrong type.
    init(_ document: JSONValue) throws(DriftReportError) {
        let root = Field(document, "")
        let version = try root["formatVersion"].integer()
        guard version == 1 else {
            throw DriftReportError("unsupported 'formatVersion' \(version); this doclint reads version 1")
        }
        let tool = try root["tool"].string()
        guard tool == "doclint" else { throw DriftReportError("'tool' is '\(tool)', not 'doclint'") }
        sourcePath = try root["source"]["path"].string()
        sourceKind = try root["source"]["kind"].string()
        kinds = try root["kinds"].array().map { (k) throws(DriftReportError) in
            Kind(
                code: try k["code"].string(), name: try k["name"].string(), summary: try k["summary"].string(),
                defaultSeverity: try k["defaultSeverity"].severity(), caseOnly: try k["caseOnly"].bool(),
                versionDrift: try k["versionDrift"].bool())
        }
        locales = try root["locales"].array().map { (l) throws(DriftReportError) in
            Locale(locale: try l["locale"].string(), counts: try Self.counts(l, findingsKey: "findings"))
        }
        pages = try root["pages"].array().map { (p) throws(DriftReportError) in
            let source = p["source"]
            return Page(
                path: try p["path"].string(), locale: try p["locale"].string(),
                relativePath: try p["relativePath"].string(),
                source: PageSource(
                    status: try source["status"].oneOf(["exact", "source-commit", "latest", "missing"]),
                    path: try source["path"].optionalString(), revision: try source["revision"].optionalString(),
                    location: try source["location"].optionalString()),
                findings: try p["findings"].array().map { (f) throws(DriftReportError) in try Self.finding(f) })
        }
        let summaryField = root["summary"]
        summary = try Self.counts(summaryField, findingsKey: "findingsByKind")
        summaryFindings = try summaryField["findings"].integer()
    }

    private static func counts(_ field: Field, findingsKey: String) throws(DriftReportError) -> Counts {
        let sources = field["sources"]
        let severities = field["severities"]
        return Counts(
            pages: try field["pages"].integer(), pagesWithFindings: try field["pagesWithFindings"].integer(),
            sources: Sources(
                exact: try sources["exact"].integer(), sourceCommit: try sources["sourceCommit"].integer(),
                latest: try sources["latest"].integer(), missing: try sources["missing"].integer()),
            findings: try field[findingsKey].members().map { (member) throws(DriftReportError) in
                (member.key, try member.field.integer())
            },
            severities: Severities(
                error: try severities["error"].integer(), warning: try severities["warning"].integer(),
                note: try severities["note"].integer()))
    }

    private static func finding(_ f: Field) throws(DriftReportError) -> Finding {
        let source = f["source"]
        let fix = f["fix"]
        return Finding(
            code: try f["code"].string(), name: try f["name"].string(), severity: try f["severity"].severity(),
            message: try f["message"].string(), line: try f["line"].integer(), column: try f["column"].integer(),
            endLine: try f["endLine"].integer(), endColumn: try f["endColumn"].integer(), text: try f["text"].string(),
            lineText: try f["lineText"].string(),
            source: try source.isNull()
                ? nil
                : FindingSource(
                    location: try source["location"].optionalString(), line: try source["line"].integer(),
                    column: try source["column"].integer(), text: try source["text"].string()),
            fix: try fix.isNull() ? nil : Fix(title: try fix["title"].string(), safe: try fix["safe"].bool()),
            notes: try f["notes"].array().map { (n) throws(DriftReportError) in
                Note(
                    message: try n["message"].string(), file: try n["file"].optionalString(),
                    line: try n["line"].optionalInteger(), column: try n["column"].optionalInteger())
            })
    }
}

/// Why a drift JSON document cannot be reported: the field and what is wrong with it.
public struct DriftReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, naming the field (`'pages[3].findings[0].line' is not an integer`).
    public var message: String

    /// An error with `message`.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// A value in the document with the path it was reached by, for errors that name the field.
private struct Field {
    var value: JSONValue?
    var path: String

    init(_ value: JSONValue?, _ path: String) {
        self.value = value
        self.path = path
    }

    /// The member `key` (missing when this is not an object or has no such member).
    subscript(key: String) -> Field {
        Field(value?[key], path.isEmpty ? key : "\(path).\(key)")
    }

    private func fail(_ what: String) -> DriftReportError {
        DriftReportError(value == nil ? "'\(path)' is missing" : "'\(path)' is not \(what)")
    }

    func isNull() throws(DriftReportError) -> Bool {
        guard let value else { throw fail("") }
        return value.isNull
    }

    func string() throws(DriftReportError) -> String {
        guard let s = value?.stringValue else { throw fail("a string") }
        return s
    }

    func optionalString() throws(DriftReportError) -> String? {
        if let value, value.isNull { return nil }
        guard let s = value?.stringValue else { throw fail("a string or null") }
        return s
    }

    func bool() throws(DriftReportError) -> Bool {
        guard let b = value?.boolValue else { throw fail("a boolean") }
        return b
    }

    /// A non-negative integer that fits in `Int`.
    func integer() throws(DriftReportError) -> Int {
        guard let n = value?.numberValue, n.isInteger, let i = n.int64, i >= 0, let int = Int(exactly: i) else {
            throw fail("a non-negative integer")
        }
        return int
    }

    func optionalInteger() throws(DriftReportError) -> Int? {
        if let value, value.isNull { return nil }
        return try integer()
    }

    func oneOf(_ allowed: [String]) throws(DriftReportError) -> String {
        let s = try string()
        guard allowed.contains(s) else {
            throw DriftReportError(
                "'\(path)' is '\(s)', not one of \(allowed.map { "'\($0)'" }.joined(separator: ", "))")
        }
        return s
    }

    func severity() throws(DriftReportError) -> String { try oneOf(["error", "warning", "note"]) }

    func array() throws(DriftReportError) -> [Field] {
        guard let elements = value?.arrayValue else { throw fail("an array") }
        return elements.enumerated().map { Field($0.element, "\(path)[\($0.offset)]") }
    }

    func members() throws(DriftReportError) -> [(key: String, field: Field)] {
        guard let object = value?.objectValue else { throw fail("an object") }
        return object.uniqueMembers.map { ($0.key, Field($0.value, "\(path).\($0.key)")) }
    }
}

extension DriftReportInput {
    /// Where the document's counts (`locales[]`, `summary`) disagree with its pages, one sentence each,
    /// in document order: the report shows the document's numbers, and says when they do not hold.
    func inconsistencies() -> [String] {
        var problems: [String] = []
        let known = Set(kinds.map(\.code))
        var byLocale: [String: Counts] = [:]
        var localeOrder: [String] = []
        var all = Counts(pages: 0, pagesWithFindings: 0, sources: Sources(), findings: [], severities: Severities())
        for (index, page) in pages.enumerated() {
            if byLocale[page.locale] == nil {
                byLocale[page.locale] = Counts(
                    pages: 0, pagesWithFindings: 0, sources: Sources(), findings: [], severities: Severities())
                localeOrder.append(page.locale)
            }
            byLocale[page.locale]!.add(page)
            all.add(page)
            for (i, f) in page.findings.enumerated() where !known.contains(f.code) {
                problems.append("'pages[\(index)].findings[\(i)].code' is '\(f.code)', which 'kinds' does not list")
            }
        }
        let listed = Set(locales.map(\.locale))
        for locale in localeOrder where !listed.contains(locale) {
            problems.append("pages of locale '\(locale)' are not counted in 'locales'")
        }
        for (index, entry) in locales.enumerated() {
            let actual =
                byLocale[entry.locale]
                ?? Counts(pages: 0, pagesWithFindings: 0, sources: Sources(), findings: [], severities: Severities())
            problems += Self.compare(entry.counts, actual, "locales[\(index)]", findingsKey: "findings")
        }
        problems += Self.compare(summary, all, "summary", findingsKey: "findingsByKind")
        if summaryFindings != all.severities.total {
            problems.append("'summary.findings' is \(summaryFindings), but the pages hold \(all.severities.total)")
        }
        return problems
    }

    private static func compare(_ stated: Counts, _ actual: Counts, _ path: String, findingsKey: String) -> [String] {
        var problems: [String] = []
        func check(_ key: String, _ stated: Int, _ actual: Int) {
            if stated != actual { problems.append("'\(path).\(key)' is \(stated), but the pages hold \(actual)") }
        }
        check("pages", stated.pages, actual.pages)
        check("pagesWithFindings", stated.pagesWithFindings, actual.pagesWithFindings)
        check("sources.exact", stated.sources.exact, actual.sources.exact)
        check("sources.sourceCommit", stated.sources.sourceCommit, actual.sources.sourceCommit)
        check("sources.latest", stated.sources.latest, actual.sources.latest)
        check("sources.missing", stated.sources.missing, actual.sources.missing)
        check("severities.error", stated.severities.error, actual.severities.error)
        check("severities.warning", stated.severities.warning, actual.severities.warning)
        check("severities.note", stated.severities.note, actual.severities.note)
        var codes = stated.findings.map(\.code)
        for (code, _) in actual.findings where !codes.contains(code) { codes.append(code) }
        for code in codes {
            check("\(findingsKey).\(code)", stated.findings(of: code), actual.findings(of: code))
        }
        return problems
    }
}

extension DriftReportInput.Counts {
    /// Counts `page` in.
    fileprivate mutating func add(_ page: DriftReportInput.Page) {
        pages += 1
        if !page.findings.isEmpty { pagesWithFindings += 1 }
        sources.add(page.source.status)
        for f in page.findings {
            severities.add(f.severity)
            if let i = findings.firstIndex(where: { $0.code == f.code }) {
                findings[i].count += 1
            } else {
                findings.append((f.code, 1))
            }
        }
    }
}
