import GraphDocs

/// DL302: sample value has the wrong json type.
struct ExampleWrongType: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL302", "example-wrong-type"),
        summary: "Sample value has the wrong JSON type",
        defaultSeverity: .error,
        explanation: """
            Reports a sample value whose JSON type differs from what the property table declares: a string for an `Int32`, an object for a `String`, a single value for a collection.
            """,
        rationale:
            "Clients generated from the reference reject such payloads; a sample that contradicts its own table teaches the wrong shape.",
        examples: [
            .bad(
                "| Property | Type | Description |\n|:--|:--|:--|\n| count | Int32 | The count. |\n\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"count\": 1024 }\n```\n\n<!-- { \"blockType\": \"example\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"count\": \"12\" }\n```\n"
            ),
            .good(
                "| Property | Type | Description |\n|:--|:--|:--|\n| count | Int32 | The count. |\n\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"count\": 1024 }\n```\n\n<!-- { \"blockType\": \"example\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"count\": 12 }\n```\n"
            ),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        for finding in context.analysis.sampleValidation.findings where finding.kind == .wrongType {
            context.report(Self.descriptor, finding.message, at: finding.range, notes: finding.notes)
        }
    }
}
