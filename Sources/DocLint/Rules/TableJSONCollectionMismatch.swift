import GraphDocs

/// DL209: the table and the JSON representation must agree on whether a property is a collection.
struct TableJSONCollectionMismatch: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL209", "table-json-collection-mismatch"),
        summary: "Property is a collection in one of table and JSON representation, a single value in the other",
        defaultSeverity: .warning,
        explanation: """
            Reports a property whose Type cell says `X collection` while the JSON representation shows a \
            single value, or the other way round.
            """,
        rationale: "Clients built from either source send the wrong shape.",
        examples: [
            .bad(
                "| Property | Type | Description |\n|:--|:--|:--|\n| roles | String collection | The roles. |\n\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"roles\": \"String\" }\n```\n"
            ),
            .good(
                "| Property | Type | Description |\n|:--|:--|:--|\n| roles | String collection | The roles. |\n\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"roles\": [\"String\"] }\n```\n"
            ),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        for d in context.analysis.sketchDisagreements {
            guard case .collection(let rowIsCollection) = d.kind else { continue }
            let message =
                rowIsCollection
                ? "property '\(d.sketch.key)' is a collection in the table but a single value in the JSON representation"
                : "property '\(d.sketch.key)' is a single value in the table but an array in the JSON representation"
            context.report(
                Self.descriptor, message, at: d.sketch.value.range,
                notes: [Note("the table row is here", range: d.row.typeRange)])
        }
    }
}
