import GraphDocs
import SourceText

/// DL102: an annotation comment must hold a JSON object.
struct InvalidAnnotation: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL102", "invalid-annotation"),
        summary: "Annotation comment is not readable JSON",
        defaultSeverity: .error,
        explanation: """
            Reads each `<!-- { ... } -->` comment leniently (trailing commas, comments, `&quot;` and unquoted \
            keys are tolerated and reported by DL103) and reports a body that still does not parse, or that is \
            not an object.
            """,
        rationale: """
            The docs build skips a block whose annotation it cannot read, so the sample silently goes unchecked.
            """,
        examples: [
            .bad("<!-- { \"blockType\": \"example\" \"name\": \"x\" } -->\n```json\n{}\n```\n"),
            .good("<!-- { \"blockType\": \"example\", \"name\": \"x\" } -->\n```json\n{}\n```\n"),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        for entry in page.annotations {
            if let error = entry.error {
                context.report(
                    Self.descriptor, "annotation is not valid JSON: \(error.message)", at: SourceRange(at: error.offset)
                )
            } else if let annotation = entry.annotation, annotation.json.objectValue == nil {
                context.report(
                    Self.descriptor, "annotation must be a JSON object, not \(annotation.json.typeName)",
                    at: annotation.json.range)
            }
        }
    }
}
