import GraphDocs
import SourceText

extension LintContext {
    /// Reports each difference from the page's en-US source that `select` accepts, as a finding of
    /// `rule`: translation's differences only, or (`versionDrift`) only those that are not translation's.
    /// Against a source that is not the exact one, findings are at most warnings and fixes are unsafe.
    mutating func reportDrift(
        _ rule: RuleDescriptor, kinds: Set<DriftDifference.Kind>, versionDrift: Bool = false,
        message: (DriftDifference) -> String, note: (DriftDifference) -> String
    ) {
        guard let drift = analysis.drift, let source else { return }
        let exact = source.isExact
        for d in drift.differences where kinds.contains(d.kind) && d.isVersionDrift == versionDrift {
            var notes: [Note] = []
            if let n = source.note(note(d), at: d.sourceRange, text: d.expected) { notes.append(n) }
            var fix: Fix?
            if let replacement = d.replacement {
                fix = Fix(
                    title: "write '\(replacement)'", edits: [Edit(range: d.range, replacement: replacement)],
                    isSafe: exact)
            }
            report(rule, message(d), at: d.range, notes: notes, fix: fix, maximum: exact ? .error : .warning)
        }
    }
}

/// The Markdown of the `DL4xx` rules' examples.
enum DriftExamples {
    /// A property table with `rows` (`| name | type | description |` each).
    static func table(_ header: String, _ rows: [String]) -> String {
        "## Properties\n\n\(header)\n|:--|:--|:--|\n" + rows.map { $0 + "\n" }.joined()
    }

    static let englishHeader = "| Property | Type | Description |"
    static let russianHeader = "| Свойство | Тип | Описание |"
}
