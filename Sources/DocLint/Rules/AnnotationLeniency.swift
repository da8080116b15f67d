import GraphDocs
import JSONCore

/// DL103: annotations should be strict JSON.
struct AnnotationLeniency: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL103", "annotation-leniency"),
        summary: "Annotation needs a lenient parser (trailing comma, comment, '&quot;', unquoted key, line break)",
        defaultSeverity: .warning,
        explanation: """
            Reports each departure from strict JSON in an annotation comment: a trailing comma, a `//` or \
            `/* */` comment, `&quot;` written for a quote, an unquoted key, or a line break inside a string \
            (a suppression message wrapped over two lines). A string that only ends on a later line because \
            its closing quote is missing stays an error (DL102): the line break is accepted only when the \
            whole annotation then parses.
            """,
        rationale: """
            Other tools that read the annotations (the docs build, API Doctor) use strict parsers and may drop \
            the annotation, leaving the block unchecked.
            """,
        fixSafety: """
            Removing a trailing comma, quoting a key, writing '\"' for '&quot;' and writing a line break inside \
            a string as its escape are safe fixes.
            """,
        examples: [
            .bad(
                "<!-- { \"blockType\": \"example\", } -->\n```json\n{}\n```\n",
                fix: .safe("<!-- { \"blockType\": \"example\" } -->\n```json\n{}\n```\n")),
            .bad(
                "<!-- { blockType: \"example\" } -->\n```json\n{}\n```\n",
                fix: .safe("<!-- { \"blockType\": \"example\" } -->\n```json\n{}\n```\n")),
            .bad(
                "<!-- { \"type\": \"#page.annotation\", \"suppressions\": [\"Error: a:\n  b\"] } -->\n",
                fix: .safe(
                    "<!-- { \"type\": \"#page.annotation\", \"suppressions\": [\"Error: a:\\n  b\"] } -->\n")),
            .good("<!-- { \"blockType\": \"example\" } -->\n```json\n{}\n```\n"),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        for entry in page.annotations {
            guard let annotation = entry.annotation else { continue }
            for leniency in annotation.leniencies {
                let text = page.document.text(in: leniency.range)
                let fix: Fix?
                switch leniency.kind {
                case .trailingComma:
                    fix = Fix(
                        title: "remove the trailing comma", edits: [Edit(range: leniency.range, replacement: "")],
                        isSafe: true)
                case .unquotedKey:
                    fix = Fix(
                        title: "quote the key",
                        edits: [Edit(range: leniency.range, replacement: JSONWriter.quoted(text))], isSafe: true)
                case .htmlEntityQuote:
                    fix = Fix(
                        title: "write '\"'", edits: [Edit(range: leniency.range, replacement: "\"")], isSafe: true)
                case .lineBreakInString:
                    // The same string value, written with its escape.
                    fix = Fix(
                        title: "write the line break as an escape",
                        edits: [
                            Edit(
                                range: leniency.range,
                                replacement: text == "\r\n" ? "\\r\\n" : text == "\r" ? "\\r" : "\\n")
                        ],
                        isSafe: true)
                case .lineComment, .blockComment:
                    fix = nil
                }
                let what: String
                switch leniency.kind {
                case .unquotedKey: what = "unquoted key '\(text)'"
                default: what = leniency.kind.rawValue
                }
                context.report(
                    Self.descriptor, "\(what) in annotation is not strict JSON", at: leniency.range, fix: fix)
            }
        }
    }
}
