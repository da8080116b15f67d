import GraphDocs

/// DL405: a Type cell differs from the en-US source's in letter case only.
struct DriftTypeCase: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL405", "drift-type-case"),
        summary: "Type cell differs from the en-US source's in letter case",
        defaultSeverity: .error,
        explanation: """
            Reports a Type cell that is the source's in another letter case (`Collection of String` for \
            `collection of string`), which translation produces when it capitalises words.
            """,
        rationale: "The page should say what its source says; a type's case is part of its name.",
        fixSafety: "Writing the source's cell back is safe against the exact source, unsafe against another version.",
        examples: [
            .bad(
                DriftExamples.table(
                    "| Eigenschaft | Typ | Beschreibung |", ["| names | Collection of String | Namen. |"]),
                source: DriftExamples.table(DriftExamples.englishHeader, ["| names | collection of string | Names. |"]),
                fix: .safe(
                    DriftExamples.table(
                        "| Eigenschaft | Typ | Beschreibung |", ["| names | collection of string | Namen. |"]))),
            .good(
                DriftExamples.table(
                    "| Eigenschaft | Typ | Beschreibung |", ["| names | collection of string | Namen. |"]),
                source: DriftExamples.table(DriftExamples.englishHeader, ["| names | collection of string | Names. |"])),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        context.reportDrift(
            Self.descriptor, kinds: [.typeCase],
            message: { "type '\($0.found)' differs from the en-US '\($0.expected)' in letter case" },
            note: { "the en-US source's type is '\($0.expected)' here" })
    }
}
