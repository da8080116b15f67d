import GraphDocs

/// DL407: an enumeration member differs from the en-US source's in letter case only.
struct DriftEnumMemberCase: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL407", "drift-enum-member-case"),
        summary: "Enumeration member differs from the en-US source's in letter case",
        defaultSeverity: .error,
        explanation: """
            Reports a member that is the source's in another letter case (`Monday` for `monday`): German \
            translation capitalises nouns.
            """,
        rationale: "Enumeration values are case-sensitive.",
        fixSafety: "Writing the source's member back is safe against the exact source, unsafe against another version.",
        examples: [
            .bad(
                "| Element | Wert | Beschreibung |\n|:--|:--|:--|\n| Monday | 1 | Montag. |\n",
                source: "| Member | Value | Description |\n|:--|:--|:--|\n| monday | 1 | Monday. |\n",
                fix: .safe("| Element | Wert | Beschreibung |\n|:--|:--|:--|\n| monday | 1 | Montag. |\n")),
            .good(
                "| Element | Wert | Beschreibung |\n|:--|:--|:--|\n| monday | 1 | Montag. |\n",
                source: "| Member | Value | Description |\n|:--|:--|:--|\n| monday | 1 | Monday. |\n"),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        context.reportDrift(
            Self.descriptor, kinds: [.enumMemberCase],
            message: { "member '\($0.found)' differs from the en-US '\($0.expected)' in letter case" },
            note: { "the en-US source's member is '\($0.expected)' here" })
    }
}
