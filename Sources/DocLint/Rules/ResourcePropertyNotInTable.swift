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
            Relationships table (navigation properties) or declared by a base type (`baseType`, read from \
            its page) count as documented.
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
        guard let alignment = context.analysis.alignment else { return }
        // The JSON representation lists inherited properties too; their rows are on the base type's page.
        let inherited = Self.inheritedProperties(alignment.resource, page: page, catalog: context.analysis.catalog)
        for key in alignment.unmatchedKeys where !inherited.contains(key.key) {
            context.report(
                Self.descriptor, "property '\(key.key)' of the JSON representation is not in the property table",
                at: key.keyRange)
        }
    }

    /// The property names the resource's base types document in their tables (read through the catalog).
    static func inheritedProperties(_ resource: ResourceSketch, page: GraphPage, catalog: SchemaCatalog) -> Set<String>
    {
        var names: Set<String> = []
        var base = resource.annotation.baseType.map(TypeDefinition.qualified)
        var steps = 0
        while let b = base, steps < 16, let d = catalog.definition(named: b, from: page.path) {
            // Only what the base's tables document: a key its JSON has without a row is undocumented there too.
            names.formUnion(d.properties.filter { $0.row != nil }.map(\.name))
            base = d.baseType
            steps += 1
        }
        return names
    }
}
