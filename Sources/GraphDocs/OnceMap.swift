import Foundation
import Synchronization

/// A cache shared by worker threads that computes each key's value exactly once.
///
/// Check-compute-store lets two threads that miss at the same time both compute (and a doc-set index
/// built twice reads thousands of files twice). Here the first thread to ask for a key computes it
/// while later askers of the same key wait for that result; askers of other keys are not blocked.
/// A thread that asks again for a key it is itself computing (a cycle: a base type of its own base
/// type) gets `cycle` instead of waiting for itself forever.
public final class OnceMap<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let cells = Mutex<[Key: Cell]>([:])

    /// An empty map.
    public init() {}

    /// The value of `key`, computed by `compute` the first time any thread asks.
    public func value(_ key: Key, cycle: @autoclosure () -> Value, compute: () -> Value) -> Value {
        let cell = cells.withLock { cells in
            if let existing = cells[key] { return existing }
            let made = Cell()
            cells[key] = made
            return made
        }
        return cell.value(cycle: cycle, compute: compute)
    }

    /// The value of `key` if it has been computed (never computes, never waits).
    public func cached(_ key: Key) -> Value? {
        guard let cell = cells.withLock({ $0[key] }) else { return nil }
        return cell.finished
    }

    /// Stores `value` for `key` unless a value is already there or being computed; returns the value the map holds.
    @discardableResult
    public func offer(_ key: Key, _ value: Value) -> Value {
        self.value(key, cycle: value) { value }
    }

    /// How many keys have a cell (computed or being computed).
    public var count: Int { cells.withLock { $0.count } }

    /// One key's state, guarded by its own condition.
    private final class Cell: @unchecked Sendable {
        // Guarded by `condition`.
        private var state: State = .empty
        private let condition = NSCondition()

        private enum State {
            case empty
            case computing(pthread_t)
            case done(Value)
        }

        var finished: Value? {
            condition.lock()
            defer { condition.unlock() }
            if case .done(let value) = state { return value }
            return nil
        }

        func value(cycle: () -> Value, compute: () -> Value) -> Value {
            condition.lock()
            while true {
                switch state {
                case .done(let value):
                    condition.unlock()
                    return value
                case .computing(let owner) where pthread_equal(owner, pthread_self()) != 0:
                    condition.unlock()
                    return cycle()
                case .computing:
                    condition.wait()
                case .empty:
                    state = .computing(pthread_self())
                    condition.unlock()
                    let value = compute()
                    condition.lock()
                    state = .done(value)
                    condition.broadcast()
                    condition.unlock()
                    return value
                }
            }
        }
    }
}
