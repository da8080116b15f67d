import DocLint
import Foundation
import GraphDocs

/// `doclint lint PATH...`: lints Markdown reference pages.
enum LintCommand {
    static let usage = """
        usage: doclint lint [options] PATH...

        Lints Microsoft Graph-style reference pages: files, or directories searched for *.md.

        options:
          --select CODES    run only these rules (comma-separated codes or names)
          --ignore CODES    skip these rules
          --no-source       do not print the source line and caret under each finding
          --quiet           print findings only, no summary line
          --statistics      after the summary, print findings by rule, the largest groups by rule and
                            word, and how many samples were validated
          -h, --help        show this help

        exit status: 0 no error-level findings, 1 some, 2 usage or I/O error
        """

    /// Runs the command and returns the exit status.
    static func run(_ arguments: [String]) -> Int32 {
        var paths: [String] = []
        var select: Set<String>?
        var ignore: Set<String> = []
        var showSource = true
        var quiet = false
        var statistics = false
        var i = 0
        func value(_ flag: String) -> String? {
            i += 1
            guard i < arguments.count else {
                printError("doclint lint: '\(flag)' needs a value")
                return nil
            }
            return arguments[i]
        }
        while i < arguments.count {
            let arg = arguments[i]
            switch arg {
            case "-h", "--help":
                print(usage)
                return 0
            case "--select":
                guard let v = value(arg), let codes = ruleCodes(v) else { return 2 }
                select = codes
            case "--ignore":
                guard let v = value(arg), let codes = ruleCodes(v) else { return 2 }
                ignore = codes
            case "--no-source": showSource = false
            case "--quiet": quiet = true
            case "--statistics": statistics = true
            case "--":
                paths += arguments[(i + 1)...]
                i = arguments.count
            case "-":
                printError("doclint lint: reading a page from standard input is not supported; give its path")
                return 2
            default:
                if arg.hasPrefix("-") {
                    printError("doclint lint: unknown option '\(arg)'\n\n\(usage)")
                    return 2
                }
                paths.append(arg)
            }
            i += 1
        }
        guard !paths.isEmpty else {
            printError("doclint lint: no paths given\n\n\(usage)")
            return 2
        }
        let rules = RuleRegistry.all.filter { rule in
            let code = rule.descriptor.id.code
            return (select?.contains(code) ?? true) && !ignore.contains(code)
        }
        let linter = Linter(rules: rules.map { $0.init() }, source: FolderSource())
        let (files, discoveryErrors) = FileDiscovery.markdownFiles(in: paths)
        var status: Int32 = 0
        for error in discoveryErrors {
            printError("doclint: \(error)")
            status = 2
        }
        let reporter = TextReporter(showSource: showSource)
        var counts = (errors: 0, warnings: 0, notes: 0, files: 0)
        let rendered = linter.lint(files: files, read: FileDiscovery.read) { report in
            var groups = FindingGroups()
            groups.add(report.diagnostics)
            return (
                text: reporter.render(report), severities: report.diagnostics.map(\.severity),
                rules: report.diagnostics.map(\.rule.code), counters: report.counters, groups: groups
            )
        }
        var byRule: [String: Int] = [:]
        var groups = FindingGroups()
        var counters: [String: Int] = [:]
        for result in rendered {
            switch result {
            case .success(let (text, severities, rules, fileCounters, fileGroups)):
                groups.add(fileGroups)
                for code in rules { byRule[code, default: 0] += 1 }
                for (k, v) in fileCounters { counters[k, default: 0] += v }
                if !text.isEmpty {
                    FileHandle.standardOutput.write(Data(text.utf8))
                    counts.files += 1
                }
                for severity in severities {
                    switch severity {
                    case .error: counts.errors += 1
                    case .warning: counts.warnings += 1
                    case .note: counts.notes += 1
                    }
                }
            case .failure(let error):
                printError("doclint: \(error)")
                status = 2
            }
        }
        if !quiet {
            print(
                reporter.summary(
                    errors: counts.errors, warnings: counts.warnings, notes: counts.notes,
                    filesWithFindings: counts.files, filesChecked: files.count))
        }
        if statistics {
            print("\nfindings by rule:")
            for rule in RuleRegistry.descriptors where byRule[rule.id.code] != nil {
                print("  \(rule.id.code) \(rule.id.name): \(byRule[rule.id.code]!)")
            }
            // Findings that hold for every row of a long table are one line here (each keeps its position above).
            let large = groups.groups(minimum: LintCommand.groupMinimum)
            if !large.isEmpty {
                print("findings by rule and word (\(LintCommand.groupMinimum) or more):")
                for g in large {
                    print("  \(g.rule.code) '\(g.word)': \(g.count) in \(g.files) file\(g.files == 1 ? "" : "s")")
                }
            }
            print("pages: \(files.count)")
            for key in counters.keys.sorted() { print("\(key): \(counters[key]!)") }
        }
        if status == 0 && counts.errors > 0 { status = 1 }
        return status
    }

    /// The smallest group of findings `--statistics` lists by rule and word.
    static let groupMinimum = 10

    /// Rule codes from a comma-separated list of codes or names; `nil` (after a message) if one is unknown.
    static func ruleCodes(_ list: String) -> Set<String>? {
        var codes: Set<String> = []
        for item in list.split(separator: ",").map({ String($0).trimmingCharacters(in: .whitespaces) })
        where !item.isEmpty {
            guard let rule = RuleRegistry.rule(named: item) else {
                printError("doclint: unknown rule '\(item)' (see 'doclint rules')")
                return nil
            }
            codes.insert(rule.descriptor.id.code)
        }
        return codes
    }
}
