import JSONCore

/// SARIF 2.1.0, the format code scanning reads (GitHub's `upload-sarif`, Azure DevOps, IDE viewers).
///
/// One run: the tool with every rule in `tool.driver.rules` (summary, explanation, full Markdown help,
/// default level), `columnKind` `unicodeCodePoints` (doclint's columns count Unicode scalars), and a
/// result per finding with its region, `partialFingerprints` (`doclint/v1`: the fingerprint baselines
/// use), positioned notes as `relatedLocations` (notes without a position end the message text), and
/// fixes as SARIF fixes. Files that could not be read are tool notifications of the invocation.
/// Streams: results are written as files are linted.
public struct SARIFReporter: Reporter, Sendable {
    private var ruleIndex: [String: Int] = [:]
    private var count = 0

    /// The `$schema` written into the log: the OASIS errata 01 schema.
    public static let schemaURI =
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    /// A reporter.
    public init() {}

    public var streams: Bool { true }

    public mutating func begin(_ context: RunContext) -> String {
        for (i, rule) in context.rules.enumerated() { ruleIndex[rule.id.code] = i }
        let driver = JSONValue.object([
            ("name", .string("doclint")), ("version", .string(context.toolVersion)),
            ("rules", .array(context.rules.map(SARIFReporter.rule))),
        ])
        return """
            {
              "$schema": \(JSONWriter.quoted(SARIFReporter.schemaURI)),
              "version": "2.1.0",
              "runs": [
                {
                  "tool": {
                    "driver": \(FindingJSON.text(driver, level: 4))
                  },
                  "columnKind": "unicodeCodePoints",
                  "results": [
            """
    }

    public mutating func file(_ file: FileFindings) -> String {
        var out = ""
        for finding in file.findings {
            out += (count == 0 ? "\n        " : ",\n        ") + FindingJSON.text(result(finding), level: 4)
            count += 1
        }
        return out
    }

    public mutating func end(_ result: LintResult) -> String {
        let invocation = JSONValue.object([
            ("executionSuccessful", .bool(result.failures.isEmpty)),
            (
                "toolExecutionNotifications",
                .array(
                    result.failures.map {
                        .object([("level", .string("error")), ("message", .object([("text", .string($0))]))])
                    })
            ),
        ])
        return (count == 0 ? "]" : "\n      ]") + """
            ,
                  "invocations": [
                    \(FindingJSON.text(invocation, level: 4))
                  ]
                }
              ]
            }

            """
    }

    /// A `reportingDescriptor`.
    static func rule(_ d: RuleDescriptor) -> JSONValue {
        var help = "\(d.explanation)\n\n\(d.rationale)"
        if let fixSafety = d.fixSafety { help += "\n\n\(fixSafety)" }
        return .object([
            ("id", .string(d.id.code)), ("name", .string(d.id.name)),
            ("shortDescription", .object([("text", .string(d.summary))])),
            ("fullDescription", .object([("text", .string(d.explanation))])),
            ("help", .object([("text", .string(help)), ("markdown", .string(RuleDocumentation.markdown(d)))])),
            ("defaultConfiguration", .object([("level", .string(d.defaultSeverity.rawValue))])),
            ("properties", .object([("fixable", .bool(d.fixSafety != nil))])),
        ])
    }

    /// A `result`.
    func result(_ f: Finding) -> JSONValue {
        var text = f.message
        for note in f.notes where note.span == nil { text += "\nnote: \(note.message)" }
        var members: [(String, JSONValue)] = [("ruleId", .string(f.rule.code))]
        if let index = ruleIndex[f.rule.code] { members.append(("ruleIndex", .integer(index))) }
        members += [
            ("level", .string(f.severity.rawValue)), ("message", .object([("text", .string(text))])),
            ("locations", .array([.object([("physicalLocation", SARIFReporter.location(f.path, f.span))])])),
            ("partialFingerprints", .object([("doclint/v1", .string(f.fingerprint))])),
        ]
        let related = f.notes.filter { $0.span != nil }.enumerated().map { i, note in
            JSONValue.object([
                ("id", .integer(i + 1)), ("message", .object([("text", .string(note.message))])),
                ("physicalLocation", SARIFReporter.location(note.file ?? f.path, note.span!)),
            ])
        }
        if !related.isEmpty { members.append(("relatedLocations", .array(related))) }
        if let fix = f.fix, !fix.edits.isEmpty {
            let change = JSONValue.object([
                ("artifactLocation", SARIFReporter.artifact(f.path)),
                (
                    "replacements",
                    .array(
                        fix.edits.map {
                            .object([
                                ("deletedRegion", SARIFReporter.region($0.span)),
                                ("insertedContent", .object([("text", .string($0.replacement))])),
                            ])
                        })
                ),
            ])
            let description = "\(fix.title) (\(fix.isSafe ? "safe" : "unsafe") fix)"
            members.append(
                (
                    "fixes",
                    .array([
                        .object([
                            ("description", .object([("text", .string(description))])),
                            ("artifactChanges", .array([change])),
                        ])
                    ])
                ))
        }
        return .object(members)
    }

    static func location(_ path: String, _ span: SourceSpan) -> JSONValue {
        .object([("artifactLocation", artifact(path)), ("region", region(span))])
    }

    static func artifact(_ path: String) -> JSONValue {
        .object([("uri", .string(uri(path)))])
    }

    static func region(_ span: SourceSpan) -> JSONValue {
        .object([
            ("startLine", .integer(span.start.line)), ("startColumn", .integer(span.start.column)),
            ("endLine", .integer(span.end.line)), ("endColumn", .integer(span.end.column)),
        ])
    }

    /// `path` as a URI reference: `/` kept, every byte outside RFC 3986's unreserved set percent-encoded
    /// (a relative path stays relative, so code scanning resolves it against the repository root).
    static func uri(_ path: String) -> String {
        var out = ""
        for b in path.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                let hex = String(b, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}
