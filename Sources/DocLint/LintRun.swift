import Dispatch
import Foundation

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

    /// Runs the work of a run: `work(i)` for every file index `0..<count`, each outcome handed to
    /// `deliver` on the calling thread as it is ready, in any order. `LintRun.inProcess` by default;
    /// the command line passes one that lints in a worker process, so a page that traps costs only itself.
    public typealias FileRunner = (
        _ count: Int, _ work: @escaping @Sendable (Int) -> FileOutcome, _ deliver: (Int, FileOutcome) -> Void
    ) -> Void

    /// Lints in this process, in parallel, delivering each outcome in file order as soon as it and every
    /// earlier one are ready (the same ordered queue as `Linter.lint(files:read:transform:window:deliver:)`).
    public static func inProcess(
        _ count: Int, _ work: @escaping @Sendable (Int) -> FileOutcome, _ deliver: (Int, FileOutcome) -> Void
    ) {
        OrderedQueue<FileOutcome>.run(count: count, window: 256, work: work, deliver: deliver)
    }

    /// Lints `files` (each read with `read`), giving `reporter`'s output to `write` as it is produced:
    /// each file reaches the reporter as soon as it and every file before it are done, so the output is
    /// in file order and starts before the run ends. `fileDone` is called after each file (for progress).
    public func run(
        files: [String], read: @escaping @Sendable (String) throws -> [UInt8], reporter: inout any Reporter,
        context: RunContext, write: (String) -> Void, fileDone: () -> Void = {},
        runner: FileRunner = LintRun.inProcess
    ) -> Outcome {
        write(reporter.begin(context))
        var result = LintResult()
        var recorded: [Baseline.Entry] = []
        let linter = self.linter
        var waiting: [Int: FileOutcome] = [:]
        var next = 0
        func report(_ outcome: FileOutcome) {
            fileDone()
            switch outcome {
            case .findings(var file):
                if recordsBaseline { recorded += file.findings.map(Baseline.Entry.init) }
                if let baseline {
                    let kept = file.findings.filter { !baseline.contains($0) }
                    file.baselined = file.findings.count - kept.count
                    file.findings = kept
                }
                result.add(file)
                write(reporter.file(file))
            case .failure(let message):
                result.addFailure(message)
            }
        }
        linter.expect(files)
        let excerpts = reporter.usesExcerpts
        let lintFile: @Sendable (Int) -> FileOutcome = { i in
            do {
                return .findings(try linter.lint(path: files[i], read: read).findings(excerpts: excerpts))
            } catch {
                return .failure("\(error)")
            }
        }
        withoutActuallyEscaping(report) { report in
            runner(files.count, lintFile) { i, outcome in
                waiting[i] = outcome
                while let ready = waiting.removeValue(forKey: next) {
                    report(ready)
                    next += 1
                }
            }
        }
        write(reporter.end(result))
        return Outcome(result: result, recorded: recordsBaseline ? Baseline(entries: recorded) : nil)
    }
}
