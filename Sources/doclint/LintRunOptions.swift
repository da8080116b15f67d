import DocLint
import Foundation
import GraphDocs

/// The `lint` options that choose the configuration, the pages and the fixes (kept apart from
/// `LintCommand`'s output options).
struct LintRunOptions {
    /// `--config FILE`: the configuration every page uses instead of the nearest `.doclint.json`.
    var configFile: String?
    /// `--fix`: apply fixes and write the pages.
    var fix = false
    /// `--unsafe-fixes`: unsafe fixes too.
    var unsafeFixes = false
    /// `--diff`: print the fixes as a unified diff instead of writing.
    var diff = false
    /// `--changed-since REV`: only pages that differ from a git revision.
    var changedSince: String?
    /// `--shard K/N`: only the K-th of N parts of the pages (K from 1).
    var shard: (index: Int, count: Int)?
    /// `--stdin-filename PATH`: the page is read from standard input and linted as if it were at PATH.
    var stdinFilename: String?
    /// `--source EN`: also compare each page with its en-US source (an en-US git repository or folder).
    var sourcePath: String?
    /// The bytes read from standard input, with `--stdin-filename`.
    var stdinBytes: [UInt8] = []

    /// Their lines of `doclint lint --help`.
    static let usage = """
          --source EN             also compare each page with its en-US source, an en-US docs git
                                  repository or folder (the DL4xx rules; see 'doclint drift')
          --config FILE           use this configuration file for every page (default: the nearest
                                  .doclint.json above each page; see docs/configuration.md)
          --fix                   apply safe fixes to the pages, then report what remains
          --unsafe-fixes          with --fix or --diff: apply unsafe fixes too
          --diff                  print the fixes as a unified diff instead of writing them
                                  (exit 1 when there is something to fix)
          --changed-since REV     lint only the pages that differ from the git revision REV
                                  (committed since, staged, unstaged or new)
          --shard K/N             lint only part K of N (1 <= K <= N) of the pages; the N parts
                                  together are the whole run
          --stdin-filename PATH   lint the page given on standard input as if it were at PATH (its
                                  configuration and linked pages are found from PATH); with --fix,
                                  print the fixed page on standard output
        """

    /// Takes the option `name` just read by `scanner` if it is one of these: `true` when taken,
    /// `false` when it is not one of them; throws a usage message for a bad value.
    mutating func parse(_ name: String, _ scanner: inout ArgumentScanner) throws(UsageError) -> Bool {
        switch name {
        case "--config": configFile = try scanner.value()
        case "--source": sourcePath = try scanner.value()
        case "--changed-since": changedSince = try scanner.value()
        case "--shard":
            let v = try scanner.value()
            let parts = v.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, k >= 1, k <= n else {
                throw UsageError("'--shard' wants K/N with 1 <= K <= N, not '\(v)'")
            }
            shard = (k, n)
        case "--stdin-filename":
            let v = try scanner.value()
            guard !v.isEmpty else { throw UsageError("'--stdin-filename' needs a path") }
            stdinFilename = v
        case "--fix":
            try scanner.flag()
            fix = true
        case "--unsafe-fixes":
            try scanner.flag()
            unsafeFixes = true
        case "--diff":
            try scanner.flag()
            diff = true
        default:
            return false
        }
        return true
    }

    /// The run's configuration, with the command line's `--select` / `--ignore` on top.
    func configuration(select: Set<String>?, ignore: Set<String>) -> Configuration {
        Configuration(explicitFile: configFile, commandLine: RuleSettings(select: select, ignore: ignore))
    }

    /// The pages to lint: those `paths` name (or the `--stdin-filename` page), less the
    /// configuration's `exclude`, then those changed since `--changed-since`, then this `--shard`'s
    /// part; with the paths that could not be found. `nil` after printing why the run cannot go on.
    mutating func pagesToLint(_ paths: [String], configuration: Configuration) -> (
        files: [String], errors: [String]
    )? {
        if let explicit = configuration.explicitFile, !FileManager.default.fileExists(atPath: explicit) {
            printError("doclint: configuration file '\(configFile ?? explicit)' does not exist")
            return nil
        }
        if stdinFilename != nil && !paths.isEmpty {
            printError("doclint lint: with '--stdin-filename', the page comes from standard input: give no paths")
            return nil
        }
        var (files, errors) = FileDiscovery.markdownFiles(in: paths)
        if let stdinFilename {
            stdinBytes = Array(FileHandle.standardInput.readDataToEndOfFile())
            files = [stdinFilename]
        }
        let (included, _, problems) = configuration.partition(files)
        guard problems.isEmpty else {
            for problem in problems { printError(problem.description) }
            return nil
        }
        files = included
        if let changedSince {
            switch ChangedFiles.since(changedSince) {
            case .failure(let error):
                printError("doclint: \(error)")
                return nil
            case .success(let changed):
                let directory = FileManager.default.currentDirectoryPath
                files = files.filter {
                    changed.contains(
                        URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: directory + "/")).standardized.path)
                }
            }
        }
        if let shard {
            // Part K takes every N-th page of the sorted list, from the K-th: the parts are disjoint,
            // together they are the whole list, and each is the same on every machine.
            let ranks = Dictionary(files.sorted().enumerated().map { ($1, $0) }, uniquingKeysWith: min)
            files = files.filter { ranks[$0].map { $0 % shard.count == shard.index - 1 } ?? false }
        }
        return (files, errors)
    }

    /// The en-US sources of `files` when `--source` is given (`nil` otherwise); throws why they cannot be searched.
    func sources(of files: [String]) throws -> SourcePairing? {
        guard let sourcePath else { return nil }
        // Each page's path inside its locale tree is the en-US path of its source.
        return try SourcePairing(
            opening: { try SourceLocators.open(sourcePath) }, pages: files.map { ($0, LocalizedPath($0).relative) },
            read: { [read] path in try? read(path) })
    }

    /// A linter for `configuration` reading from this run's source, comparing with `sources`.
    func linter(_ configuration: Configuration, base: any DocumentSource, sources: SourcePairing?) -> Linter {
        var linter = Linter(configuration: configuration, source: base)
        linter.sources = sources
        return linter
    }

    /// Where pages are read: the file system, with the `--stdin-filename` page in front.
    var source: any DocumentSource {
        guard let stdinFilename else { return FolderSource() }
        return OverlaySource(base: FolderSource(), files: [stdinFilename: stdinBytes])
    }

    /// Reads a page to lint.
    var read: @Sendable (String) throws -> [UInt8] {
        guard let stdinFilename else { return FileDiscovery.read }
        let bytes = stdinBytes
        return { path in path == stdinFilename ? bytes : try FileDiscovery.read(path) }
    }
}

extension LintRunOptions {
    /// A usage problem in the combination of options, if any.
    var conflict: String? {
        if unsafeFixes && !fix && !diff { return "'--unsafe-fixes' needs '--fix' or '--diff'" }
        if fix && diff { return "'--fix' and '--diff' cannot be combined: '--diff' writes nothing" }
        if changedSince != nil && stdinFilename != nil {
            return "'--changed-since' and '--stdin-filename' cannot be combined"
        }
        return nil
    }

    /// With `--fix` or `--diff`: fixes `files` until nothing changes, then writes them (`--fix`) or
    /// prints the diff (`--diff`). Returns the exit status when the run ends here (`--diff`), `nil`
    /// to go on and report what remains; `failed` is set when a page could not be read or written.
    func applyFixes(_ files: [String], configuration: Configuration, sources: SourcePairing?, failed: inout Bool)
        -> Int32?
    {
        guard fix || diff else { return nil }
        let results = FixRun.run(
            files: files, read: read, base: source, makeLinter: { linter(configuration, base: $0, sources: sources) },
            unsafe: unsafeFixes)
        if fix, let stdinFilename {
            return printFixedStandardInput(stdinFilename, results, configuration: configuration)
        }
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

extension LintRunOptions {
    /// `--fix --stdin-filename`: the page, fixed, on standard output (an editor replaces its buffer
    /// with it: the page is printed even when nothing was fixed or it is excluded); the count on
    /// stderr. Exit 1 when error-level findings remain.
    func printFixedStandardInput(
        _ path: String, _ results: [Result<FixRun.FileResult?, any Error>], configuration: Configuration
    ) -> Int32 {
        var page = stdinBytes
        var applied = 0
        if case .success(let result?) = results.first {
            page = result.fixed
            applied = result.applied
        }
        FileHandle.standardOutput.write(Data(page))
        printError("doclint: fixed \(applied == 1 ? "1 finding" : "\(applied) findings") in \(path)")
        guard !results.isEmpty else { return 0 }
        let linter = Linter(
            configuration: configuration, source: OverlaySource(base: FolderSource(), files: [path: page]))
        let remaining = linter.lint(path: path, bytes: page).diagnostics
        return remaining.contains { $0.severity == .error } ? 1 : 0
    }
}
