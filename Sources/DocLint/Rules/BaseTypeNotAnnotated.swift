import GraphDocs

/// DL211: a type the page says inherits from another must say so in its resource annotation.
struct BaseTypeNotAnnotated: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL211", "base-type-not-annotated"),
        summary: "Page says the type inherits from another, but its resource annotation has no baseType",
        defaultSeverity: .warning,
        explanation: """
            Reports a page whose text says "Inherits from [x](x.md)" (or the ru, zh or de equivalent) while \
            its `resource` annotation has no `baseType`. doclint still treats `x` as the base type when it \
            validates samples, so the inherited properties are not reported as unknown.
            """,
        rationale: """
            The docs tooling and schema generation read inheritance from `baseType` only: without it, every \
            sample that shows an inherited property looks wrong.
            """,
        fixSafety:
            "Adding `\"baseType\": \"microsoft.graph.x\"` to the annotation is safe; doclint does not yet apply it.",
        examples: [
            .bad(
                "Inherits from [mailFolder](mailfolder.md).\n\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.mailSearchFolder\" } -->\n```json\n{ \"query\": \"String\" }\n```\n"
            ),
            .good(
                "Inherits from [mailFolder](mailfolder.md).\n\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.mailSearchFolder\", \"baseType\": \"microsoft.graph.mailFolder\" } -->\n```json\n{ \"query\": \"String\" }\n```\n"
            ),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        guard let type = context.analysis.definitions.first, let statement = type.inheritanceStatement,
            let base = type.baseType
        else { return }
        context.report(
            Self.descriptor,
            "the page says '\(type.shortName)' inherits from '\(statement.baseName)', but its resource annotation has no 'baseType'; add \"baseType\": \"\(base)\"",
            at: statement.range)
    }
}
