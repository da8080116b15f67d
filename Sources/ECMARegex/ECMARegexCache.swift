import Synchronization

/// A thread-safe cache of compiled regular expressions, keyed by pattern, errors included.
///
/// Schemas repeat the same `pattern` values across many documents; compile each once.
public final class ECMARegexCache: Sendable {
    private let entries = Mutex<[String: Result<ECMARegex, ECMARegexError>]>([:])

    /// A process-wide cache.
    public static let shared = ECMARegexCache()

    /// An empty cache.
    public init() {}

    /// The compiled `pattern`, compiling it on first use; throws the compile error (also cached).
    public func regex(for pattern: String) throws(ECMARegexError) -> ECMARegex {
        let cached = entries.withLock { $0[pattern] }
        let result: Result<ECMARegex, ECMARegexError>
        if let cached {
            result = cached
        } else {
            do {
                result = .success(try ECMARegex(pattern))
            } catch {
                result = .failure(error)
            }
            entries.withLock { $0[pattern] = result }
        }
        return try result.get()
    }

    /// The number of cached patterns.
    public var count: Int { entries.withLock { $0.count } }
}
