import SourceText

/// What linting one file gave: its findings, or why it could not be linted. It can be written to
/// bytes and read back, so a worker process can hand it to the process that reports.
public enum FileOutcome: Sendable, Equatable {
    /// The file was linted.
    case findings(FileFindings)
    /// It could not be (unreadable, or the worker linting it crashed): the message says why.
    case failure(String)

    /// The bytes of this outcome (see `init(decoding:)`).
    public func encoded() -> [UInt8] {
        var out = ByteWriter()
        switch self {
        case .failure(let message):
            out.byte(1)
            out.string(message)
        case .findings(let file):
            out.byte(0)
            out.string(file.path)
            out.int(file.baselined)
            out.int(file.counters.count)
            for (key, value) in file.counters.sorted(by: { $0.key < $1.key }) {
                out.string(key)
                out.int(value)
            }
            out.int(file.findings.count)
            for f in file.findings { out.finding(f) }
        }
        return out.bytes
    }

    /// Reads `encoded()`'s bytes; `nil` when they are not such bytes (truncated or corrupt).
    public init?(decoding bytes: [UInt8]) {
        var input = ByteReader(bytes)
        guard let tag = input.byte() else { return nil }
        switch tag {
        case 1:
            guard let message = input.string(), input.atEnd else { return nil }
            self = .failure(message)
        case 0:
            guard let path = input.string(), let baselined = input.int(), let counterCount = input.count() else {
                return nil
            }
            var counters: [String: Int] = [:]
            for _ in 0..<counterCount {
                guard let key = input.string(), let value = input.int() else { return nil }
                counters[key] = value
            }
            guard let findingCount = input.count() else { return nil }
            var findings: [Finding] = []
            for _ in 0..<findingCount {
                guard let finding = input.finding() else { return nil }
                findings.append(finding)
            }
            guard input.atEnd else { return nil }
            self = .findings(FileFindings(path: path, findings: findings, counters: counters, baselined: baselined))
        default:
            return nil
        }
    }
}

extension FileFindings: Equatable {
    public static func == (lhs: FileFindings, rhs: FileFindings) -> Bool {
        lhs.path == rhs.path && lhs.findings == rhs.findings && lhs.counters == rhs.counters
            && lhs.baselined == rhs.baselined
    }
}

/// Appends values as bytes: integers as 8 little-endian bytes, strings as a length and their UTF-8.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func byte(_ b: UInt8) { bytes.append(b) }

    mutating func int(_ n: Int) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: n >> shift)) }
    }

    mutating func bool(_ b: Bool) { bytes.append(b ? 1 : 0) }

    mutating func string(_ s: String) {
        int(s.utf8.count)
        bytes += s.utf8
    }

    mutating func span(_ s: SourceSpan) {
        int(s.start.line)
        int(s.start.column)
        int(s.end.line)
        int(s.end.column)
    }

    mutating func finding(_ f: Finding) {
        string(f.path)
        string(f.rule.code)
        string(f.rule.name)
        string(f.severity.rawValue)
        string(f.message)
        span(f.span)
        int(f.notes.count)
        for note in f.notes {
            string(note.message)
            bool(note.span != nil)
            if let s = note.span { span(s) }
            bool(note.file != nil)
            if let file = note.file { string(file) }
        }
        bool(f.fix != nil)
        if let fix = f.fix {
            string(fix.title)
            bool(fix.isSafe)
            int(fix.edits.count)
            for edit in fix.edits {
                span(edit.span)
                string(edit.replacement)
            }
        }
        bool(f.excerpt != nil)
        if let excerpt = f.excerpt {
            string(excerpt.line)
            string(excerpt.caret)
        }
        string(f.fingerprint)
        bool(f.key != nil)
        if let key = f.key { string(key) }
    }
}

/// Reads what `ByteWriter` wrote; every read is bounds-checked and returns `nil` past the end.
struct ByteReader {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var atEnd: Bool { position == bytes.count }

    mutating func byte() -> UInt8? {
        guard position < bytes.count else { return nil }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func int() -> Int? {
        guard bytes.count - position >= 8 else { return nil }
        var n = 0
        for k in 0..<8 { n |= Int(bytes[position + k]) << (8 * k) }
        position += 8
        return n
    }

    /// A count of items that follow: never negative, never more than the bytes left could hold.
    mutating func count() -> Int? {
        guard let n = int(), n >= 0, n <= bytes.count - position else { return nil }
        return n
    }

    mutating func bool() -> Bool? {
        switch byte() {
        case 0: false
        case 1: true
        default: nil
        }
    }

    mutating func string() -> String? {
        guard let n = count() else { return nil }
        defer { position += n }
        return String(decoding: bytes[position..<(position + n)], as: UTF8.self)
    }

    mutating func span() -> SourceSpan? {
        guard let a = int(), let b = int(), let c = int(), let d = int() else { return nil }
        return SourceSpan(start: SourcePosition(line: a, column: b), end: SourcePosition(line: c, column: d))
    }

    mutating func finding() -> Finding? {
        guard let path = string(), let code = string(), let name = string(),
            let severity = string().flatMap(Severity.init(rawValue:)), let message = string(), let span = span(),
            let noteCount = count()
        else { return nil }
        var notes: [FindingNote] = []
        for _ in 0..<noteCount {
            guard let text = string(), let hasSpan = bool() else { return nil }
            var noteSpan: SourceSpan?
            if hasSpan {
                guard let s = self.span() else { return nil }
                noteSpan = s
            }
            guard let hasFile = bool() else { return nil }
            var file: String?
            if hasFile {
                guard let f = string() else { return nil }
                file = f
            }
            notes.append(FindingNote(message: text, span: noteSpan, file: file))
        }
        guard let hasFix = bool() else { return nil }
        var fix: FindingFix?
        if hasFix {
            guard let title = string(), let isSafe = bool(), let editCount = count() else { return nil }
            var edits: [FindingEdit] = []
            for _ in 0..<editCount {
                guard let s = self.span(), let replacement = string() else { return nil }
                edits.append(FindingEdit(span: s, replacement: replacement))
            }
            fix = FindingFix(title: title, isSafe: isSafe, edits: edits)
        }
        guard let hasExcerpt = bool() else { return nil }
        var excerpt: SourceExcerpt?
        if hasExcerpt {
            guard let line = string(), let caret = string() else { return nil }
            excerpt = SourceExcerpt(line: line, caret: caret)
        }
        guard let fingerprint = string(), let hasKey = bool() else { return nil }
        var key: String?
        if hasKey {
            guard let k = string() else { return nil }
            key = k
        }
        return Finding(
            path: path, rule: RuleID(code, name), severity: severity, message: message, span: span, notes: notes,
            fix: fix, excerpt: excerpt, fingerprint: fingerprint, key: key)
    }
}
