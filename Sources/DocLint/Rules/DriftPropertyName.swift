import GraphDocs

/// DL402: a property or relationship name differs from the en-US source's.
struct DriftPropertyName: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL402", "drift-property-name"),
        summary: "Name in a property, relationship, header or parameter table differs from the en-US source's",
        defaultSeverity: .error,
        explanation: """
            Pairs each table with the en-US source's table of the same section and each row with its source \
            row (by name, bilingual English text, spelling, the page's own JSON representation, then position) \
            and reports a name that translation changed: translated (`Контекст` for `clientContext`), \
            transliterated (`опенслоткаунт`), or altered (`useDate` for `usageDate`, `[-Identity]` for `identity`). \
            Property and relationship tables are compared, and the `| Name | Type | Description |` tables of \
            request headers and parameters too (`Autorisierung` for the `Authorization` header). Only names are \
            compared: a source cell with spaces that is not a header (`**On-boarding**`) is prose. Case-only \
            changes are DL403.
            """,
        rationale:
            "Property names are identifiers of the API; a translated name documents a property that does not exist.",
        fixSafety: "Writing the source's name back is safe against the exact source, unsafe against another version.",
        examples: [
            .bad(
                DriftExamples.table(DriftExamples.russianHeader, ["| Контекст | String | Контекст клиента. |"]),
                source: DriftExamples.table(
                    DriftExamples.englishHeader, ["| clientContext | String | The client context. |"]),
                fix: .safe(
                    DriftExamples.table(DriftExamples.russianHeader, ["| clientContext | String | Контекст клиента. |"])
                )),
            .good(
                DriftExamples.table(DriftExamples.russianHeader, ["| clientContext | String | Контекст клиента. |"]),
                source: DriftExamples.table(
                    DriftExamples.englishHeader, ["| clientContext | String | The client context. |"])),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        context.reportDrift(
            Self.descriptor, kinds: [.propertyName],
            message: { "name '\($0.found)' is '\($0.expected)' in the en-US source" },
            note: { "the en-US source names it '\($0.expected)' here" })
    }
}
