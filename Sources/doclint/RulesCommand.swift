import DocLint

/// `doclint rules`: lists every rule with its code, name, default severity and summary.
enum RulesCommand {
    /// Runs the command and returns the exit status.
    static func run(_ arguments: [String]) -> Int32 {
        if let first = arguments.first, first == "-h" || first == "--help" {
            print("usage: doclint rules [CODE|NAME]\n\nLists every rule, or prints one rule's documentation.")
            return 0
        }
        if let code = arguments.first {
            guard let rule = RuleRegistry.rule(named: code) else {
                printError("doclint rules: unknown rule '\(code)'")
                return 2
            }
            print(RuleDocumentation.markdown(rule.descriptor), terminator: "")
            return 0
        }
        print(RuleDocumentation.table(RuleRegistry.descriptors), terminator: "")
        return 0
    }
}
