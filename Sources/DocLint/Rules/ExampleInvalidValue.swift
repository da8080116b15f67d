import GraphDocs

/// DL304: sample value breaks its type's format or range.
struct ExampleInvalidValue: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL304", "example-invalid-value"),
        summary: "Sample value breaks its type's format or range",
        defaultSeverity: .error,
        explanation: """
            Reports a sample value of the right JSON type that breaks another constraint of its Edm type: a `DateTimeOffset` that is not RFC 3339, a `Guid` that is not a UUID, an `Int32` out of range, a string longer than its maximum size.
            """,
        rationale: "Such values fail at the service; formats are asserted for samples because the docs promise them.",
        examples: [
            .bad(
                "| Property | Type | Description |\n|:--|:--|:--|\n| createdDateTime | DateTimeOffset | Created. |\n\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"createdDateTime\": \"String (timestamp)\" }\n```\n\n<!-- { \"blockType\": \"example\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"createdDateTime\": \"2018-13-06T15:58:41Z\" }\n```\n"
            ),
            .good(
                "| Property | Type | Description |\n|:--|:--|:--|\n| createdDateTime | DateTimeOffset | Created. |\n\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"createdDateTime\": \"String (timestamp)\" }\n```\n\n<!-- { \"blockType\": \"example\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"createdDateTime\": \"2018-09-06T15:58:41Z\" }\n```\n"
            ),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        for finding in context.analysis.sampleValidation.findings where finding.kind == .invalidValue {
            context.report(Self.descriptor, finding.message, at: finding.range, notes: finding.notes)
        }
    }
}
