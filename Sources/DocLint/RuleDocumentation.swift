/// Renders rule documentation from the descriptors (for `doclint rules` and `docs/rules/`).
public enum RuleDocumentation {
    /// A Markdown table of all rules: code, name, severity, summary.
    public static func table(_ descriptors: [RuleDescriptor]) -> String {
        var out = "| Code | Name | Default | Summary |\n|---|---|---|---|\n"
        for d in descriptors {
            out += "| \(d.id.code) | `\(d.id.name)` | \(d.defaultSeverity.rawValue) | \(d.summary) |\n"
        }
        return out
    }

    /// A Markdown table of all rules with whether each offers a fix: code, name, severity, fixable,
    /// summary (`doclint rules` and `docs/rules/README.md`).
    public static func listing(_ descriptors: [RuleDescriptor]) -> String {
        var out = "| Code | Name | Default | Fixable | Summary |\n|---|---|---|---|---|\n"
        for d in descriptors {
            out +=
                "| \(d.id.code) | `\(d.id.name)` | \(d.defaultSeverity.rawValue) | \(d.fixSafety == nil ? "no" : "yes") | \(d.summary) |\n"
        }
        return out
    }

    /// One rule's page, under the headings every rule page has.
    public static func markdown(_ d: RuleDescriptor) -> String {
        var out =
            "# \(d.id.code) `\(d.id.name)`\n\n\(d.summary). Default severity: **\(d.defaultSeverity.rawValue)**.\n\n"
        out += "## What it does\n\n\(d.explanation)\n\n## Why is this bad?\n\n\(d.rationale)\n\n"
        let bad = d.examples.filter(\.triggers)
        let good = d.examples.filter { !$0.triggers }
        func block(_ markdown: String) -> String {
            "~~~~markdown\n\(markdown.hasSuffix("\n") ? markdown : markdown + "\n")~~~~\n"
        }
        if !bad.isEmpty {
            out +=
                "## Example\n\n"
                + bad.map { example in
                    switch example.fix {
                    case nil: block(example.markdown)
                    case .safe(let fixed):
                        block(example.markdown) + "\nAfter `doclint lint --fix` (safe fix):\n\n" + block(fixed)
                    case .unsafe(let fixed):
                        block(example.markdown) + "\nAfter `doclint lint --fix --unsafe-fixes` (unsafe fix):\n\n"
                            + block(fixed)
                    }
                }
                .joined(separator: "\n") + "\n"
        }
        if !good.isEmpty {
            out += "## Use instead\n\n" + good.map { block($0.markdown) }.joined(separator: "\n") + "\n"
        }
        out += "## Fix safety\n\n\(d.fixSafety ?? "This rule offers no fix.")\n"
        return out
    }
}
