import JSONSchema
import SourceText

/// How `doclint validate` reports through the lint reporters (`--format json`, `sarif`, `github`, ...):
/// a failed keyword is a finding of `JS001`, an instance that is not JSON one of `JS002`.
public enum SchemaValidationFindings {
    /// An instance breaks its schema.
    public static let violation = RuleDescriptor(
        id: RuleID("JS001", "schema-violation"), summary: "JSON instance does not match its schema",
        defaultSeverity: .error,
        explanation:
            "Reported by `doclint validate` for each failed keyword of the schema, at the value that fails it, with the instance location and the keyword location.",
        rationale: "The instance is not what the schema allows, so what reads it may fail or misread it.",
        examples: [])

    /// An instance is not JSON.
    public static let invalidJSON = RuleDescriptor(
        id: RuleID("JS002", "invalid-json"), summary: "Instance is not valid JSON", defaultSeverity: .error,
        explanation:
            "Reported by `doclint validate` when an instance (a file, or a line of a JSON Lines file) does not parse as RFC 8259 JSON.",
        rationale: "Nothing can be validated in text that is not JSON.", examples: [])

    /// Validation stopped at a limit, so the instance is neither valid nor invalid.
    public static let undecided = RuleDescriptor(
        id: RuleID("JS003", "validation-undecided"), summary: "Validation stopped at a limit before deciding",
        defaultSeverity: .error,
        explanation:
            "Reported by `doclint validate` when evaluation went deeper than its depth limit or a `pattern` exceeded its step budget: doclint gave up, and the message names the limit.",
        rationale: "An instance that was not validated must not pass for a valid one, nor be called invalid.",
        examples: [])

    /// The rules of `doclint validate`'s findings.
    public static let rules = [violation, invalidJSON, undecided]

    /// The finding of an instance whose validation `limit` stopped, at `span`.
    public static func finding(undecided limit: String, path: String, span: SourceSpan) -> Finding {
        Finding(
            path: path, rule: undecided.id, severity: .error, message: "not validated: doclint gave up: \(limit)",
            span: span)
    }

    /// The message of a failed keyword: "value 'x' is not of type 'integer' (instance '/a', keyword '/properties/a/type')".
    public static func message(_ error: ValidationError) -> String {
        let instance = error.instanceLocation.tokens.isEmpty ? "root" : "'\(bounded("\(error.instanceLocation)"))'"
        return "\(error.message) (instance \(instance), keyword '\(bounded("\(error.keywordLocation)"))')"
    }

    /// The longest location quoted in a message, in bytes: a hostile instance's pointer can be megabytes.
    public static let locationLimit = 200

    /// `text`, cut to `locationLimit` characters with `…`.
    public static func bounded(_ text: String) -> String {
        guard text.utf8.count > locationLimit else { return text }
        return String(text.unicodeScalars.prefix(locationLimit)) + "…"
    }

    /// The finding of a failed keyword in `path` at `span`.
    public static func finding(_ error: ValidationError, path: String, span: SourceSpan) -> Finding {
        Finding(path: path, rule: violation.id, severity: .error, message: message(error), span: span)
    }

    /// The finding of an instance that does not parse.
    public static func finding(invalidJSON message: String, path: String, at position: SourcePosition) -> Finding {
        Finding(
            path: path, rule: invalidJSON.id, severity: .error, message: "invalid JSON: \(message)",
            span: SourceSpan(start: position, end: position))
    }

    /// Gives `findings` (of one file, in file order) their fingerprints: the rule, the file and the
    /// message (which names the instance location and keyword), counted among equal ones.
    public static func assignFingerprints(_ findings: inout [Finding]) {
        guard let path = findings.first?.path else { return }
        var fingerprints = Fingerprinter(path: path)
        for i in findings.indices {
            findings[i].fingerprint = fingerprints.next(rule: findings[i].rule.code, anchorText: findings[i].message)
        }
    }
}
