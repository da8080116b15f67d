/// One lint run, from the files to lint to the reporter's output and the counted result: the files are
/// linted in parallel, each report is resolved to findings (positions, excerpts, fingerprints) on the
/// worker that linted it, findings the baseline accepts are left out, and the files reach the
/// reporter in file order. The command line only parses arguments, finds the files and writes.
public struct LintRun: Sendable {
    /// What runs on each page. Which rules run on a page, and at what severity, is the linter's
    /// per-page decision (its configuration); the run does not filter findings by rule.
    public var linter: Linter
    /// Findings to leave out.
    public var baseline: Baseline?
    /// Whether to collect every finding (before the baseline) for `--write-baseline`.
    public var recordsBaseline: Bool

    /// A run.
    public init(linter: Linter, baseline: Baseline? = nil, recordsBaseline: Bool = false) {
        self.linter = linter
        self.baseline = baseline
        self.recordsBaseline = recordsBaseline
    }

    /// What a run produced besides its output.
    public struct Outcome: Sendable {
        /// The counts and failures.
        public var result: LintResult
        /// Every finding of the run, before the baseline, when `recordsBaseline` is set.
        public var recorded: Baseline?
    }

    /// Lints `files` (each read with `read`), giving `reporter`'s output to `write` as it is produced;
    /// `fileDone` is called on a worker thread after each file (for progress).
    public func run(
        files: [String], read: @Sendable (String) throws -> [UInt8], reporter: inout any Reporter,
        context: RunContext, write: (String) -> Void, fileDone: @Sendable () -> Void = {}
    ) -> Outcome {
        write(reporter.begin(context))
        var result = LintResult()
        var recorded: [Baseline.Entry] = []
        let baseline = self.baseline
        let records = recordsBaseline
        // TODO(perf): take each file as soon as it and the files before it are done (ordered streaming).
        let reports = linter.lint(files: files, read: read) { report -> (FileFindings, [Baseline.Entry]) in
            defer { fileDone() }
            var file = report.findings()
            let all = records ? file.findings.map(Baseline.Entry.init) : []
            if let baseline {
                let kept = file.findings.filter { !baseline.contains($0) }
                file.baselined = file.findings.count - kept.count
                file.findings = kept
            }
            return (file, all)
        }
        for report in reports {
            switch report {
            case .success(let (file, entries)):
                recorded += entries
                result.add(file)
                write(reporter.file(file))
            case .failure(let error):
                fileDone()
                result.addFailure("\(error)")
            }
        }
        write(reporter.end(result))
        return Outcome(result: result, recorded: records ? Baseline(entries: recorded) : nil)
    }
}
