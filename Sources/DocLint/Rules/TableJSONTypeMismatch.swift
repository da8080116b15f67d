import GraphDocs

/// DL208: a property's table type and its JSON representation placeholder must agree.
struct TableJSONTypeMismatch: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL208", "table-json-type-mismatch"),
        summary: "Property table type and JSON representation disagree on the kind of value",
        defaultSeverity: .warning,
        explanation: """
            Compares each property's Type cell with its placeholder in the JSON representation — a string, \
            an integer, a number, a Boolean, or an object of a named type — and reports a plain contradiction \
            (`Int32` in the table, `"String"` in the JSON; `Boolean` against an object). Named types against \
            objects of another name are not contradictions (sketches often show a derived type), nor are names \
            that may be enums against strings, nor `"String"` for dates and GUIDs.
            """,
        rationale: "The table and the JSON block are two sources for one schema; one of them is wrong.",
        examples: [
            .bad(
                "| Property | Type | Description |\n|:--|:--|:--|\n| count | Int32 | The count. |\n\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"count\": \"String\" }\n```\n"
            ),
            .good(
                "| Property | Type | Description |\n|:--|:--|:--|\n| count | Int32 | The count. |\n\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"count\": 1024 }\n```\n"
            ),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        for d in context.analysis.sketchDisagreements {
            guard case .type(let row, let sketch) = d.kind else { continue }
            context.report(
                Self.descriptor,
                "property '\(d.sketch.key)' is '\(row)' in the table but \(sketch == "any" ? "untyped" : sketch) in the JSON representation",
                at: d.sketch.value.range, notes: [Note("the table row is here", range: d.row.typeRange)])
        }
    }
}
