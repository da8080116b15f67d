import DocLint

/// `doclint rules [CODE]`, `doclint rule CODE`, `doclint explain CODE`: the rule table (code, name,
/// default severity, whether it offers a fix, summary), or one rule's documentation.
enum RulesCommand {
    static let usage = """
        usage: doclint rules [CODE|NAME]
               doclint rule CODE|NAME
               doclint explain CODE|NAME

        Lists every rule (code, name, default severity, whether it offers a fix, summary), or prints
        one rule's documentation: what it does, why it matters, examples, fix safety.
        """

    /// Runs the command (`name` is how it was called) and returns the exit status.
    static func run(_ arguments: [String], name: String = "rules") -> Int32 {
        var scanner = ArgumentScanner(arguments)
        var codes: [String] = []
        do throws(UsageError) {
            while let item = scanner.next() {
                switch item {
                case .operand(let code): codes.append(code)
                case .option(let option):
                    if let standard = try scanner.standardOption() { return standard.perform(usage: usage) }
                    throw UsageError("unknown option '\(option)'")
                }
            }
            if codes.count > 1 { throw UsageError("give one rule, not \(codes.count)") }
            if codes.isEmpty && name != "rules" { throw UsageError("which rule? give its code or name") }
        } catch {
            printError("doclint \(name): \(error.message)\n\n\(usage)")
            return 2
        }
        if let code = codes.first {
            guard let rule = RuleRegistry.rule(named: code) else {
                printError("doclint \(name): unknown rule '\(code)' (see 'doclint rules')")
                return 2
            }
            print(RuleDocumentation.markdown(rule.descriptor), terminator: "")
            return 0
        }
        print(RuleDocumentation.listing(RuleRegistry.descriptors), terminator: "")
        return 0
    }
}
