import GraphDocs

/// DL207: a Type cell must name a type.
struct UnknownType: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL207", "unknown-type"),
        summary: "Type cell does not name a type",
        defaultSeverity: .warning,
        explanation: """
            Reports a property Type cell that is neither a primitive, a type name nor a link to a type — and \
            not a translated word doclint knows (DL205 reports those) — such as a transliterated enum type \
            name (`тон` for `tone`).
            """,
        rationale: "Neither readers nor schema generation can tell what values the property takes.",
        examples: [
            .bad("| Property | Type | Description |\n|:--|:--|:--|\n| tone | тон | The tone. |\n"),
            .good("| Property | Type | Description |\n|:--|:--|:--|\n| tone | tone | The tone. |\n"),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        for table in page.propertyTables where table.kind == .properties {
            for row in table.rows {
                guard let type = row.typeExpression, let range = row.typeRange, case .unknown(let word) = type.base,
                    !word.isEmpty, type.translations.isEmpty, !GraphIdentifier.isHTTPHeaderName(row.displayName)
                else { continue }
                context.report(
                    Self.descriptor, "type '\(word)' of property '\(row.displayName)' is not a type", at: range)
            }
        }
    }
}
