import Dispatch
import JSONSchema
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs independent work items in a forked child process, so that a trap while doing one item (a bug
/// not yet found) costs only that item: the parent, which does nothing but collect results, forks a
/// new child for the items left and reports the one that crashed.
///
/// The child does the items in parallel and sends a record before and after each one through a
/// pipe. When it dies, the items it had begun and not finished are the suspects: one suspect is the
/// culprit; several are done again one at a time, which pins the culprit exactly. Every round either
/// finishes items or names a culprit, so the run always ends.
///
/// A watchdog keeps an item that never ends (a loop not yet found) from hanging the run: the parent
/// knows when each item began, and when one has run longer than the time limit it kills the child,
/// reports that item as given up, and goes on with the items left, exactly as after a crash.
///
/// Cost: one `fork` per round (no `exec`: the child is this process, already loaded) and the results'
/// bytes through a pipe. The parent must not have started threads before calling `run`.
enum CrashIsolation {
    /// What became of one item.
    enum Outcome {
        /// The item's result, as the work encoded it.
        case finished([UInt8])
        /// The child died while doing the item: killed by `signal`, or exited with `status`.
        case crashed(signal: Int32, status: Int32)
        /// The item ran longer than the time limit (`seconds`); the child doing it was killed.
        case timedOut(seconds: Double)
    }

    /// How long one item may run before doclint gives up on it, in seconds, unless `--time-limit` says
    /// otherwise: far beyond any real page (a 50,000-row page takes about 1.5 s), short of forever.
    static let defaultTimeLimit: Double = 60

    /// Whether work runs in a child process: on Linux, unless `DOCLINT_NO_ISOLATION` is set (for a
    /// debugger, or to measure what isolation costs).
    static var isAvailable: Bool {
        #if os(Linux)
            return getenv("DOCLINT_NO_ISOLATION") == nil
        #else
            // Darwin's Objective-C runtime does not tolerate fork without exec in a process using Foundation.
            return false
        #endif
    }

    /// Runs `work(i)` for every `i` in `0..<count` and returns each item's outcome, in order.
    static func run(count: Int, timeLimit: Double? = nil, work: @escaping @Sendable (Int) -> [UInt8]) -> [Outcome] {
        var outcomes = [Outcome?](repeating: nil, count: count)
        run(count: count, timeLimit: timeLimit, work: work) { i, outcome in outcomes[i] = outcome }
        return outcomes.map { $0 ?? .crashed(signal: 0, status: -1) }
    }

    /// Runs `work(i)` for every `i` in `0..<count`, handing each item's outcome to `deliver` exactly once,
    /// on this thread, as soon as it is known (in any order). An item running longer than `timeLimit`
    /// seconds (`nil`: no limit) is given up (in a child process only: in-process work cannot be stopped).
    static func run(
        count: Int, timeLimit: Double? = nil, work: @escaping @Sendable (Int) -> [UInt8],
        deliver: (Int, Outcome) -> Void
    ) {
        guard isAvailable, count > 0 else {
            for (i, outcome) in inProcess(count: count, work: work).enumerated() { deliver(i, outcome) }
            return
        }
        var done = [Bool](repeating: false, count: count)
        func settle(_ i: Int, _ outcome: Outcome) {
            guard !done[i] else { return }
            done[i] = true
            deliver(i, outcome)
        }
        var pending = Array(0..<count)
        var serial = false
        while !pending.isEmpty {
            guard
                let round = runChild(
                    pending, serial: serial, timeLimit: timeLimit, work: work, finished: { settle($0, .finished($1)) })
            else {
                // No child could be made (fork or pipe failed): do the rest here, unprotected.
                let items = pending
                let rest = inProcess(count: items.count) { work(items[$0]) }
                for (k, i) in items.enumerated() { settle(i, rest[k]) }
                break
            }
            // Items left over mean the child died (or exited from inside an item, which is no better).
            var left = pending.filter { !done[$0] }
            guard !left.isEmpty else { break }
            if !round.timedOut.isEmpty, let timeLimit {
                // The watchdog killed the child: the items over the limit are given up; the others it was
                // doing were fine and are done again (one at a time still, if a crash was being pinned).
                for i in round.timedOut { settle(i, .timedOut(seconds: timeLimit)) }
                left = left.filter { !done[$0] }
                pending = left
                continue
            }
            let suspects = left.filter { round.begun.contains($0) }
            if suspects.count == 1 {
                settle(suspects[0], .crashed(signal: round.signal, status: round.status))
                pending = left.filter { $0 != suspects[0] }
                serial = false
            } else if suspects.isEmpty || serial {
                // Died outside any item (or, one at a time, with no single suspect): nothing can be pinned,
                // so the items left are reported rather than retried forever.
                for i in left { settle(i, .crashed(signal: round.signal, status: round.status)) }
                pending = []
            } else {
                // Several items were in flight: do them one at a time first.
                pending = suspects + left.filter { !suspects.contains($0) }
                serial = true
            }
        }
        for i in 0..<count where !done[i] { settle(i, .crashed(signal: 0, status: -1)) }
    }

    /// The error line for an item that did not finish: "crashed while linting 'x.md' (signal 4, SIGILL); the
    /// other files were linted; please report this page" (`doing` and `rest` say what else than linting).
    static func describe(
        _ outcome: Outcome, path: String, doing: String = "linting", rest: String = "the other files were linted"
    ) -> String {
        if case .timedOut(let seconds) = outcome {
            return "gave up on '\(path)' after \(formatSeconds(seconds)) s (the time limit, '--time-limit'); "
                + "\(rest); please report this page"
        }
        guard case .crashed(let signal, let status) = outcome else {
            return "internal error while \(doing) '\(path)': its result could not be read; please report this page"
        }
        let how =
            signal != 0
            ? "signal \(signal)\(signalNames[signal].map { ", \($0)" } ?? "")" : "exit status \(status)"
        return "crashed while \(doing) '\(path)' (\(how)); \(rest); please report this page"
    }

    /// `60` for 60, `0.5` for 0.5: a time limit as it was written.
    static func formatSeconds(_ seconds: Double) -> String {
        seconds == seconds.rounded() && seconds < 1e15 ? String(Int(seconds)) : String(seconds)
    }

    static let signalNames: [Int32: String] = [
        4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE", 9: "SIGKILL", 11: "SIGSEGV",
    ]

    /// What one child did before it exited or died.
    struct Round {
        var begun: Set<Int> = []
        /// The items the watchdog gave up on (the child was then killed).
        var timedOut: [Int] = []
        var died = false
        var signal: Int32 = 0
        var status: Int32 = 0
    }

    /// Forks a child that does `items` (in parallel, or one at a time when `serial`), and collects its
    /// records; kills it when an item has run longer than `timeLimit` seconds.
    static func runChild(
        _ items: [Int], serial: Bool, timeLimit: Double?, work: @escaping @Sendable (Int) -> [UInt8],
        finished: (Int, [UInt8]) -> Void
    ) -> Round? {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return nil }
        // Nothing buffered may be written twice, once by each process.
        fflush(nil)
        let pid = fork()
        if pid < 0 {
            close(fds[0])
            close(fds[1])
            return nil
        }
        if pid == 0 {
            close(fds[0])
            childMain(items, serial: serial, output: fds[1], work: work)
        }
        close(fds[1])
        var round = Round()
        var reader = RecordReader()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        // When each item in progress began (by this process's monotonic clock, in nanoseconds).
        var started: [Int: UInt64] = [:]
        // (At most 31 years: a larger limit is none, and must not overflow the nanoseconds.)
        let limit = timeLimit.map { UInt64(min(max(0, $0), 1e9) * 1e9) }
        // When the child last sent anything.
        var lastRead = monotonicNanoseconds()
        var killed = false
        while true {
            if let limit, !killed, let first = started.values.min() {
                // Wait for a record no longer than until the first item in progress is due, and the child
                // has sent nothing for a moment (up to a second): when this process was held up itself (its
                // output blocked by a paused reader), the records of items finished long ago are still on
                // their way through the pipe; only a silent child is stuck. Then the items overdue are given up.
                let due = max(first + limit, lastRead + min(limit, 1_000_000_000))
                let now = monotonicNanoseconds()
                let wait = due > now ? Int32(min((due - now + 999_999) / 1_000_000, 1 << 30)) : 0
                var poller = pollfd(fd: fds[0], events: Int16(POLLIN), revents: 0)
                let ready = poll(&poller, 1, wait)
                if ready < 0 && errno == EINTR { continue }
                if ready == 0 {
                    let now = monotonicNanoseconds()
                    round.timedOut = started.filter { now - $0.value >= limit }.map(\.key).sorted()
                    if !round.timedOut.isEmpty {
                        kill(pid, SIGKILL)
                        killed = true
                    }
                    // Read on to the end of the pipe: records the child sent before it was killed still count.
                    continue
                }
            }
            let n = chunk.withUnsafeMutableBytes { read(fds[0], $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            lastRead = monotonicNanoseconds()
            reader.append(chunk[0..<n])
            while let record = reader.next() {
                switch record.kind {
                case RecordKind.begin:
                    round.begun.insert(record.index)
                    started[record.index] = monotonicNanoseconds()
                case RecordKind.end:
                    started[record.index] = nil
                    finished(record.index, record.payload)
                default: break
                }
            }
        }
        close(fds[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WTERMSIG, spelled out (the C macros are not imported).
        let termination = status & 0x7F
        if termination != 0 {
            round.died = true
            round.signal = termination
        } else if (status >> 8) & 0xFF != 0 {
            round.died = true
            round.status = (status >> 8) & 0xFF
        }
        return round
    }

    /// The monotonic clock, in nanoseconds.
    static func monotonicNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// The child: does the items, sends `begin` and `end` records, and exits without running the
    /// parent's exit handlers.
    static func childMain(_ items: [Int], serial: Bool, output: Int32, work: @escaping @Sendable (Int) -> [UInt8])
        -> Never
    {
        let channel = Channel(fd: output)
        // The work runs on a new thread, not on this one: the Swift runtime's locks remember their owner's
        // thread id, and this thread's was cached in the parent before the fork, so a lock this thread
        // contends for with another never wakes (a first-use `static let` would hang both).
        LargeStack.run(size: 8 << 20) {
            if serial || items.count == 1 {
                for i in items {
                    channel.send(RecordKind.begin, i, [])
                    channel.send(RecordKind.end, i, work(i))
                }
            } else {
                DispatchQueue.concurrentPerform(iterations: items.count) { k in
                    channel.send(RecordKind.begin, items[k], [])
                    let result = work(items[k])
                    channel.send(RecordKind.end, items[k], result)
                }
            }
        }
        _exit(0)
    }

    /// Runs the work here, in parallel, with no protection (where fork is not available).
    static func inProcess(count: Int, work: @escaping @Sendable (Int) -> [UInt8]) -> [Outcome] {
        let results = Mutex([[UInt8]?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { i in
            let bytes = work(i)
            results.withLock { $0[i] = bytes }
        }
        return results.withLock { $0 }.map { .finished($0 ?? []) }
    }

    enum RecordKind {
        static let begin: UInt8 = 1
        static let end: UInt8 = 2
    }

    /// The child's end of the pipe; one record at a time, whole.
    final class Channel: Sendable {
        let fd: Int32
        let lock = Mutex(())

        init(fd: Int32) {
            self.fd = fd
        }

        /// Writes a record: kind, index and payload length (little-endian `UInt32`s), then the payload.
        func send(_ kind: UInt8, _ index: Int, _ payload: [UInt8]) {
            var record: [UInt8] = [kind]
            record.reserveCapacity(9 + payload.count)
            for value in [UInt32(index), UInt32(payload.count)] {
                for shift in stride(from: 0, to: 32, by: 8) { record.append(UInt8(truncatingIfNeeded: value >> shift)) }
            }
            record += payload
            lock.withLock { _ in
                record.withUnsafeBytes { buffer in
                    var done = 0
                    while done < buffer.count {
                        let n = write(fd, buffer.baseAddress! + done, buffer.count - done)
                        if n < 0 && errno == EINTR { continue }
                        if n <= 0 { _exit(3) }  // the parent is gone
                        done += n
                    }
                }
            }
        }
    }

    /// Splits the bytes read from the pipe into records.
    struct RecordReader {
        struct Record {
            var kind: UInt8
            var index: Int
            var payload: [UInt8]
        }

        private var buffer: [UInt8] = []
        private var position = 0

        mutating func append(_ bytes: ArraySlice<UInt8>) {
            // Drop the records already taken; only a partial one is kept.
            if position > 0 {
                buffer.removeFirst(position)
                position = 0
            }
            buffer += bytes
        }

        mutating func next() -> Record? {
            guard buffer.count - position >= 9 else { return nil }
            func uint32(_ at: Int) -> Int {
                (0..<4).reduce(0) { $0 | Int(buffer[at + $1]) << (8 * $1) }
            }
            let length = uint32(position + 5)
            guard buffer.count - position - 9 >= length else { return nil }
            let record = Record(
                kind: buffer[position], index: uint32(position + 1),
                payload: Array(buffer[(position + 9)..<(position + 9 + length)]))
            position += 9 + length
            return record
        }
    }
}

/// Test-only ways to make an item crash or hang, so the isolation and the watchdog can be tested:
/// `DOCLINT_TEST_CRASH_ON` and `DOCLINT_TEST_HANG_ON` name comma-separated path suffixes. Read in the
/// parent, acted on in the worker.
struct TestTriggers: Sendable {
    let crash: [Substring]
    let hang: [Substring]

    init() {
        crash = getenv("DOCLINT_TEST_CRASH_ON").map { String(cString: $0).split(separator: ",") } ?? []
        hang = getenv("DOCLINT_TEST_HANG_ON").map { String(cString: $0).split(separator: ",") } ?? []
    }

    /// Traps when a test asked to crash on `path`.
    func crashIfAsked(_ path: String) {
        if crash.contains(where: { path.hasSuffix($0) }) {
            fatalError("DOCLINT_TEST_CRASH_ON: crashing on '\(path)' as the test asked")
        }
    }

    /// Sleeps when a test asked to hang on `path`: long enough for any test's time limit, short enough
    /// that a broken watchdog fails the test rather than hanging the suite.
    func hangIfAsked(_ path: String) {
        if hang.contains(where: { path.hasSuffix($0) }) {
            for _ in 0..<30 { sleep(1) }
        }
    }
}
