import Dispatch
import Foundation
import GraphDocs
import SourceText

/// Runs rules over pages.
public struct Linter: Sendable {
    /// The rules that run.
    public var rules: [any Rule] {
        didSet { slots = Linter.slots(rules) }
    }
    /// For each of `rules`: its code, its position in `RuleRegistry.all` (`nil` for a rule not registered
    /// there), and whether it runs after the suppressions are applied (DL112). Worked out once, not for
    /// every rule of every page.
    private var slots: [RuleSlot]

    struct RuleSlot: Sendable {
        var code: String
        var position: Int?
        var isLate: Bool
    }

    static func slots(_ rules: [any Rule]) -> [RuleSlot] {
        rules.map { rule in
            let code = type(of: rule).descriptor.id.code
            return RuleSlot(code: code, position: RuleRegistry.positions[code], isLate: rule is UnusedSuppression)
        }
    }
    /// Severity overrides by rule code.
    public var severities: [String: Severity]
    /// Where types named by samples are looked up (shared by every page of a run).
    public var catalog: SchemaCatalog
    /// What applies to each page, by path: which of `rules` run, their severities, the words for types.
    public var settings: @Sendable (String) -> LintSettings
    /// The pages' en-US sources, when the run compares with them (`--source`).
    public var sources: SourcePairing?

    /// A linter running `rules` (every registered rule by default), reading linked pages from `source`.
    public init(
        rules: [any Rule] = RuleRegistry.all.map { $0.init() }, severities: [String: Severity] = [:],
        source: any DocumentSource
    ) {
        self.rules = rules
        self.slots = Linter.slots(rules)
        self.severities = severities
        self.catalog = SchemaCatalog(source: source)
        let all = LintSettings(enabledRules: Set(rules.map { type(of: $0).descriptor.id.code }), severities: severities)
        self.settings = { _ in all }
    }

    /// A linter running what `configuration` enables of `rules` on each page, reading pages from `source`
    /// (linked pages with the words for types of their own configuration). Pages whose configuration is
    /// unusable get the defaults: check them first with `Configuration.partition`.
    public init(
        rules: [any Rule] = RuleRegistry.all.map { $0.init() }, configuration: Configuration, source: any DocumentSource
    ) {
        self.rules = rules
        self.slots = Linter.slots(rules)
        self.severities = [:]
        self.catalog = SchemaCatalog(source: source, vocabulary: { configuration.vocabulary(for: $0) })
        self.settings = { (try? configuration.settings(for: $0)) ?? LintSettings() }
    }

    /// A linter running `rules` (every registered rule by default), reading linked pages with `read`.
    public init(
        rules: [any Rule] = RuleRegistry.all.map { $0.init() }, severities: [String: Severity] = [:],
        read: @escaping @Sendable (String) -> [UInt8]? = { _ in nil },
        list: @escaping @Sendable (String) -> [String]? = { _ in nil }
    ) {
        self.init(rules: rules, severities: severities, source: ClosureSource(read: read, list: list))
    }

    /// The findings in one page, sorted by position.
    public func lint(_ page: GraphPage) -> [Diagnostic] {
        report(page).diagnostics
    }

    /// The report of one page: findings sorted by position, and what was checked.
    public func report(_ page: GraphPage) -> FileReport {
        report(page, settings: settings(page.path))
    }

    /// The report of one page compared with `source` (what the source search found for it).
    public func report(_ page: GraphPage, source: SourceLookup?) -> FileReport {
        report(page, settings: settings(page.path), source: source)
    }

    /// The report of one page under `settings`, compared with `source` (by default, what `sources` found for it).
    func report(_ page: GraphPage, settings: LintSettings, source: SourceLookup?? = nil) -> FileReport {
        var context = LintContext(
            page: page, catalog: catalog, severities: settings.severities,
            source: source ?? sources?.lookup(page.path))
        // The page's own types, before any rule looks a type up (a look-up of this page uses them).
        _ = context.analysis.definitions
        var late: [any Rule] = []
        var ran: [Int] = []
        for (i, rule) in rules.enumerated() where settings.runs(slots[i].code, position: slots[i].position) {
            ran.append(i)
            // DL112 judges the suppressions: it runs once they have been applied.
            if slots[i].isLate {
                late.append(rule)
                continue
            }
            rule.check(page, into: &context)
        }
        var counters = context.analysis.counters
        let suppressions = PageSuppressions(page: page)
        if !suppressions.entries.isEmpty || !suppressions.problems.isEmpty || !suppressions.annotationEntries.isEmpty {
            let lines = page.document.lines
            let (kept, used) = suppressions.apply(to: context.diagnostics, lines: lines)
            context.diagnostics = suppressions.annotatingGraphToolEntries(kept)
            context.suppressionOutcome = SuppressionOutcome(
                suppressions: suppressions, used: used, ranRules: Set(ran.map { slots[$0].code }))
            let before = context.diagnostics.count
            for rule in late { rule.check(page, into: &context) }
            // DL112's own findings answer only to suppressions that name it.
            let own = Array(context.diagnostics[before...])
            context.diagnostics.removeSubrange(before...)
            context.diagnostics += suppressions.apply(to: own, lines: lines).kept
            let graphTool = suppressions.annotationEntries.filter {
                if case .graphTool = $0.kind { true } else { false }
            }.count
            if graphTool > 0 { counters["Graph docs tool suppressions (not applied by doclint)"] = graphTool }
        }
        return FileReport(
            path: page.path, lines: page.document.lines, diagnostics: context.diagnostics, counters: counters)
    }

    /// Lints the page at `path`, read with `read` unless the run's page store already parsed it for a
    /// type look-up (then that parse is used: each page is parsed once per run).
    public func lint(path: String, read: (String) throws -> [UInt8]) rethrows -> FileReport {
        report(try catalog.store.page(path, reading: read))
    }

    /// Tells the run's page store which pages will be linted, so parses made for type look-ups are kept for them.
    public func expect(_ files: [String]) {
        catalog.store.expect(files)
    }

    /// Lints the page at `path` with contents `bytes`.
    public func lint(path: String, bytes: [UInt8]) -> FileReport {
        let settings = settings(path)
        return report(GraphPage(path: path, bytes: bytes, vocabulary: settings.vocabulary), settings: settings)
    }

    /// Lints many files in parallel; results come back in the order of `files`. `read` returns a
    /// file's bytes or throws; unreadable files are returned as errors in the same position.
    public func lint(
        files: [String], read: @Sendable (String) throws -> [UInt8]
    ) -> [Result<FileReport, any Error>] {
        lint(files: files, read: read) { $0 }
    }

    /// Lints many files in parallel and applies `transform` to each report on the worker thread, so a
    /// caller that only needs rendered text does not keep every file's bytes until the end.
    public func lint<T: Sendable>(
        files: [String], read: @Sendable (String) throws -> [UInt8], transform: @Sendable (FileReport) -> T
    ) -> [Result<T, any Error>] {
        var results: [Result<T, any Error>] = []
        results.reserveCapacity(files.count)
        lint(files: files, read: read, transform: transform) { _, result in results.append(result) }
        return results
    }

    /// Lints many files in parallel and hands each file's result to `deliver` on the calling thread, in
    /// the order of `files`, as soon as that file and every earlier one are done: output can be written
    /// while the run goes on, and the same input always gives the same sequence. `transform` runs on
    /// the worker threads. Workers stay at most `window` files ahead of the next file to deliver, so
    /// one slow page does not make the finished ones pile up.
    public func lint<T: Sendable>(
        files: [String], read: @Sendable (String) throws -> [UInt8], transform: @Sendable (FileReport) -> T,
        window: Int = 256, deliver: (_ index: Int, _ result: Result<T, any Error>) -> Void
    ) {
        catalog.store.expect(files)
        // The workers finish before `run` returns, so they may use the closures.
        withoutActuallyEscaping(read) { read in
            withoutActuallyEscaping(transform) { transform in
                OrderedQueue<Result<T, any Error>>.run(
                    count: files.count, window: window,
                    work: { i in
                        do {
                            return .success(transform(report(try catalog.store.page(files[i], reading: read))))
                        } catch {
                            return .failure(error)
                        }
                    }, deliver: deliver)
            }
        }
    }
}

/// Results of numbered work items, produced in any order by workers and taken in order by one consumer.
final class OrderedQueue<Value>: @unchecked Sendable {
    /// Runs `work(i)` for every `i` in `0..<count` on one worker per core, handing each result to
    /// `deliver` on the calling thread in index order, as soon as it and every earlier one are done.
    /// Workers stay at most `window` items ahead of the next one to deliver.
    static func run(
        count: Int, window: Int, work: @Sendable (Int) -> Value, deliver: (Int, Value) -> Void
    ) {
        let queue = OrderedQueue(count: count, window: Swift.max(1, window))
        let group = DispatchGroup()
        let workers = Swift.min(Swift.max(1, ProcessInfo.processInfo.activeProcessorCount), Swift.max(1, count))
        // The workers finish before this function returns (`group.wait()`), so they may use `work`.
        withoutActuallyEscaping(work) { work in
            for _ in 0..<workers {
                DispatchQueue.global().async(group: group) {
                    while let i = queue.nextIndex() { queue.put(i, work(i)) }
                }
            }
            for i in 0..<count { deliver(i, queue.take(i)) }
            group.wait()
        }
    }

    // Guarded by `condition`.
    private var slots: [Value?]
    private var next = 0
    private var delivered = 0
    private let window: Int
    private let condition = NSCondition()

    init(count: Int, window: Int) {
        slots = Array(repeating: nil, count: count)
        self.window = window
    }

    /// The next item to work on, once it is within the window of the next item to deliver; `nil` when all are taken.
    func nextIndex() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while next < slots.count && next >= delivered + window { condition.wait() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    /// Stores the result of item `index`.
    func put(_ index: Int, _ value: Value) {
        condition.lock()
        slots[index] = value
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the result of item `index` and takes it (items are taken in order).
    func take(_ index: Int) -> Value {
        condition.lock()
        defer { condition.unlock() }
        while slots[index] == nil { condition.wait() }
        let value = slots[index]!
        slots[index] = nil
        delivered = index + 1
        condition.broadcast()
        return value
    }
}
