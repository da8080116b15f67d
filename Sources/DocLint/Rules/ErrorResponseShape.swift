import GraphDocs

/// DL306: a response annotated `expectError` must show a Graph error body.
struct ErrorResponseShape: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL306", "error-response-shape"),
        summary: "Error response sample is not a Graph error body",
        defaultSeverity: .error,
        explanation: """
            Validates the body of every sample annotated `"expectError": true` against the shape of a Microsoft \
            Graph error: an object with an `error` object holding string `code` and `message` (and optionally \
            `innerError` and `details`).
            """,
        rationale: "Readers write their error handling from these samples.",
        examples: [
            .bad(
                "<!-- { \"blockType\": \"response\", \"expectError\": true } -->\n```json\n{ \"code\": \"itemNotFound\" }\n```\n"
            ),
            .good(
                "<!-- { \"blockType\": \"response\", \"expectError\": true } -->\n```json\n{ \"error\": { \"code\": \"itemNotFound\", \"message\": \"Not found.\" } }\n```\n"
            ),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        for finding in context.analysis.sampleValidation.findings where finding.kind == .errorShape {
            context.report(Self.descriptor, finding.message, at: finding.range, notes: finding.notes)
        }
    }
}
