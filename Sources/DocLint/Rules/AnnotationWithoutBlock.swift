import GraphDocs

/// DL104: a block annotation must be followed by the code block it describes.
struct AnnotationWithoutBlock: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL104", "annotation-without-block"),
        summary: "Annotation is not followed by a code block",
        defaultSeverity: .error,
        explanation: """
            A block annotation announces the fenced code block right after it; only blank lines, other \
            comments and tab headings (`# [HTTP](#tab/http)`) may stand between them. Reports an annotation \
            with text, a table or a heading before the next fence, or none at all.
            """,
        rationale: """
            The annotation then describes nothing, and the sample it was written for is not checked as what \
            it is.
            """,
        examples: [
            .bad("<!-- { \"blockType\": \"example\" } -->\nSome text.\n\n```json\n{}\n```\n"),
            .good("<!-- { \"blockType\": \"example\" } -->\n\n```json\n{}\n```\n"),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        for entry in page.annotations where entry.blockIndex == nil {
            guard let annotation = entry.annotation, !annotation.isPageAnnotation, annotation.json.objectValue != nil,
                annotation.blockType != .ignored  // an unused "ignored" is harmless; DL105 flags the fence it missed
            else { continue }
            let kind = annotation.blockTypeName.map { "'\($0)' " } ?? ""
            context.report(
                Self.descriptor, "\(kind)annotation is not followed by a code block", at: entry.comment.range)
        }
    }
}
