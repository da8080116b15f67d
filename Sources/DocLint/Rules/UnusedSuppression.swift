import GraphDocs
import SourceText

/// DL112: a suppression should suppress something.
struct UnusedSuppression: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL112", "unused-suppression"),
        summary: "Suppression matches no finding, names no rule, or is not a directive doclint knows",
        defaultSeverity: .warning,
        explanation: """
            Runs after every other rule and the page's suppressions. Reports each rule named in a \
            `doclint-disable`, `doclint-disable-next-line` or `doclint-disable-file` comment, or in a doclint \
            entry of the page annotation's `suppressions`, that suppressed no finding; a comment naming no rule \
            that suppressed nothing; rules that do not exist; a `doclint-enable` that ends no `doclint-disable`; \
            `doclint-…` comments that are not one of the four directives; and page annotation entries that are \
            neither doclint rules nor a Graph docs tool message (`Error: …`, `Warning: …`). A rule that did not \
            run on the page (not selected, ignored, `off`) is not judged.
            """,
        rationale: """
            A suppression outlives the problem it hid: once the page is fixed it silently waits to hide the next, \
            real finding of that rule. A misspelt rule or directive suppresses nothing while looking as if it did.
            """,
        fixSafety: """
            Removing an unused or unknown rule from a comment, a whole comment that suppresses nothing (with the \
            `doclint-enable` that ends only it), a `doclint-enable` that ends nothing, or a page annotation entry \
            none of whose rules suppressed anything is safe: no finding appears or disappears. An annotation entry \
            that still suppresses something through another of its rules, and an entry that is neither doclint's \
            nor the Graph docs tool's, are reported without a fix.
            """,
        examples: [
            .bad(
                "<!-- doclint-disable-next-line DL205 -->\n# Title\n",
                fix: .safe("# Title\n")),
            .bad(
                """
                <!-- doclint-disable DL205, DL101 -->
                | Property | Type | Description |
                |:--|:--|:--|
                | id | 字符串 | The ID. |
                <!-- doclint-enable -->
                """,
                fix: .safe(
                    """
                    <!-- doclint-disable DL205 -->
                    | Property | Type | Description |
                    |:--|:--|:--|
                    | id | 字符串 | The ID. |
                    <!-- doclint-enable -->
                    """)),
            .bad("<!-- doclint-disable-file DL999 -->\n# Title\n", fix: .safe("# Title\n")),
            .bad("<!-- doclint-disabel DL205 -->\n# Title\n"),
            .bad(
                """
                <!--
                {
                  "type": "#page.annotation",
                  "suppressions": ["DL302: the sample is abbreviated"]
                }
                -->
                """,
                fix: .safe(
                    """
                    <!--
                    {
                      "type": "#page.annotation",
                      "suppressions": []
                    }
                    -->
                    """)),
            .bad(
                """
                <!--
                {
                  "type": "#page.annotation",
                  "suppressions": [
                    "DL302: the sample is abbreviated",
                    "Error: /api-reference/v1.0/resources/user.md: Unable to map some markdown elements into schema."
                  ]
                }
                -->
                """,
                fix: .safe(
                    """
                    <!--
                    {
                      "type": "#page.annotation",
                      "suppressions": [
                        "Error: /api-reference/v1.0/resources/user.md: Unable to map some markdown elements into schema."
                      ]
                    }
                    -->
                    """)),
            .good(
                """
                <!-- doclint-disable DL205 -->
                | Property | Type | Description |
                |:--|:--|:--|
                | id | 字符串 | The ID. |
                <!-- doclint-enable DL205 -->
                """),
            .good(
                """
                <!--
                {
                  "type": "#page.annotation",
                  "suppressions": ["Error: /api-reference/v1.0/resources/user.md: Unable to map some markdown elements into schema."]
                }
                -->
                """),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        guard let outcome = context.suppressionOutcome else { return }
        let suppressions = outcome.suppressions
        let bytes = page.document.bytes
        let lines = page.document.lines
        let ownCode = Self.descriptor.id.code
        for problem in suppressions.problems {
            context.report(Self.descriptor, problem.message, at: problem.range, fix: problem.fix)
        }
        /// What became of one named rule.
        enum Verdict { case used, unused, unknown, unjudged }
        func verdict(codes: [String]?, entries: [Int]) -> Verdict {
            guard let codes else { return .unknown }
            if entries.contains(where: outcome.used.contains) { return .used }
            if codes.contains(ownCode) || !Set(codes).isSubset(of: outcome.ranRules) { return .unjudged }
            return .unused
        }
        let entryIndices = Dictionary(grouping: suppressions.entries.indices) { suppressions.entries[$0].origin }

        for (d, directive) in suppressions.directives.enumerated() where directive.kind != .enable {
            let mine = entryIndices[.directive(d)] ?? []
            let removal = removeDirective(d, suppressions, lines)
            if directive.items.isEmpty {
                // Every rule: unused when nothing at all was suppressed by it.
                if !mine.contains(where: outcome.used.contains), !outcome.ranRules.subtracting([ownCode]).isEmpty {
                    context.report(
                        Self.descriptor, "'\(directive.summary(bytes))' matches no finding", at: directive.range,
                        fix: removal)
                }
                continue
            }
            let verdicts = directive.items.indices.map { i in
                verdict(
                    codes: directive.items[i].codes, entries: mine.filter { suppressions.entries[$0].item == i })
            }
            if verdicts.allSatisfy({ $0 == .unused || $0 == .unknown }) {
                context.report(
                    Self.descriptor, "'\(directive.summary(bytes))' matches no finding", at: directive.range,
                    fix: removal)
                continue
            }
            for (i, item) in directive.items.enumerated() {
                let fix = Fix(
                    title: "remove '\(item.text)'", edits: [Edit(range: item.removalRange, replacement: "")],
                    isSafe: true)
                switch verdicts[i] {
                case .unknown:
                    context.report(
                        Self.descriptor, "suppression names unknown rule '\(item.text)'", at: item.range, fix: fix)
                case .unused:
                    context.report(
                        Self.descriptor, "suppression of '\(item.text)' matches no finding", at: item.range, fix: fix)
                case .used, .unjudged: continue
                }
            }
        }

        for (a, entry) in suppressions.annotationEntries.enumerated() {
            switch entry.kind {
            case .graphTool: continue
            case .unrecognized:
                context.report(
                    Self.descriptor,
                    "suppressions entry '\(entry.text)' names no doclint rule and is not a Graph docs tool message",
                    at: entry.range)
            case .doclint(let items):
                let mine = entryIndices[.annotation(a)] ?? []
                let verdicts = items.indices.map { i in
                    verdict(codes: items[i].codes, entries: mine.filter { suppressions.entries[$0].item == i })
                }
                // An entry none of whose rules did anything goes as a whole; one that still suppresses
                // something is left for a person to edit.
                let removal =
                    verdicts.allSatisfy { $0 == .unused || $0 == .unknown }
                    ? Fix(title: "remove the entry", edits: [entry.removal], isSafe: true) : nil
                for (i, item) in items.enumerated() {
                    switch verdicts[i] {
                    case .unknown:
                        context.report(
                            Self.descriptor, "suppressions entry names unknown rule '\(item.text)'", at: entry.range,
                            fix: removal)
                    case .unused:
                        context.report(
                            Self.descriptor, "suppressions entry '\(item.text)' matches no finding", at: entry.range,
                            fix: removal)
                    case .used, .unjudged: continue
                    }
                }
            }
        }
    }

    /// Removing directive `d`, with the `doclint-enable` that ends it when that ends nothing else.
    func removeDirective(_ d: Int, _ suppressions: PageSuppressions, _ lines: LineIndex) -> Fix {
        var edits = [PageSuppressions.removal(of: suppressions.directives[d].range, in: lines)]
        if let enable = suppressions.enables[d],
            !suppressions.enables.contains(where: { $0.key != d && $0.value == enable })
        {
            edits.append(PageSuppressions.removal(of: suppressions.directives[enable].range, in: lines))
        }
        return Fix(title: "remove the comment", edits: edits, isSafe: true)
    }
}

/// What the page's suppressions did, for DL112.
public struct SuppressionOutcome: Sendable {
    /// The page's suppressions.
    public var suppressions: PageSuppressions
    /// The indices of the entries that suppressed at least one finding.
    public var used: Set<Int>
    /// The codes of the rules that ran on the page.
    public var ranRules: Set<String>
}
