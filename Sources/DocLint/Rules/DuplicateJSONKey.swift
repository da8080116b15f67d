import GraphDocs

/// DL107: an object in a JSON block or annotation must not repeat a key.
struct DuplicateJSONKey: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL107", "duplicate-json-key"),
        summary: "JSON object repeats a key",
        defaultSeverity: .warning,
        explanation: "Reports a key that appears twice in one object of a JSON block or annotation.",
        rationale: """
            Parsers disagree on which value wins (most keep the last), so readers and tools see different \
            samples.
            """,
        examples: [
            .bad("<!-- { \"blockType\": \"example\" } -->\n```json\n{\"id\": \"1\", \"id\": \"2\"}\n```\n"),
            .good("<!-- { \"blockType\": \"example\" } -->\n```json\n{\"id\": \"1\", \"name\": \"2\"}\n```\n"),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        var duplicates = page.annotations.compactMap(\.annotation).flatMap(\.duplicateKeys)
        for block in page.codeBlocks {
            if case .success(let doc)? = block.json { duplicates += doc.duplicateKeys }
        }
        for d in duplicates {
            context.report(
                Self.descriptor, "key '\(d.key)' is repeated in the same object", at: d.range,
                notes: [Note("first '\(d.key)' is here", range: d.firstRange)])
        }
    }
}
