import DocLint
import Foundation
import Testing

/// `Linter.lint(files:read:transform:window:deliver:)` hands reports over in file order, while the run goes on.
@Suite struct StreamingTests {
    @Test func reportsArriveInFileOrderBeforeTheLastFileIsRead() {
        let count = 60
        let files = (0..<count).map { "page\($0).md" }
        let firstDelivered = DispatchSemaphore(value: 0)
        let page = Array("<!-- { \"blockType\": \"unknown\" } -->\n```json\n{}\n```\n".utf8)
        var order: [Int] = []
        var paths: [String] = []
        var waitedInVain = false
        Linter().lint(
            files: files,
            read: { path in
                // The last page is read only once the first report has been delivered: a linter that
                // delivered nothing before the end would wait here until the timeout.
                if path == files.last && firstDelivered.wait(timeout: .now() + 20) == .timedOut {
                    throw CancellationError()
                }
                return page
            },
            transform: { $0.path },
            deliver: { index, result in
                if index == 0 { firstDelivered.signal() }
                order.append(index)
                switch result {
                case .success(let path): paths.append(path)
                case .failure: waitedInVain = true
                }
            })
        #expect(order == Array(0..<count))
        #expect(paths == files)
        #expect(!waitedInVain)
    }

    @Test func workersStayWithinTheWindowAndUnreadableFilesKeepTheirPlace() {
        let files = (0..<40).map { "page\($0).md" }
        let delivered = ManagedCounter()
        var results: [String] = []
        Linter().lint(
            files: files,
            read: { path in
                // Never more than `window` files past the next one to deliver (the counter below is set
                // just after a delivery starts, so it may lag by one).
                let index = Int(path.dropFirst(4).dropLast(3))!
                #expect(index < delivered.value + 4 + 1)
                if index % 7 == 3 { throw CocoaError(.fileReadNoSuchFile) }
                return Array("# Page\n".utf8)
            },
            transform: { $0.path }, window: 4,
            deliver: { index, result in
                delivered.set(index + 1)
                switch result {
                case .success(let path): results.append(path)
                case .failure: results.append("error \(index)")
                }
            })
        #expect(results == files.indices.map { $0 % 7 == 3 ? "error \($0)" : files[$0] })
    }
}

/// An integer read and written from several threads.
final class ManagedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = 0
    var value: Int { lock.withLock { stored } }
    func set(_ value: Int) { lock.withLock { stored = value } }
}

/// A run computes source excerpts only for a reporter that prints them.
@Suite struct ExcerptTests {
    final class Box: @unchecked Sendable { var excerpts: [SourceExcerpt?] = [] }

    struct Recorder: Reporter {
        let usesExcerpts: Bool
        let box: Box
        var streams: Bool { true }
        func begin(_ context: RunContext) -> String { "" }
        func file(_ file: FileFindings) -> String {
            box.excerpts += file.findings.map(\.excerpt)
            return ""
        }
        func end(_ result: LintResult) -> String { "" }
    }

    @Test(arguments: [true, false])
    func excerptsAreComputedOnlyWhenTheReporterPrintsThem(uses: Bool) {
        let page = Array("<!-- { \"blockType\": \"unknown\" } -->\n```json\n{}\n```\n".utf8)
        let box = Box()
        var reporter: any Reporter = Recorder(usesExcerpts: uses, box: box)
        _ = LintRun(linter: Linter()).run(
            files: ["a.md"], read: { _ in page }, reporter: &reporter, context: RunContext(rules: []), write: { _ in })
        #expect(!box.excerpts.isEmpty)
        #expect(box.excerpts.allSatisfy { ($0 != nil) == uses })
        #expect(TextReporter(showSource: true).usesExcerpts && !TextReporter(showSource: false).usesExcerpts)
    }
}
