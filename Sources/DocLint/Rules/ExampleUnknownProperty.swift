import GraphDocs

/// DL301: sample has a property its type does not declare.
struct ExampleUnknownProperty: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL301", "example-unknown-property"),
        summary: "Sample has a property its type does not declare",
        defaultSeverity: .error,
        explanation: """
            Validates each `example`, `response` and typed `request` sample against the schema generated from the property tables of the type its annotation names (`@odata.type`), and reports a property that neither the type, its base types nor the type named by a nested `@odata.type` declares. Instance annotations (`@odata.*`) are always allowed; `openType` types accept anything.
            """,
        rationale:
            "A property the reference does not list is either a typo in the sample or an undocumented property: readers copy both.",
        examples: [
            .bad(
                "<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"id\": \"String\" }\n```\n\n<!-- { \"blockType\": \"example\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"id\": \"1\", \"idd\": \"2\" }\n```\n"
            ),
            .good(
                "<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"id\": \"String\" }\n```\n\n<!-- { \"blockType\": \"example\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"@odata.type\": \"#microsoft.graph.x\", \"id\": \"1\" }\n```\n"
            ),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        for finding in context.analysis.sampleValidation.findings where finding.kind == .unknownProperty {
            context.report(Self.descriptor, finding.message, at: finding.range, notes: finding.notes)
        }
    }
}
