import GraphDocs

/// DL406: an enumeration member differs from the en-US source's.
struct DriftEnumMember: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL406", "drift-enum-member"),
        summary: "Enumeration member differs from the en-US source's",
        defaultSeverity: .error,
        explanation: """
            Pairs the rows of member tables (`| Member | Value | Description |`) with the source's and reports a \
            member that translation changed (`понедельник` for `monday`, `Sonntag` for `sunday`, `擦` for `wipe`). \
            Case-only changes are DL407.
            """,
        rationale: "Enumeration members are the values clients send and receive; translated ones do not exist.",
        fixSafety: "Writing the source's member back is safe against the exact source, unsafe against another version.",
        examples: [
            .bad(
                "| Элемент | Значение | Описание |\n|:--|:--|:--|\n| понедельник | 1 | Понедельник. |\n",
                source: "| Member | Value | Description |\n|:--|:--|:--|\n| monday | 1 | Monday. |\n",
                fix: .safe("| Элемент | Значение | Описание |\n|:--|:--|:--|\n| monday | 1 | Понедельник. |\n")),
            .good(
                "| Элемент | Значение | Описание |\n|:--|:--|:--|\n| monday | 1 | Понедельник. |\n",
                source: "| Member | Value | Description |\n|:--|:--|:--|\n| monday | 1 | Monday. |\n"),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        context.reportDrift(
            Self.descriptor, kinds: [.enumMember],
            message: { "member '\($0.found)' is '\($0.expected)' in the en-US source" },
            note: { "the en-US source's member is '\($0.expected)' here" })
    }
}
