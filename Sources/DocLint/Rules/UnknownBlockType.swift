import GraphDocs

/// DL106: an annotation's `blockType` must be one the docs tooling knows.
struct UnknownBlockType: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL106", "unknown-block-type"),
        summary: "Annotation has a missing or unknown blockType",
        defaultSeverity: .error,
        explanation: """
            Reports a block annotation without `blockType`, or with one other than \
            \(BlockType.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")).
            """,
        rationale: "The tooling ignores a block whose type it does not know, usually because of a typo.",
        examples: [
            .bad("<!-- { \"blockType\": \"respones\" } -->\n```json\n{}\n```\n"),
            .bad("<!-- { \"name\": \"get_user\" } -->\n```json\n{}\n```\n"),
            .good("<!-- { \"blockType\": \"response\" } -->\n```json\n{}\n```\n"),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        for entry in page.annotations {
            guard let annotation = entry.annotation, let object = annotation.json.objectValue,
                !annotation.isPageAnnotation
            else { continue }
            guard let member = object.member("blockType") else {
                context.report(Self.descriptor, "annotation has no 'blockType'", at: entry.comment.range)
                continue
            }
            guard annotation.blockType == nil else { continue }
            let name = member.value.stringValue ?? member.value.description
            let suggestion = BlockType.allCases.map(\.rawValue).min { editDistance($0, name) < editDistance($1, name) }
            let hint = suggestion.map { editDistance($0, name) <= 3 ? "; did you mean '\($0)'?" : "" } ?? ""
            context.report(Self.descriptor, "unknown blockType '\(name)'\(hint)", at: member.value.range)
        }
    }
}
