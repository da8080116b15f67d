import Dispatch
import Foundation
import GraphDocs
import SourceText

/// Runs rules over pages.
public struct Linter: Sendable {
    /// The rules that run.
    public var rules: [any Rule]
    /// Severity overrides by rule code.
    public var severities: [String: Severity]
    /// Where types named by samples are looked up (shared by every page of a run).
    public var catalog: SchemaCatalog

    /// A linter running `rules` (every registered rule by default), reading linked pages from `source`.
    public init(
        rules: [any Rule] = RuleRegistry.all.map { $0.init() }, severities: [String: Severity] = [:],
        source: any DocumentSource
    ) {
        self.rules = rules
        self.severities = severities
        self.catalog = SchemaCatalog(source: source)
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
        var context = LintContext(page: page, catalog: catalog, severities: severities)
        // The page's own types, before any rule looks a type up (a look-up of this page uses them).
        _ = context.analysis.definitions
        for rule in rules { rule.check(page, into: &context) }
        return FileReport(
            path: page.path, lines: page.document.lines, diagnostics: context.diagnostics,
            counters: context.analysis.counters)
    }

    /// Lints the page at `path` with contents `bytes`.
    public func lint(path: String, bytes: [UInt8]) -> FileReport {
        report(GraphPage(path: path, bytes: bytes))
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
        let queue = OrderedQueue<Result<T, any Error>>(count: files.count, window: Swift.max(1, window))
        let group = DispatchGroup()
        let workers = Swift.min(Swift.max(1, ProcessInfo.processInfo.activeProcessorCount), Swift.max(1, files.count))
        // The workers finish before this function returns (`group.wait()`), so they may use the closures.
        withoutActuallyEscaping(read) { read in
            withoutActuallyEscaping(transform) { transform in
                for _ in 0..<workers {
                    DispatchQueue.global().async(group: group) {
                        while let i = queue.nextIndex() {
                            let result: Result<T, any Error>
                            do {
                                result = .success(transform(report(try catalog.store.page(files[i], reading: read))))
                            } catch {
                                result = .failure(error)
                            }
                            queue.put(i, result)
                        }
                    }
                }
                for i in 0..<files.count { deliver(i, queue.take(i)) }
                group.wait()
            }
        }
    }
}

/// Results of numbered work items, produced in any order by workers and taken in order by one consumer.
final class OrderedQueue<Value>: @unchecked Sendable {
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
