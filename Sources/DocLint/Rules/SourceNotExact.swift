import DocMarkdown
import GraphDocs
import SourceText

/// DL401: the page is compared with an en-US version that is not the one it was translated from.
struct SourceNotExact: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL401", "source-not-exact"),
        summary: "The exact en-US source of the page was not found; it is compared with another version",
        defaultSeverity: .note,
        explanation: """
            With `--source`, each localized page is compared with the en-US text it was translated from: the \
            version whose SHA-1 (with CRLF line endings) is the page's `ms.openlocfilehash`, searched in every \
            version of the page's path and of the paths it was renamed from. When no version matches, the page \
            is compared with the version at its `ms.sourcegitcommit`, or else with the newest one, and this note \
            says so; when there is no en-US page at all, it says that.
            """,
        rationale: """
            Only the exact source tells translation's changes from the source's own later edits: against another \
            version, a row the source gained since is not a translation error. Drift findings against an inexact \
            source are therefore never errors, and their fixes are never safe.
            """,
        examples: [
            .bad(
                "---\nms.openlocfilehash: 0000000000000000000000000000000000000000\n---\n# x\n",
                source: "# x\n", exact: false),
            .good("---\nms.openlocfilehash: 0000000000000000000000000000000000000000\n---\n# x\n", source: "# x\n"),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        guard let source = context.source else { return }
        let front = page.document.frontMatter
        let hashEntry = front?.entry("ms.openlocfilehash")
        let range = hashEntry?.valueRange ?? front?.range ?? SourceRange(start: 0, end: 0)
        switch source.lookup {
        case .missing(let path):
            context.report(Self.descriptor, "no en-US source found for '\(path)'", at: range)
        case .found(let located):
            guard located.exactness != .exact else { return }
            let why =
                hashEntry == nil
                ? "the page has no 'ms.openlocfilehash'"
                : "no en-US version has the page's 'ms.openlocfilehash'"
            let compared: String
            switch located.exactness {
            case .sourceCommit: compared = "the version at its 'ms.sourcegitcommit'"
            default: compared = "the newest version"
            }
            let note = source.note("compared with this version", at: SourceRange(start: 0, end: 0), text: "")
            context.report(
                Self.descriptor, "source version not exact: \(why); compared with \(compared)", at: range,
                notes: note.map { [$0] } ?? [])
        }
    }
}
