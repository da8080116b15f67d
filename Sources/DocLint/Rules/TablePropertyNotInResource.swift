import GraphDocs

/// DL201: every property row in the table names a property of the JSON representation.
struct TablePropertyNotInResource: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL201", "table-property-not-in-resource"),
        summary: "Property table row has no counterpart in the resource JSON",
        defaultSeverity: .error,
        explanation: """
            Compares the rows of the page's property tables with the keys of its JSON representation \
            (`blockType: resource`). A row whose name is not a key is reported; when a leftover key lines \
            up with it, the finding suggests that key, since translation renamed the row. The evidence, in \
            order: the bilingual page's English text names the key; the names match once case and \
            punctuation are dropped (`background-color`); the row links to the type the key's \
            `@odata.type` names; the leftovers run in the same order between the same matched neighbours.
            """,
        rationale: """
            Machine translation translates property names (`clientContext` became `Контекст`): readers then \
            look for a property that does not exist. The JSON block is never translated, so it is the anchor.
            """,
        fixSafety: "Renaming the row to the suggested key is an unsafe fix: the pairing is an inference.",
        examples: [
            .bad(
                """
                | Property | Type | Description |
                |:--|:--|:--|
                | Контекст | String | Client context. |
                | id | String | The ID. |

                <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.commsOperation" } -->
                ```json
                { "clientContext": "String", "id": "String" }
                ```
                """,
                fix: .unsafe(
                    """
                    | Property | Type | Description |
                    |:--|:--|:--|
                    | clientContext | String | Client context. |
                    | id | String | The ID. |

                    <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.commsOperation" } -->
                    ```json
                    { "clientContext": "String", "id": "String" }
                    ```
                    """)),
            .good(
                """
                | Property | Type | Description |
                |:--|:--|:--|
                | clientContext | String | Client context. |

                <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.commsOperation" } -->
                ```json
                { "clientContext": "String" }
                ```
                """),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        guard let alignment = context.analysis.alignment else { return }
        for pair in alignment.pairs where pair.reason != .caseOnly {
            context.report(
                Self.descriptor,
                "property '\(pair.row.displayName)' is not in the JSON representation; did you mean '\(pair.key.key)'?",
                at: pair.row.nameRange,
                notes: [Note("'\(pair.key.key)' is declared here", range: pair.key.keyRange)],
                fix: pair.row.name.source != nil
                    ? nil
                    : Fix(
                        title: "rename the row to '\(pair.key.key)'",
                        edits: [Edit(range: pair.row.nameRange, replacement: pair.key.key)], isSafe: false))
        }
        for row in alignment.unmatchedRows {
            context.report(
                Self.descriptor, "property '\(row.displayName)' is not in the JSON representation", at: row.nameRange)
        }
    }
}
