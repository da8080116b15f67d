import GraphDocs

/// DL210: the table's possible values and the JSON representation's must be the same.
struct TableJSONEnumMismatch: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL210", "table-json-enum-mismatch"),
        summary: "Possible values in the table differ from those in the JSON representation",
        defaultSeverity: .warning,
        explanation: """
            Compares a String property's "Possible values are: `a`, `b`" list (in any supported locale) with \
            its JSON placeholder `"a | b"`, and reports the values only one of them has.
            """,
        rationale: "One of the two lists is out of date, or translation changed a value.",
        examples: [
            .bad(
                "| Property | Type | Description |\n|:--|:--|:--|\n| status | String | Possible values are: `running`, `failed`. |\n\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"status\": \"running | failed | done\" }\n```\n"
            ),
            .good(
                "| Property | Type | Description |\n|:--|:--|:--|\n| status | String | Possible values are: `running`, `failed`. |\n\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"status\": \"running | failed\" }\n```\n"
            ),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        for d in context.analysis.sketchDisagreements {
            guard case .enumeration(let onlyTable, let onlyJSON) = d.kind else { continue }
            var parts: [String] = []
            if !onlyJSON.isEmpty {
                parts.append(
                    "the JSON representation has \(onlyJSON.map { "'\($0)'" }.joined(separator: ", ")) that the table does not list"
                )
            }
            if !onlyTable.isEmpty {
                parts.append(
                    "the table lists \(onlyTable.map { "'\($0)'" }.joined(separator: ", ")) that the JSON representation does not have"
                )
            }
            context.report(
                Self.descriptor, "values of '\(d.sketch.key)' differ: " + parts.joined(separator: "; "),
                at: d.sketch.value.range,
                notes: [Note("the table row is here", range: d.row.range)])
        }
    }
}
