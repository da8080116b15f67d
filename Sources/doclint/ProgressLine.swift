import DocLint
import Foundation
import Synchronization

/// "linted 1234/11003 files" on standard error, redrawn in place, for long runs on a terminal only:
/// it appears after a second (a short run prints nothing) and never when standard error is a pipe,
/// a file or a CI log (see `TerminalStyle.showsProgress`).
// The timer is only set up in `init` and cancelled in `finish`; Dispatch sources are thread-safe.
final class ProgressLine: @unchecked Sendable {
    private let total: Int
    private let done = Atomic<Int>(0)
    private let state = Mutex(State())
    private struct State {
        var shown = false
        var stopped = false
        var drawn = -1
    }
    private let timer: any DispatchSourceTimer

    /// A progress line for `total` files, or `nil` when it must not be shown.
    static func start(total: Int, environment: [String: String]) -> ProgressLine? {
        guard TerminalStyle.showsProgress(environment: environment, isTerminal: isatty(2) == 1) else { return nil }
        return ProgressLine(total: total)
    }

    private init(total: Int) {
        self.total = total
        timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
        timer.schedule(deadline: .now() + 1, repeating: 0.2)
        timer.setEventHandler { [weak self] in self?.draw() }
        timer.resume()
    }

    /// Counts one more file done.
    func advance() {
        done.add(1, ordering: .relaxed)
    }

    /// Runs `body` (which writes other output) with the line erased, so the two never mix.
    func withLineErased(_ body: () -> Void) {
        state.withLock { state in
            if state.shown { ProgressLine.write("\r\u{1B}[K") }
            state.shown = false
            body()
        }
    }

    /// Stops and erases the line.
    func finish() {
        timer.cancel()
        state.withLock { state in
            if state.shown { ProgressLine.write("\r\u{1B}[K") }
            state.shown = false
            state.stopped = true
        }
    }

    private func draw() {
        let count = done.load(ordering: .relaxed)
        state.withLock { state in
            guard !state.stopped, !state.shown || count != state.drawn else { return }
            state.drawn = count
            ProgressLine.write("\r\u{1B}[Klinted \(count)/\(total) files")
            state.shown = true
        }
    }

    private static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
