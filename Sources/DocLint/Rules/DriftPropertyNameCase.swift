import GraphDocs

/// DL403: a property or relationship name differs from the en-US source's in letter case only.
struct DriftPropertyNameCase: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL403", "drift-property-name-case"),
        summary:
            "Name in a property, relationship, header or parameter table differs from the en-US source's in letter case",
        defaultSeverity: .error,
        explanation: """
            Reports a row whose name is the source row's in another letter case (`Key` for `key`, `IOS` for \
            `ios`, `Android (engl.)` for `android`), which translation produces when it capitalises a word.
            """,
        rationale: "JSON property names are case-sensitive: `Key` is not `key`.",
        fixSafety: "Writing the source's name back is safe against the exact source, unsafe against another version.",
        examples: [
            .bad(
                DriftExamples.table("| Eigenschaft | Typ | Beschreibung |", ["| Key | Edm.Binary | Intern. |"]),
                source: DriftExamples.table(DriftExamples.englishHeader, ["| key | Edm.Binary | Internal. |"]),
                fix: .safe(
                    DriftExamples.table("| Eigenschaft | Typ | Beschreibung |", ["| key | Edm.Binary | Intern. |"]))),
            .good(
                DriftExamples.table("| Eigenschaft | Typ | Beschreibung |", ["| key | Edm.Binary | Intern. |"]),
                source: DriftExamples.table(DriftExamples.englishHeader, ["| key | Edm.Binary | Internal. |"])),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        context.reportDrift(
            Self.descriptor, kinds: [.propertyNameCase],
            message: { "name '\($0.found)' differs from the en-US '\($0.expected)' in letter case" },
            note: { "the en-US source names it '\($0.expected)' here" })
    }
}
