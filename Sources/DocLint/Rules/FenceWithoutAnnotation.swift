import GraphDocs

/// DL105: JSON and HTTP samples should be announced by an annotation.
struct FenceWithoutAnnotation: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL105", "fence-without-annotation"),
        summary: "JSON or HTTP code block has no annotation",
        defaultSeverity: .warning,
        explanation: """
            Reports a `json` or `http` fence with no `<!-- { "blockType": ... } -->` annotation before it. \
            Blocks that are deliberately unchecked say so with `"blockType": "ignored"`.
            """,
        rationale: """
            Without an annotation the block's role (resource, request, response, example) is unknown, so \
            nothing checks it.
            """,
        examples: [
            .bad("Some text.\n\n```json\n{\"id\": \"1\"}\n```\n"),
            .good("<!-- { \"blockType\": \"ignored\" } -->\n```json\n{\"id\": \"1\"}\n```\n"),
            .good("```csharp\nvar x = 1;\n```\n"),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        for block in page.codeBlocks where block.annotationIndex == nil {
            let language = block.fence.language
            guard block.isJSON || language == "http" else { continue }
            context.report(
                Self.descriptor, "'\(language)' code block has no annotation",
                at: block.fence.infoRange.isEmpty ? block.fence.range : block.fence.infoRange)
        }
    }
}
