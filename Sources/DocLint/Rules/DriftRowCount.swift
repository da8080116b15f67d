import GraphDocs

/// DL409: translation dropped or added a table row or a whole property table.
struct DriftRowCount: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL409", "drift-row-count"),
        summary: "Table row or property table dropped or added by translation",
        defaultSeverity: .warning,
        explanation: """
            After pairing the page's tables and rows with the exact source's, reports each source row (or \
            table) with no counterpart on the page, and each page row (or table) with none in the source. \
            Against another version of the source, such differences are version drift (DL411) unless the row's \
            name is not an identifier.
            """,
        rationale:
            "A dropped row hides a property from readers of the locale; an added one documents a property that does not exist.",
        examples: [
            .bad(
                DriftExamples.table(DriftExamples.russianHeader, ["| id | String | Идентификатор. |"]),
                source: DriftExamples.table(
                    DriftExamples.englishHeader, ["| id | String | The identifier. |", "| name | String | The name. |"])
            ),
            .good(
                DriftExamples.table(
                    DriftExamples.russianHeader, ["| id | String | Идентификатор. |", "| name | String | Имя. |"]),
                source: DriftExamples.table(
                    DriftExamples.englishHeader, ["| id | String | The identifier. |", "| name | String | The name. |"])
            ),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        context.reportDrift(
            Self.descriptor, kinds: [.rowDropped, .rowAdded, .tableDropped, .tableAdded],
            message: { d in
                switch d.kind {
                case .rowDropped: "row '\(d.expected)' of the en-US table is missing"
                case .rowAdded: "row '\(d.found)' is not in the en-US table"
                case .tableDropped: "the en-US table of '\(d.expected)' is missing"
                default: "the table of '\(d.found)' is not in the en-US source"
                }
            },
            note: { d in d.kind == .rowDropped ? "the en-US row is here" : "the en-US table is here" })
    }
}
