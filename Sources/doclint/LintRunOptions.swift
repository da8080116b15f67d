import DocLint
import Foundation
import GraphDocs

/// The `lint` options that choose the configuration (kept apart from `LintCommand`'s output options).
struct LintRunOptions {
    /// `--config FILE`: the configuration every page uses instead of the nearest `.doclint.json`.
    var configFile: String?
    /// `--fix`: apply fixes and write the pages.
    var fix = false
    /// `--unsafe-fixes`: unsafe fixes too.
    var unsafeFixes = false
    /// `--diff`: print the fixes as a unified diff instead of writing.
    var diff = false

    /// Their lines of `doclint lint --help`.
    static let usage = """
          --config FILE     use this configuration file for every page (default: the nearest
                            .doclint.json above each page; see docs/configuration.md)
          --fix             apply safe fixes to the pages, then report what remains
          --unsafe-fixes    with --fix or --diff: apply unsafe fixes too
          --diff            print the fixes as a unified diff instead of writing them
                            (exit 1 when there is something to fix)
        """

    /// Takes `arg` if it is one of these options (its value from `value`): `true` when taken, `false`
    /// when it is not one of them; `nil` after a usage message.
    mutating func parse(_ arg: String, value: (String) -> String?) -> Bool? {
        switch arg {
        case "--config":
            guard let v = value(arg) else { return nil }
            configFile = v
        case "--fix": fix = true
        case "--unsafe-fixes": unsafeFixes = true
        case "--diff": diff = true
        default:
            return false
        }
        return true
    }

    /// The run's configuration, with the command line's `--select` / `--ignore` on top.
    func configuration(select: Set<String>?, ignore: Set<String>) -> Configuration {
        Configuration(explicitFile: configFile, commandLine: RuleSettings(select: select, ignore: ignore))
    }

    /// The pages to lint after the configuration's `exclude`, or `nil` after printing why the
    /// configuration cannot be used.
    func pagesToLint(_ files: [String], configuration: Configuration) -> [String]? {
        if let explicit = configuration.explicitFile, !FileManager.default.fileExists(atPath: explicit) {
            printError("doclint: configuration file '\(configFile ?? explicit)' does not exist")
            return nil
        }
        let (included, _, errors) = configuration.partition(files)
        guard errors.isEmpty else {
            for error in errors { printError(error.description) }
            return nil
        }
        return included
    }
}

extension LintRunOptions {
    /// A usage problem in the combination of options, if any.
    var conflict: String? {
        if unsafeFixes && !fix && !diff { return "'--unsafe-fixes' needs '--fix' or '--diff'" }
        if fix && diff { return "'--fix' and '--diff' cannot be combined: '--diff' writes nothing" }
        return nil
    }

    /// With `--fix` or `--diff`: fixes `files` until nothing changes, then writes them (`--fix`) or
    /// prints the diff (`--diff`). Returns the exit status when the run ends here (`--diff`), `nil`
    /// to go on and report what remains; `failed` is set when a page could not be read or written.
    func applyFixes(_ files: [String], configuration: Configuration, failed: inout Bool) -> Int32? {
        guard fix || diff else { return nil }
        let results = FixRun.run(
            files: files, read: FileDiscovery.read, base: FolderSource(),
            makeLinter: { Linter(configuration: configuration, source: $0) }, unsafe: unsafeFixes)
        var fixedFindings = 0
        var fixedFiles = 0
        // A page reached by two paths (a symbolic link) is written once.
        var written: [String: [UInt8]] = [:]
        for (path, outcome) in zip(files, results) {
            switch outcome {
            case .failure(let error):
                printError("doclint: \(error)")
                failed = true
            case .success(nil): continue
            case .success(let result?):
                if !result.converged {
                    printError(
                        "doclint: fixes to '\(path)' still changed it after \(FixRun.defaultPasses) passes; the rest is left"
                    )
                }
                if diff {
                    FileHandle.standardOutput.write(
                        Data(UnifiedDiff.make(path: path, old: result.original, new: result.fixed)))
                } else {
                    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                    if written[target] == result.fixed { continue }
                    written[target] = result.fixed
                    do {
                        try AtomicFile.replace(path, with: result.fixed, expecting: result.original)
                    } catch {
                        printError("doclint: \(error)")
                        failed = true
                        continue
                    }
                }
                fixedFindings += result.applied
                fixedFiles += 1
            }
        }
        let findings = fixedFindings == 1 ? "1 finding" : "\(fixedFindings) findings"
        let pages = fixedFiles == 1 ? "1 file" : "\(fixedFiles) files"
        printError(diff ? "doclint: would fix \(findings) in \(pages)" : "doclint: fixed \(findings) in \(pages)")
        guard diff else { return nil }
        return failed ? 2 : fixedFiles > 0 ? 1 : 0
    }
}
