import GraphDocs

/// DL202: every property of the JSON representation has a row in the property table.
struct ResourcePropertyNotInTable: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL202", "resource-property-not-in-table"),
        summary: "Resource JSON key has no row in the property table",
        defaultSeverity: .warning,
        explanation: """
            Reports a key of the JSON representation (other than `@…` annotations) that no property row \
            names and that DL201 or DL204 did not pair with a renamed row. Keys documented in the \
            Relationships table (navigation properties) count as documented.
            """,
        rationale: "The property is undocumented: readers see it in the sample but nothing says what it is.",
        examples: [
            .bad(
                """
                | Property | Type | Description |
                |:--|:--|:--|
                | id | String | The ID. |

                <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.x" } -->
                ```json
                { "id": "String", "ttl": "Int32" }
                ```
                """),
            .good(
                """
                | Property | Type | Description |
                |:--|:--|:--|
                | id | String | The ID. |

                <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.x" } -->
                ```json
                { "@odata.type": "#microsoft.graph.x", "id": "String" }
                ```
                """),
            .good(
                """
                | Property | Type | Description |
                |:--|:--|:--|
                | id | String | The ID. |

                | Relationship | Type | Description |
                |:--|:--|:--|
                | members | [member](member.md) collection | The members. |

                <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.x" } -->
                ```json
                { "id": "String", "members": [{ "@odata.type": "microsoft.graph.member" }] }
                ```
                """),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        guard let alignment = TableResourceAlignment(page) else { return }
        for key in alignment.unmatchedKeys {
            context.report(
                Self.descriptor, "property '\(key.key)' of the JSON representation is not in the property table",
                at: key.keyRange)
        }
    }
}
