/// Findings grouped by rule and word, for summaries: a long table whose every row has the same
/// translated type (`Строка`) is one line of a summary, while each finding keeps its own position.
public struct FindingGroups: Sendable {
    /// One rule and word, with how often it was found.
    public struct Group: Sendable, Hashable {
        /// The rule.
        public var rule: RuleID
        /// The word: the finding's `key`, or the first quoted name of its message.
        public var word: String
        /// How many findings.
        public var count: Int
        /// In how many files.
        public var files: Int
    }

    private var counts: [GroupKey: (count: Int, files: Int)] = [:]

    private struct GroupKey: Hashable {
        var rule: RuleID
        var word: String
    }

    /// No findings yet.
    public init() {}

    /// Adds one file's findings.
    public mutating func add(_ diagnostics: [Diagnostic]) {
        add(diagnostics.map { ($0.rule, FindingGroups.word(key: $0.key, message: $0.message)) })
    }

    /// Adds one file's findings, as reported.
    public mutating func add(_ findings: [Finding]) {
        add(findings.map { ($0.rule, FindingGroups.word(key: $0.key, message: $0.message)) })
    }

    private mutating func add(_ entries: [(RuleID, String)]) {
        var seen: Set<GroupKey> = []
        for (rule, word) in entries {
            let key = GroupKey(rule: rule, word: word)
            counts[key, default: (0, 0)].count += 1
            if seen.insert(key).inserted { counts[key, default: (0, 0)].files += 1 }
        }
    }

    /// Adds another run's groups (a worker's, when files are linted in parallel).
    public mutating func add(_ other: FindingGroups) {
        for (key, value) in other.counts {
            counts[key, default: (0, 0)].count += value.count
            counts[key, default: (0, 0)].files += value.files
        }
    }

    /// The groups with at least `minimum` findings, largest first (then by rule and word).
    public func groups(minimum: Int = 1) -> [Group] {
        counts.filter { $0.value.count >= minimum }
            .map { Group(rule: $0.key.rule, word: $0.key.word, count: $0.value.count, files: $0.value.files) }
            .sorted { ($1.count, $0.rule.code, $0.word) < ($0.count, $1.rule.code, $1.word) }
    }

    /// The word a finding is grouped by: its `key`, else the first quoted name of its message
    /// (`property 'x' is not declared…` → `x`), else the message.
    public static func word(of diagnostic: Diagnostic) -> String {
        word(key: diagnostic.key, message: diagnostic.message)
    }

    /// The word of a finding with `key` and `message`.
    static func word(key: String?, message: String) -> String {
        if let key { return key }
        guard let open = message.firstIndex(of: "'") else { return message }
        let rest = message[message.index(after: open)...]
        guard let close = rest.firstIndex(of: "'") else { return message }
        return String(rest[..<close])
    }
}
