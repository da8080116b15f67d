import DocMarkdown
import GraphDocs

/// DL110: Markdown structure the docs build renders differently from what the author meant.
struct MalformedMarkdown: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL110", "malformed-markdown"),
        summary: "Table, heading, front matter or encoding problem in the Markdown",
        defaultSeverity: .warning,
        explanation: """
            Reports what the Markdown reader noticed besides unclosed blocks (DL108): a table delimiter row \
            whose cell count differs from the header's, a heading without a space after its `#`s, a front \
            matter line that is not `key: value`, a repeated front matter key, invalid UTF-8, NUL bytes, and \
            carriage returns without a line feed in a page with LF line breaks (Markdown ends a line at a \
            lone CR; Git and doclint count it inside its line, so the page renders differently from how it \
            reads). A file that is not UTF-8 text at all — UTF-16 or UTF-32 (with or without a byte order \
            mark), or a binary file named `.md` — gets one finding saying so, and nothing else on it is read.
            """,
        rationale: "Each renders differently from what the author meant, or breaks the page's metadata.",
        examples: [
            .bad("| Property | Type |\n|:--|:--|:--|\n| id | String |\n"),
            .bad("##<a name=\"properties\"></a>Properties\n"),
            .good("| Property | Type |\n|:--|:--|\n| id | String |\n"),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        for issue in page.document.issues
        where issue.kind != .unclosedFence && issue.kind != .unclosedComment
            && issue.kind != .unclosedFrontMatter
        {
            context.report(Self.descriptor, issue.message, at: issue.range)
        }
    }
}
