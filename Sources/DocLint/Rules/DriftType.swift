import GraphDocs

/// DL404: a Type cell differs from the en-US source's.
struct DriftType: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL404", "drift-type"),
        summary: "Type cell differs from the en-US source's",
        defaultSeverity: .error,
        explanation: """
            Compares each paired row's Type cell with the source's, white space aside, and reports what \
            translation changed: a primitive (`Строка` for `String`), collection wording (`X-Auflistung`), link \
            text (`[тодотаск](todotask.md)`), a link target, or a qualifier (`максимальный размер 20`). Words \
            doclint's vocabulary does not know are found too, since the source says what the cell should be. \
            Case-only changes are DL405.
            """,
        rationale: "Type names are identifiers of the API; schema generation and readers need the en-US spelling.",
        fixSafety: "Writing the source's cell back is safe against the exact source, unsafe against another version.",
        examples: [
            .bad(
                DriftExamples.table(DriftExamples.russianHeader, ["| id | Строка | Идентификатор. |"]),
                source: DriftExamples.table(DriftExamples.englishHeader, ["| id | String | The identifier. |"]),
                fix: .safe(DriftExamples.table(DriftExamples.russianHeader, ["| id | String | Идентификатор. |"]))),
            .bad(
                DriftExamples.table(DriftExamples.russianHeader, ["| tone | тон | Тон. |"]),
                source: DriftExamples.table(DriftExamples.englishHeader, ["| tone | tone | The tone. |"]),
                fix: .safe(DriftExamples.table(DriftExamples.russianHeader, ["| tone | tone | Тон. |"]))),
            .good(
                DriftExamples.table(DriftExamples.russianHeader, ["| id |  String  | Идентификатор. |"]),
                source: DriftExamples.table(DriftExamples.englishHeader, ["| id | String | The identifier. |"])),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        context.reportDrift(
            Self.descriptor, kinds: [.type],
            message: { d in
                let what =
                    d.detail.map { $0 == "other" ? "" : " (\($0.replacingOccurrences(of: "-", with: " ")))" } ?? ""
                return "type '\(d.found)' differs from the en-US type '\(d.expected)'\(what)"
            },
            note: { "the en-US source's type is '\($0.expected)' here" })
    }
}
