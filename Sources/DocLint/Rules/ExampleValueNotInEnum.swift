import GraphDocs

/// DL303: sample value is not one of the allowed values.
struct ExampleValueNotInEnum: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL303", "example-value-not-in-enum"),
        summary: "Sample value is not one of the allowed values",
        defaultSeverity: .error,
        explanation: """
            Reports a sample value outside the property's enumeration: the members of its enum type's page, or the "Possible values are: `a`, `b`" list of a String property.
            """,
        rationale: "The service rejects (or never sends) such a value; translated samples sometimes translate it.",
        examples: [
            .bad(
                "| Property | Type | Description |\n|:--|:--|:--|\n| status | String | Possible values are: `running`, `failed`. |\n\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"status\": \"running | failed\" }\n```\n\n<!-- { \"blockType\": \"example\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"status\": \"done\" }\n```\n"
            ),
            .good(
                "| Property | Type | Description |\n|:--|:--|:--|\n| status | String | Possible values are: `running`, `failed`. |\n\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"status\": \"running | failed\" }\n```\n\n<!-- { \"blockType\": \"example\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"status\": \"failed\" }\n```\n"
            ),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        for finding in context.analysis.sampleValidation.findings where finding.kind == .notInEnumeration {
            context.report(Self.descriptor, finding.message, at: finding.range, notes: finding.notes)
        }
    }
}
