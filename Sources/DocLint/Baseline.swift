import JSONCore
import SourceText

/// The findings a team has accepted: `--write-baseline FILE` records a run's findings, and
/// `--baseline FILE` reports only the findings not in it, so a gate can be turned on over a corpus
/// that already has findings and fail only on new ones. Findings are matched by fingerprint (see
/// `Fingerprinter`), which survives lines added or removed elsewhere in the page.
///
/// The file is JSON, sorted by path, line and rule so that it diffs well:
///
///     {
///       "doclint-baseline": 1,
///       "findings": [
///         {"fingerprint": "5f0c…", "path": "docs/a.md", "line": 34, "rule": "DL205", "message": "…"}
///       ]
///     }
///
/// Only `fingerprint` is read back; the rest is for the people reviewing the file.
public struct Baseline: Sendable {
    /// One accepted finding.
    public struct Entry: Hashable, Sendable {
        /// The finding's fingerprint.
        public var fingerprint: String
        /// Its file.
        public var path: String
        /// Its line when recorded.
        public var line: Int
        /// Its rule code.
        public var rule: String
        /// Its message when recorded.
        public var message: String

        /// The entry of `finding`.
        public init(_ finding: Finding) {
            fingerprint = finding.fingerprint
            path = finding.path
            line = finding.span.start.line
            rule = finding.rule.code
            message = finding.message
        }

        init(fingerprint: String, path: String, line: Int, rule: String, message: String) {
            self.fingerprint = fingerprint
            self.path = path
            self.line = line
            self.rule = rule
            self.message = message
        }
    }

    /// The accepted findings.
    public private(set) var entries: [Entry]
    private let fingerprints: Set<String>

    /// A baseline of `entries`.
    public init(entries: [Entry]) {
        self.entries = entries.sorted {
            ($0.path, $0.line, $0.rule, $0.fingerprint) < ($1.path, $1.line, $1.rule, $1.fingerprint)
        }
        self.fingerprints = Set(entries.map(\.fingerprint))
    }

    /// Whether the baseline accepts `finding`.
    public func contains(_ finding: Finding) -> Bool {
        fingerprints.contains(finding.fingerprint)
    }

    /// Reads a baseline file's bytes; `path` names it in errors.
    public init(bytes: [UInt8], path: String) throws(BaselineError) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes).value
        } catch {
            throw BaselineError(path: path, position: error.position, message: "not valid JSON: \(error.message)")
        }
        let lines = LineIndex(bytes)
        func fail(_ value: JSONValue, _ message: String) -> BaselineError {
            BaselineError(path: path, position: lines.position(of: value.range.start), message: message)
        }
        guard let object = value.objectValue, object["doclint-baseline"]?.numberValue?.int64 == 1 else {
            throw fail(value, "not a doclint baseline (expected an object with '\"doclint-baseline\": 1')")
        }
        guard let list = object["findings"], let items = list.arrayValue else {
            throw fail(value, "'findings' must be an array")
        }
        var entries: [Entry] = []
        for item in items {
            guard let fingerprint = item.objectValue?["fingerprint"]?.stringValue else {
                throw fail(item, "each finding needs a string 'fingerprint'")
            }
            entries.append(
                Entry(
                    fingerprint: fingerprint, path: item["path"]?.stringValue ?? "",
                    line: item["line"]?.numberValue?.int64.map { Int($0) } ?? 0, rule: item["rule"]?.stringValue ?? "",
                    message: item["message"]?.stringValue ?? ""))
        }
        self.init(entries: entries)
    }

    /// The file's text.
    public func json() -> String {
        var out: [UInt8] = Array("{\n  \"doclint-baseline\": 1,\n  \"findings\": [".utf8)
        for (i, entry) in entries.enumerated() {
            out.append(contentsOf: (i == 0 ? "\n    " : ",\n    ").utf8)
            let item = JSONValue.object([
                ("fingerprint", .string(entry.fingerprint)), ("path", .string(entry.path)),
                ("line", .integer(entry.line)), ("rule", .string(entry.rule)), ("message", .string(entry.message)),
            ])
            JSONWriter.write(item, into: &out, indent: nil, level: 0)
        }
        out.append(contentsOf: (entries.isEmpty ? "]\n}\n" : "\n  ]\n}\n").utf8)
        return String(decoding: out, as: UTF8.self)
    }
}

/// A baseline file that cannot be used.
public struct BaselineError: Error, Sendable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// Where in it, when known.
    public var position: SourcePosition?
    /// What is wrong.
    public var message: String

    /// `path:line:column: baseline ...`.
    public var description: String {
        let at = position.map { "\(path):\($0.line):\($0.column)" } ?? path
        return "\(at): \(message)"
    }
}
