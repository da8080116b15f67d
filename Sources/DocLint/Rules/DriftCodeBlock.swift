import GraphDocs

/// DL410: a fenced code block or annotation comment is not byte for byte the en-US source's.
struct DriftCodeBlock: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL410", "drift-code-block"),
        summary: "Code block or annotation differs from the en-US source's",
        defaultSeverity: .error,
        explanation: """
            Pairs the page's fenced code blocks, and its annotation comments, with the exact source's (equal \
            ones first, then the rest in order) and reports the first line where a pair differs (line endings \
            aside), and blocks or annotations dropped or added.
            """,
        rationale: "Translation never needs to touch code, samples or annotations; when it does, it breaks them.",
        examples: [
            .bad(
                "```json\n{ \"name\": \"Имя\" }\n```\n", source: "```json\n{ \"name\": \"String\" }\n```\n"),
            .good(
                "```json\n{ \"name\": \"String\" }\n```\n", source: "```json\r\n{ \"name\": \"String\" }\r\n```\r\n"),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        context.reportDrift(
            Self.descriptor,
            kinds: [
                .codeBlockChanged, .codeBlockDropped, .codeBlockAdded, .annotationChanged, .annotationDropped,
                .annotationAdded,
            ],
            message: { d in
                switch d.kind {
                case .codeBlockChanged where d.detail == "joined", .annotationChanged where d.detail == "joined":
                    "\(d.kind == .codeBlockChanged ? "code block" : "annotation") is not on a line of its own: translation joined it to the text before it"
                case .codeBlockChanged where d.detail == "white-space":
                    "code block differs from the en-US source's in white space"
                case .annotationChanged where d.detail == "white-space":
                    "annotation differs from the en-US source's in white space"
                case .codeBlockChanged: "code block differs from the en-US source's"
                case .codeBlockDropped: "a code block of the en-US source is missing"
                case .codeBlockAdded: "code block is not in the en-US source"
                case .annotationChanged: "annotation differs from the en-US source's"
                case .annotationDropped: "an annotation of the en-US source is missing"
                default: "annotation is not in the en-US source"
                }
            },
            note: { _ in "the en-US source has this" })
    }
}
