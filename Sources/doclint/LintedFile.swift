import DocLint

/// What `lint` keeps of one file once it is linted: its rendered findings and what they count, or why
/// it could not be read. Encoded to bytes so a child process can hand it to the parent.
struct LintedFile {
    var text = ""
    var severities: [Severity] = []
    var rules: [String] = []
    var counters: [String: Int] = [:]
    /// Why the file could not be read, if it could not.
    var failure: String?

    init(_ report: FileReport, reporter: TextReporter) {
        text = reporter.render(report)
        severities = report.diagnostics.map(\.severity)
        rules = report.diagnostics.map(\.rule.code)
        counters = report.counters
    }

    init(failure: String) {
        self.failure = failure
    }

    /// The bytes: strings and counts, each string as a length and its UTF-8.
    func encoded() -> [UInt8] {
        var out: [UInt8] = []
        func int(_ n: Int) {
            for shift in stride(from: 0, to: 64, by: 8) { out.append(UInt8(truncatingIfNeeded: n >> shift)) }
        }
        func string(_ s: String) {
            int(s.utf8.count)
            out += s.utf8
        }
        if let failure {
            out.append(1)
            string(failure)
            return out
        }
        out.append(0)
        string(text)
        int(severities.count)
        for (severity, rule) in zip(severities, rules) {
            string(severity.rawValue)
            string(rule)
        }
        int(counters.count)
        for (key, value) in counters.sorted(by: { $0.key < $1.key }) {
            string(key)
            int(value)
        }
        return out
    }

    /// Decodes `encoded()`'s bytes (`nil` if they are not such bytes).
    init?(decoding bytes: [UInt8]) {
        var i = 0
        func int() -> Int? {
            guard i + 8 <= bytes.count else { return nil }
            var n = 0
            for k in 0..<8 { n |= Int(bytes[i + k]) << (8 * k) }
            i += 8
            return n
        }
        func string() -> String? {
            guard let n = int(), n >= 0, i + n <= bytes.count else { return nil }
            defer { i += n }
            return String(decoding: bytes[i..<(i + n)], as: UTF8.self)
        }
        guard i < bytes.count else { return nil }
        let tag = bytes[i]
        i += 1
        if tag == 1 {
            guard let failure = string() else { return nil }
            self.failure = failure
            return
        }
        guard let text = string(), let count = int() else { return nil }
        self.text = text
        for _ in 0..<max(0, count) {
            guard let severity = string().flatMap(Severity.init(rawValue:)), let rule = string() else { return nil }
            severities.append(severity)
            rules.append(rule)
        }
        guard let counterCount = int() else { return nil }
        for _ in 0..<max(0, counterCount) {
            guard let key = string(), let value = int() else { return nil }
            counters[key] = value
        }
    }
}
