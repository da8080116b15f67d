import DocLint
import Foundation
import GraphDocs

/// `doclint lint PATH...`: lints Markdown reference pages.
enum LintCommand {
    static var usage: String { LintOptions.usage }

    /// Runs the command and returns the exit status.
    static func run(_ arguments: [String]) -> Int32 {
        let options: LintOptions
        do {
            options = try LintOptions(arguments)
        } catch {
            printError("doclint lint: \(error.message)\n\n\(usage)")
            return 2
        }
        if let standard = options.standard { return standard.perform(usage: usage) }
        guard let rules = selectedRules(options) else { return 2 }
        var baseline: Baseline?
        if let path = options.baseline {
            guard let bytes = FolderSource.readFile(path) else {
                printError("doclint lint: cannot read the baseline '\(path)'")
                return 2
            }
            do {
                baseline = try Baseline(bytes: bytes, path: path)
            } catch {
                printError("doclint lint: \(error)")
                return 2
            }
        }
        let (files, discoveryErrors) = FileDiscovery.markdownFiles(in: options.paths)
        var status: Int32 = 0
        for error in discoveryErrors {
            printError("doclint: \(error)")
            status = 2
        }

        let environment = ProcessInfo.processInfo.environment
        var reporterOptions = options.reporter
        reporterOptions.color = TerminalStyle.colorEnabled(
            options.color, environment: environment, isTerminal: options.outputFile == nil && isatty(1) == 1)
        var reporter = (options.format ?? .text).reporter(reporterOptions)
        var output = ReportOutput(file: options.outputFile, buffered: !reporter.streams)
        let progress = ProgressLine.start(total: files.count, environment: environment)
        let run = LintRun(
            linter: Linter(rules: rules.map { $0.init() }, source: FolderSource()), baseline: baseline,
            recordsBaseline: options.writeBaseline != nil)
        let outcome = run.run(
            files: files, read: FileDiscovery.read, reporter: &reporter,
            context: RunContext(rules: RuleRegistry.descriptors),
            write: { text in
                if let progress {
                    progress.withLineErased { output.write(text) }
                } else {
                    output.write(text)
                }
            }, fileDone: { progress?.advance() })
        progress?.finish()
        if let problem = output.finish() {
            printError("doclint lint: \(problem)")
            return 2
        }
        for failure in outcome.result.failures { printError("doclint: \(failure)") }
        if let path = options.writeBaseline, let recorded = outcome.recorded {
            if let problem = ReportOutput.writeAtomically(recorded.json(), to: path) {
                printError("doclint lint: \(problem)")
                return 2
            }
            printError("doclint: wrote \(recorded.entries.count) findings to the baseline '\(path)'")
            return max(status, outcome.result.failures.isEmpty ? 0 : 2)
        }
        return max(status, outcome.result.exitStatus(options.policy))
    }

    /// The rules `--select` and `--ignore` leave, or `nil` after a message when a name is unknown or no
    /// rule is left (a gate that checks nothing must not pass).
    static func selectedRules(_ options: LintOptions) -> [any Rule.Type]? {
        guard let ignore = ruleCodes(options.ignore) else { return nil }
        var select: Set<String>?
        if let items = options.select {
            guard let codes = ruleCodes(items) else { return nil }
            guard !codes.isEmpty else {
                printError("doclint lint: '--select' names no rule, so nothing would be checked")
                return nil
            }
            select = codes
        }
        let rules = RuleRegistry.all.filter { rule in
            let code = rule.descriptor.id.code
            return (select?.contains(code) ?? true) && !ignore.contains(code)
        }
        guard !rules.isEmpty else {
            printError("doclint lint: '--select' and '--ignore' leave no rule to run, so nothing would be checked")
            return nil
        }
        return rules
    }

    /// Rule codes from codes or names; `nil` (after a message) if one is unknown.
    static func ruleCodes(_ items: [String]) -> Set<String>? {
        var codes: Set<String> = []
        for item in items {
            guard let rule = RuleRegistry.rule(named: item) else {
                printError("doclint: unknown rule '\(item)' (see 'doclint rules')")
                return nil
            }
            codes.insert(rule.descriptor.id.code)
        }
        return codes
    }
}
