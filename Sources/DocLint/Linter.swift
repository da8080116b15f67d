import Dispatch
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
        let results = ResultSlots<Result<T, any Error>>(count: files.count)
        catalog.store.expect(files)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            let result: Result<T, any Error>
            do {
                result = .success(transform(report(try catalog.store.page(files[i], reading: read))))
            } catch {
                result = .failure(error)
            }
            results.set(i, result)
        }
        return results.values()
    }
}

/// Fixed slots written once each from concurrent iterations.
final class ResultSlots<Value>: @unchecked Sendable {
    // A raw buffer, not an array property: concurrent writes to distinct indices of one allocation
    // are safe, while mutating an array stored in a class would trip exclusivity checking.
    private let buffer: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func set(_ index: Int, _ value: Value) { buffer[index] = value }

    func values() -> [Value] { buffer.map { $0! } }
}
