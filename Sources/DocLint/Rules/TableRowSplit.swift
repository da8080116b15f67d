import GraphDocs

/// DL109: a table row must stay on one line.
struct TableRowSplit: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL109", "table-row-split"),
        summary: "Table row is broken over several lines",
        defaultSeverity: .warning,
        explanation: """
            Reports a property, relationship or member table row whose text continues on the next line, as \
            translation tools leave it when they wrap a long cell.
            """,
        rationale: "Markdown ends the row at the line break: the rest renders as a paragraph or a bogus row.",
        examples: [
            .bad(
                "| Property | Type | Description |\n|:--|:--|:--|\n| roles | String collection | The type\nof permission. |\n"
            ),
            .good(
                "| Property | Type | Description |\n|:--|:--|:--|\n| roles | String collection | The type of permission. |\n"
            ),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        for table in page.propertyTables {
            for row in table.rows where row.isSplit {
                context.report(
                    Self.descriptor, "row '\(row.displayName)' is broken over several lines", at: row.nameRange)
            }
        }
    }
}
