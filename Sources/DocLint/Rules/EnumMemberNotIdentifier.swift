import GraphDocs

/// DL206: an enumeration member must be an identifier.
struct EnumMemberNotIdentifier: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL206", "enum-member-not-identifier"),
        summary: "Enumeration member is not an identifier",
        defaultSeverity: .error,
        explanation: """
            Reports a row of a member table (`| Member | Value | Description |`) whose member is not an ASCII \
            identifier (`воскресенье`, `通知`), as translation leaves it. A table listing the supported values \
            of one of the page's `String` properties (under a heading named after it, like `mediaSizes values`) \
            is not an enumeration: its values are free text.
            """,
        rationale: "Enum members are the values clients send and receive; a translated one is never valid.",
        examples: [
            .bad("| Member | Value | Description |\n|:--|:--|:--|\n| воскресенье | 0 | Sunday. |\n"),
            .good("| Member | Value | Description |\n|:--|:--|:--|\n| sunday | 0 | Sunday. |\n"),
            .good(
                "| Property | Type | Description |\n|:--|:--|:--|\n| mediaSizes | String collection | The sizes. |\n\n### mediaSizes values\n\n|Value|\n|:---|\n|North America Letter|\n"
            ),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        for table in page.propertyTables where table.kind == .members && !table.isValueList(on: page) {
            for row in table.rows where !row.displayName.isEmpty && !GraphIdentifier.isPropertyName(row.displayName) {
                var message = "enum member '\(row.displayName)' is not an identifier"
                if let source = row.sourceName, GraphIdentifier.isPropertyName(source) {
                    message += "; the English text says '\(source)'"
                }
                context.report(Self.descriptor, message, at: row.nameRange)
            }
        }
    }
}
