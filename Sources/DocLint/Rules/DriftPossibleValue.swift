import GraphDocs

/// DL408: a value the en-US description lists is not in the translated description.
struct DriftPossibleValue: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL408", "drift-possible-value"),
        summary: "Value listed in the en-US description is missing from the translated one",
        defaultSeverity: .error,
        explanation: """
            Reads the values the source row's description lists — "Possible values are: `a`, `b`", "The values \
            can be *ForceDelete* or *Verification*" (runs of code spans or emphasized identifiers) — and reports \
            each one the translated description does not contain as a word: translation keeps code spans but \
            translates emphasized words (`*Principal*` → `*Prinzipal*`) or drops them.
            """,
        rationale:
            "The listed values are the enumeration's members; a translated one is a value the API never returns.",
        examples: [
            .bad(
                DriftExamples.table(
                    "| Eigenschaft | Typ | Beschreibung |",
                    ["| consentType | String | Die möglichen Werte sind *AllPrincipals* oder *Prinzipal*. |"]),
                source: DriftExamples.table(
                    DriftExamples.englishHeader,
                    ["| consentType | String | The possible values are *AllPrincipals* or *Principal*. |"])),
            .good(
                DriftExamples.table(
                    "| Eigenschaft | Typ | Beschreibung |",
                    ["| consentType | String | Die möglichen Werte sind *AllPrincipals* oder *Principal*. |"]),
                source: DriftExamples.table(
                    DriftExamples.englishHeader,
                    ["| consentType | String | The possible values are *AllPrincipals* or *Principal*. |"])),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        context.reportDrift(
            Self.descriptor, kinds: [.possibleValue],
            message: { "value '\($0.expected)' of the en-US description is missing: translated or dropped" },
            note: { "the en-US description lists '\($0.expected)' here" })
    }
}
