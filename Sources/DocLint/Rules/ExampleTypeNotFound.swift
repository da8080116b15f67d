import GraphDocs

/// DL305: sample names a type doclint cannot find, so it is not validated.
struct ExampleTypeNotFound: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL305", "example-type-not-found"),
        summary: "Sample names a type doclint cannot find, so it is not validated",
        defaultSeverity: .note,
        explanation: """
            Reports a sample whose `@odata.type` is defined neither on its page, nor on a page its tables link to, nor at `<doc set>/resources/<type>.md`.
            """,
        rationale: "The sample goes unchecked: the type may be misspelled, or its page missing.",
        examples: [
            .bad(
                "<!-- { \"blockType\": \"example\", \"@odata.type\": \"microsoft.graph.nowhere\" } -->\n```json\n{ \"id\": \"1\" }\n```\n"
            ),
            .good(
                "<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"id\": \"String\" }\n```\n\n<!-- { \"blockType\": \"example\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"id\": \"1\" }\n```\n"
            ),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        for finding in context.analysis.sampleValidation.findings where finding.kind == .unknownType {
            context.report(Self.descriptor, finding.message, at: finding.range, notes: finding.notes)
        }
    }
}
