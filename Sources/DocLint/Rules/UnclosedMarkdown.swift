import DocMarkdown
import GraphDocs

/// DL108: fences and comments must be closed.
struct UnclosedMarkdown: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL108", "unclosed-block"),
        summary: "Code fence, HTML comment or front matter is never closed",
        defaultSeverity: .error,
        explanation: """
            Reports a fenced code block without its closing fence, an `<!--` comment without `-->`, or \
            front matter without its closing `---`: each swallows the rest of the page.
            """,
        rationale: "Everything after the opening line renders as code or disappears, and nothing after it is checked.",
        examples: [
            .bad("```json\n{}\n"),
            .bad("<!-- { \"blockType\": \"example\" }\n"),
            .good("```json\n{}\n```\n"),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        for issue in page.document.issues
        where issue.kind == .unclosedFence || issue.kind == .unclosedComment
            || issue.kind == .unclosedFrontMatter
        {
            context.report(Self.descriptor, issue.message, at: issue.range)
        }
    }
}
