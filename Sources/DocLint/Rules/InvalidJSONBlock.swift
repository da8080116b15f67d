import GraphDocs
import SourceText

/// DL101: an annotated JSON block must be valid JSON (RFC 8259).
struct InvalidJSONBlock: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL101", "invalid-json-block"),
        summary: "Annotated JSON code block is not valid JSON",
        defaultSeverity: .error,
        explanation: """
            Parses every `json` fence that an annotation announces (except `ignored` blocks) with a strict \
            RFC 8259 parser and reports the first syntax error at its line and column.
            """,
        rationale: """
            Readers copy these samples, and doclint can only check a sample against the property table when \
            it parses. A missing comma or a trailing one usually slips in when a sample is edited by hand.
            """,
        examples: [
            .bad("<!-- { \"blockType\": \"example\" } -->\n```json\n{\"id\": \"1\",}\n```\n"),
            .good("<!-- { \"blockType\": \"example\" } -->\n```json\n{\"id\": \"1\"}\n```\n"),
            .good("<!-- { \"blockType\": \"ignored\" } -->\n```json\n{\"id\": ...}\n```\n"),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        for block in page.codeBlocks {
            guard case .failure(let error)? = block.json, let annotation = page.annotation(of: block),
                annotation.blockType != .ignored
            else { continue }
            let at = SourceRange(at: error.offset)
            context.report(
                Self.descriptor, "invalid JSON in '\(annotation.blockTypeName ?? "?")' block: \(error.message)", at: at)
        }
    }
}
