import GraphDocs

/// DL411: the page differs from the en-US version it is compared with in a way translation does not explain.
struct VersionDrift: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL411", "version-drift"),
        summary: "Page differs from the en-US version compared in a way translation does not explain",
        defaultSeverity: .note,
        explanation: """
            When the page is compared with a version that is not its exact source (DL401), differences that \
            are not translation's — a row or table the source gained or lost, a renamed identifier, changed code \
            or annotations, a type changed to another type — are reported here rather than as translation errors. \
            Bilingual pages whose English text is not the source's are reported here too.
            """,
        rationale: "The page is older (or newer) than the en-US page: it needs a new translation, not a fix.",
        examples: [
            .bad(
                DriftExamples.table(DriftExamples.russianHeader, ["| id | String | Идентификатор. |"]),
                source: DriftExamples.table(
                    DriftExamples.englishHeader, ["| id | String | The identifier. |", "| name | String | The name. |"]),
                exact: false),
            .good(
                DriftExamples.table(DriftExamples.russianHeader, ["| id | String | Идентификатор. |"]),
                source: DriftExamples.table(DriftExamples.englishHeader, ["| id | String | The identifier. |"]),
                exact: false),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        context.reportDrift(
            Self.descriptor, kinds: Set(DriftDifference.Kind.allCases), versionDrift: true,
            message: { d in
                switch d.kind {
                case .rowDropped: "version drift: the en-US version has row '\(d.expected)'"
                case .rowAdded: "version drift: row '\(d.found)' is not in the en-US version"
                case .tableDropped: "version drift: the en-US version has a table of '\(d.expected)'"
                case .tableAdded: "version drift: the table of '\(d.found)' is not in the en-US version"
                case .bilingualText:
                    "version drift: the bilingual English text '\(d.found)' is '\(d.expected)' in the en-US version"
                case .codeBlockChanged, .annotationChanged:
                    "version drift: \(d.kind == .codeBlockChanged ? "code block" : "annotation") differs from the en-US version's"
                case .codeBlockDropped, .annotationDropped:
                    "version drift: the en-US version has another \(d.kind == .codeBlockDropped ? "code block" : "annotation")"
                case .codeBlockAdded, .annotationAdded:
                    "version drift: \(d.kind == .codeBlockAdded ? "code block" : "annotation") is not in the en-US version"
                case .possibleValue: "version drift: the en-US version lists value '\(d.expected)'"
                default: "version drift: '\(d.found)' is '\(d.expected)' in the en-US version"
                }
            },
            note: { _ in "the en-US version has this" })
    }
}
