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
        guard let (select, ignore) = selectedCodes(options) else { return 2 }
        var runOptions = options.run
        let configuration = runOptions.configuration(select: select, ignore: ignore)
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
        guard let (files, discoveryErrors) = runOptions.pagesToLint(options.paths, configuration: configuration) else {
            return 2
        }
        var status: Int32 = 0
        for error in discoveryErrors {
            printError("doclint: \(error)")
            status = 2
        }
        var fixFailed = false
        let sources: SourcePairing?
        do {
            sources = try runOptions.sources(of: files)
        } catch {
            printError("doclint lint: \(error)")
            return 2
        }
        if let ended = runOptions.applyFixes(files, configuration: configuration, sources: sources, failed: &fixFailed)
        {
            return ended
        }
        if fixFailed { status = 2 }
        var format = options.format
        if format == nil {
            do {
                if let configured = try configuration.outputFormat() {
                    guard let named = ReportFormat(rawValue: configured) else {
                        printError("doclint lint: unknown output-format '\(configured)' (\(ReportFormat.names))")
                        return 2
                    }
                    format = named
                }
            } catch {
                printError(error.description)
                return 2
            }
        }

        let environment = ProcessInfo.processInfo.environment
        var reporterOptions = options.reporter
        reporterOptions.color = TerminalStyle.colorEnabled(
            options.color, environment: environment, isTerminal: options.outputFile == nil && isatty(1) == 1)
        var reporter = (format ?? .text).reporter(reporterOptions)
        var output = ReportOutput(file: options.outputFile, buffered: !reporter.streams)
        let progress = ProgressLine.start(total: files.count, environment: environment)
        let run = LintRun(
            linter: runOptions.linter(configuration, base: runOptions.source, sources: sources), baseline: baseline,
            recordsBaseline: options.writeBaseline != nil)
        let triggers = TestTriggers()
        let outcome = run.run(
            files: files, read: runOptions.read, reporter: &reporter,
            context: RunContext(rules: RuleRegistry.descriptors),
            write: { text in
                if let progress {
                    progress.withLineErased { output.write(text) }
                } else {
                    output.write(text)
                }
            }, fileDone: { progress?.advance() },
            runner: { count, work, deliver in
                // Each file is linted in a worker process (see `CrashIsolation`): if a page still traps,
                // the other pages keep their report and the page is named.
                CrashIsolation.run(
                    count: count, timeLimit: options.timeLimit,
                    work: { i in
                        triggers.crashIfAsked(files[i])
                        triggers.hangIfAsked(files[i])
                        return work(i).encoded()
                    },
                    deliver: { i, outcome in
                        if case .finished(let bytes) = outcome, let decoded = FileOutcome(decoding: bytes) {
                            deliver(i, decoded)
                        } else {
                            deliver(i, .failure(CrashIsolation.describe(outcome, path: files[i])))
                        }
                    })
            })
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

    /// The codes `--select` (`nil`: every rule) and `--ignore` name, or `nil` after a message when a
    /// name is unknown or no rule is left (a gate that checks nothing must not pass).
    static func selectedCodes(_ options: LintOptions) -> (select: Set<String>?, ignore: Set<String>)? {
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
        guard (select ?? Set(RuleRegistry.descriptors.map(\.id.code))).contains(where: { !ignore.contains($0) }) else {
            printError("doclint lint: '--select' and '--ignore' leave no rule to run, so nothing would be checked")
            return nil
        }
        return (select, ignore)
    }

    /// Rule codes from codes, names or prefixes (`DL2`); `nil` (after a message) if one is unknown.
    static func ruleCodes(_ items: [String]) -> Set<String>? {
        var codes: Set<String> = []
        for item in items {
            guard let named = RuleSelector.codes(item) else {
                printError("doclint: unknown rule '\(item)' (see 'doclint rules')")
                return nil
            }
            codes.formUnion(named)
        }
        return codes
    }
}
