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
        if !bad.isEmpty {
            out += "## Example\n\n" + bad.map(example).joined(separator: "\n") + "\n"
        }
        if !good.isEmpty {
            out += "## Use instead\n\n" + good.map(example).joined(separator: "\n") + "\n"
        }
        out += "## Fix safety\n\n\(d.fixSafety ?? "This rule offers no fix.")\n"
        return out
    }

    /// One example: the snippet, the en-US source it is compared with (DL4xx rules), and what its fix makes of it.
    static func example(_ e: RuleExample) -> String {
        func fenced(_ text: String) -> String { "~~~~markdown\n\(text.hasSuffix("\n") ? text : text + "\n")~~~~\n" }
        var out = fenced(e.markdown)
        if let source = e.source {
            let which = e.sourceIsExact ? "its exact en-US source" : "an en-US version that is not its exact source"
            out += "\ncompared with \(which):\n\n" + fenced(source)
        }
        switch e.fix {
        case nil: break
        case .safe(let fixed): out += "\nAfter `doclint lint --fix` (safe fix):\n\n" + fenced(fixed)
        case .unsafe(let fixed):
            out += "\nAfter `doclint lint --fix --unsafe-fixes` (unsafe fix):\n\n" + fenced(fixed)
        }
        return out
    }
}
