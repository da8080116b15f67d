import SourceText

/// A JSON document as one flat array of entries in document order, for code that reads values many
/// times and keeps none of them (a validator): parsing allocates nothing per value, and a tape is
/// reused from one document to the next.
///
/// Every value is an `Entry`. An object's members are its key (a `.string` entry) followed by the
/// value; `Entry.end` is the index after a value's last descendant, so a subtree is skipped in one
/// step. A string or number is read where it was parsed, in `source` (the parsed buffer, shared, not
/// copied); a string with escapes is unescaped into `bytes`. The first entry is the top-level value. `value(at:)` turns an entry back into a `JSONValue`, ranges included.
///
/// ```swift
/// var tape = JSONTape()
/// if tape.parse(bytes, range: line) { schema.isValid(tape) } else { /* JSONParser says why */ }
/// ```
public struct JSONTape: Sendable {
    /// What an entry is.
    public enum Kind: UInt8, Sendable {
        /// `null`.
        case null
        /// `false`.
        case `false`
        /// `true`.
        case `true`
        /// A number held as `Int64` in `payload` (written as an integer of at most 18 digits).
        case int
        /// Any other number; its text is in `bytes`.
        case numberText
        /// A string or an object key; its unescaped UTF-8 is in `bytes`.
        case string
        /// An array; its elements follow it.
        case array
        /// An object; its keys and values follow it, alternating.
        case object
    }

    /// One value (or object key).
    public struct Entry: Sendable {
        /// What the value is.
        public var kind: Kind
        /// Arrays: the number of elements; objects: of members; strings and number texts: of UTF-8 bytes.
        public var count: Int
        /// The index of the entry after the value's last descendant.
        public var end: Int
        /// `.int`: the value; `.string` and `.numberText`: the offset of the bytes in `source` or `bytes`.
        public var payload: Int
        /// Whether a string's or number's bytes are in `source` (else in `bytes`).
        public var inSource: Bool
        /// Where the value (or key, quotes included) starts in the parsed buffer.
        public var sourceStart: Int
        /// Where it ends.
        public var sourceEnd: Int

        /// Where the value was read.
        public var range: SourceRange { SourceRange(start: sourceStart, end: sourceEnd) }
    }

    /// The entries in document order.
    public private(set) var entries: [Entry] = []
    /// The buffer that was parsed (empty for a tape made from a `JSONValue`).
    public private(set) var source: [UInt8] = []
    /// The UTF-8 of the strings that are not in `source` as they are (unescaped, or from a `JSONValue`).
    public private(set) var bytes: [UInt8] = []
    /// Open containers while parsing (kept to reuse its storage).
    private var open: [Int] = []

    /// An empty tape.
    public init() {}

    /// The tape of `value` (ranges as in the value).
    public init(_ value: JSONValue) {
        append(value)
    }

    /// The UTF-8 of the string, key or number text at `index`, from `source` or `bytes` (as
    /// `Entry.inSource` says) given as buffers.
    @inlinable @inline(__always)
    public static func utf8(
        _ entry: Entry, source: UnsafeBufferPointer<UInt8>, bytes: UnsafeBufferPointer<UInt8>
    ) -> UnsafeBufferPointer<UInt8> {
        guard entry.count > 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(
            start: (entry.inSource ? source : bytes).baseAddress! + entry.payload, count: entry.count)
    }

    // MARK: - Reading

    /// The number at `index` (an `.int` or `.numberText` entry).
    public func number(at index: Int) -> JSONNumber {
        let entry = entries[index]
        if entry.kind == .int { return JSONNumber(Int64(entry.payload)) }
        return JSONNumber(unchecked: string(at: index))
    }

    /// The string (or key, or number text) at `index`.
    public func string(at index: Int) -> String {
        let entry = entries[index]
        return (entry.inSource ? source : bytes).withUnsafeBufferPointer { b in
            String(
                decoding: UnsafeBufferPointer(rebasing: b[entry.payload..<entry.payload + entry.count]), as: UTF8.self)
        }
    }

    /// The value at `index` as a `JSONValue`.
    public func value(at index: Int) -> JSONValue {
        let entry = entries[index]
        let kind: JSONValue.Kind
        switch entry.kind {
        case .null: kind = .null
        case .false: kind = .bool(false)
        case .true: kind = .bool(true)
        case .int, .numberText: kind = .number(number(at: index))
        case .string: kind = .string(string(at: index))
        case .array:
            var elements: [JSONValue] = []
            elements.reserveCapacity(entry.count)
            var i = index + 1
            for _ in 0..<entry.count {
                elements.append(value(at: i))
                i = entries[i].end
            }
            kind = .array(elements)
        case .object:
            var members: [JSONObject.Member] = []
            members.reserveCapacity(entry.count)
            var i = index + 1
            for _ in 0..<entry.count {
                members.append(
                    JSONObject.Member(key: string(at: i), keyRange: entries[i].range, value: value(at: i + 1)))
                i = entries[i + 1].end
            }
            kind = .object(JSONObject(members))
        }
        return JSONValue(kind, range: entry.range)
    }

    // MARK: - Building from a value

    private mutating func append(_ value: JSONValue) {
        let index = entries.count
        let range = value.range
        func entry(_ kind: Kind, count: Int = 0, payload: Int = 0) -> Entry {
            Entry(
                kind: kind, count: count, end: index + 1, payload: payload, inSource: false, sourceStart: range.start,
                sourceEnd: range.end)
        }
        switch value.kind {
        case .null: entries.append(entry(.null))
        case .bool(let b): entries.append(entry(b ? .true : .false))
        case .number(let n):
            switch n.storage {
            case .int(let i): entries.append(entry(.int, payload: Int(i)))
            case .text(let t):
                entries.append(entry(.numberText, count: t.utf8.count, payload: bytes.count))
                bytes.append(contentsOf: t.utf8)
            }
        case .string(let s):
            entries.append(entry(.string, count: s.utf8.count, payload: bytes.count))
            bytes.append(contentsOf: s.utf8)
        case .array(let elements):
            entries.append(entry(.array, count: elements.count))
            for element in elements { append(element) }
            entries[index].end = entries.count
        case .object(let object):
            entries.append(entry(.object, count: object.count))
            for member in object.members {
                entries.append(
                    Entry(
                        kind: .string, count: member.key.utf8.count, end: entries.count + 1, payload: bytes.count,
                        inSource: false, sourceStart: member.keyRange.start, sourceEnd: member.keyRange.end))
                bytes.append(contentsOf: member.key.utf8)
                append(member.value)
            }
            entries[index].end = entries.count
        }
    }

    // MARK: - Parsing

    /// Parses the UTF-8 text `bytes[range]` (all of it by default) as strict RFC 8259 JSON, the
    /// grammar `JSONParser` reads with `.strict` options, replacing what the tape held. Returns
    /// `false` when the text is not JSON or nests deeper than `maxDepth`; `JSONParser.parse` then
    /// says why (the tape keeps no messages, so the fast path carries no error-reporting code).
    public mutating func parse(_ bytes: [UInt8], range: Range<Int>? = nil, maxDepth: Int = 512) -> Bool {
        let range = range ?? 0..<bytes.count
        source = bytes
        return bytes.withUnsafeBufferPointer { parse($0, start: range.lowerBound, end: range.upperBound, maxDepth) }
    }

    private mutating func parse(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int, _ maxDepth: Int) -> Bool {
        entries.removeAll(keepingCapacity: true)
        self.bytes.removeAll(keepingCapacity: true)
        open.removeAll(keepingCapacity: true)
        var p = start
        if end - p >= 3 && buffer[p] == 0xEF && buffer[p + 1] == 0xBB && buffer[p + 2] == 0xBF { p += 3 }
        while true {
            // The start of a value; a container opens and continues with its first child.
            skipSpace(buffer, &p, end)
            guard p < end else { return false }
            switch buffer[p] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard open.count < maxDepth else { return false }
                let isObject = buffer[p] == UInt8(ascii: "{")
                entries.append(
                    Entry(
                        kind: isObject ? .object : .array, count: 0, end: 0, payload: 0, inSource: false,
                        sourceStart: p,
                        sourceEnd: 0))
                p += 1
                skipSpace(buffer, &p, end)
                if p < end && buffer[p] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    p += 1
                    entries[entries.count - 1].end = entries.count
                    entries[entries.count - 1].sourceEnd = p
                } else {
                    open.append(entries.count - 1)
                    if isObject { guard key(buffer, &p, end) else { return false } }
                    continue
                }
            case UInt8(ascii: "\""):
                guard string(buffer, &p, end) else { return false }
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard number(buffer, &p, end) else { return false }
            case UInt8(ascii: "t"):
                guard literal(buffer, &p, end, "true", .true) else { return false }
            case UInt8(ascii: "f"):
                guard literal(buffer, &p, end, "false", .false) else { return false }
            case UInt8(ascii: "n"):
                guard literal(buffer, &p, end, "null", .null) else { return false }
            default:
                return false
            }
            // A value is complete: count it in its container, closing those that end here.
            while true {
                guard let container = open.last else {
                    skipSpace(buffer, &p, end)
                    return p == end
                }
                entries[container].count += 1
                skipSpace(buffer, &p, end)
                guard p < end else { return false }
                let isObject = entries[container].kind == .object
                if buffer[p] == UInt8(ascii: ",") {
                    p += 1
                    if isObject {
                        skipSpace(buffer, &p, end)
                        guard key(buffer, &p, end) else { return false }
                    }
                    break
                }
                guard buffer[p] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) else { return false }
                p += 1
                entries[container].end = entries.count
                entries[container].sourceEnd = p
                open.removeLast()
            }
        }
    }

    @inline(__always)
    private func skipSpace(_ buffer: UnsafeBufferPointer<UInt8>, _ p: inout Int, _ end: Int) {
        while p < end {
            let b = buffer[p]
            guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
            p += 1
        }
    }

    /// Reads `"key" :` at `p`.
    private mutating func key(_ buffer: UnsafeBufferPointer<UInt8>, _ p: inout Int, _ end: Int) -> Bool {
        guard p < end && buffer[p] == UInt8(ascii: "\""), string(buffer, &p, end) else { return false }
        skipSpace(buffer, &p, end)
        guard p < end && buffer[p] == UInt8(ascii: ":") else { return false }
        p += 1
        return true
    }

    private mutating func literal(
        _ buffer: UnsafeBufferPointer<UInt8>, _ p: inout Int, _ end: Int, _ text: StaticString, _ kind: Kind
    ) -> Bool {
        let n = text.utf8CodeUnitCount
        guard end - p >= n else { return false }
        for k in 0..<n where buffer[p + k] != text.utf8Start[k] { return false }
        entries.append(
            Entry(
                kind: kind, count: 0, end: entries.count + 1, payload: 0, inSource: false, sourceStart: p,
                sourceEnd: p + n))
        p += n
        return true
    }

    /// Reads a number at `p`; integers of at most 18 digits are kept as `Int64`, as `JSONParser` keeps them.
    private mutating func number(_ buffer: UnsafeBufferPointer<UInt8>, _ p: inout Int, _ end: Int) -> Bool {
        let s = p
        switch scanNumber(buffer, &p, end) {
        case .failure: return false
        case .success(let value?):
            entries.append(
                Entry(
                    kind: .int, count: 0, end: entries.count + 1, payload: Int(value), inSource: false, sourceStart: s,
                    sourceEnd: p))
        case .success(nil):
            entries.append(
                Entry(
                    kind: .numberText, count: p - s, end: entries.count + 1, payload: s, inSource: true, sourceStart: s,
                    sourceEnd: p))
        }
        return true
    }

    /// Reads a string at `p` (at its opening quote); one with escapes is unescaped into `bytes`.
    private mutating func string(_ buffer: UnsafeBufferPointer<UInt8>, _ p: inout Int, _ end: Int) -> Bool {
        let open = p
        var i = p + 1
        guard plainRun(buffer, &i, end) else { return false }
        if buffer[i] == UInt8(ascii: "\"") {
            i += 1
            entries.append(
                Entry(
                    kind: .string, count: i - open - 2, end: entries.count + 1, payload: open + 1, inSource: true,
                    sourceStart: open, sourceEnd: i))
            p = i
            return true
        }
        // Escapes: the text is unescaped into `bytes`.
        let offset = bytes.count
        var copied = open + 1
        while true {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[copied..<i]))
            if buffer[i] == UInt8(ascii: "\"") {
                i += 1
                break
            }
            guard unescape(buffer, &i, end) else { return false }
            copied = i
            guard plainRun(buffer, &i, end) else { return false }
        }
        entries.append(
            Entry(
                kind: .string, count: bytes.count - offset, end: entries.count + 1, payload: offset, inSource: false,
                sourceStart: open, sourceEnd: i))
        p = i
        return true
    }

    /// Skips a run of plain string characters (valid UTF-8 but quotes, backslashes and controls), leaving
    /// `i` at a quote or backslash; `false` at a control character, invalid UTF-8 or the end.
    @inline(__always)
    private func plainRun(_ buffer: UnsafeBufferPointer<UInt8>, _ p: inout Int, _ end: Int) -> Bool {
        var i = p
        defer { p = i }
        while i < end {
            let b = buffer[i]
            if b >= 0x80 {
                let n = utf8SequenceLength(buffer, i, end)
                guard n > 0 else { return false }
                i += n
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                return true
            } else if b < 0x20 {
                return false
            } else {
                i += 1
            }
        }
        return false
    }

    /// Reads the escape sequence at `p` (at its backslash) into `bytes`, as `JSONParser` does: a
    /// surrogate that is not half of an escaped pair becomes U+FFFD.
    private mutating func unescape(_ buffer: UnsafeBufferPointer<UInt8>, _ p: inout Int, _ end: Int) -> Bool {
        p += 1
        guard p < end else { return false }
        let c = buffer[p]
        p += 1
        if let unescaped = singleCharacterEscape(c) {
            bytes.append(unescaped)
            return true
        }
        switch c {
        case UInt8(ascii: "u"):
            guard var scalar = hex4(buffer, p, end) else { return false }
            p += 4
            if scalar >= 0xD800 && scalar <= 0xDBFF {
                if end - p >= 6 && buffer[p] == UInt8(ascii: "\\") && buffer[p + 1] == UInt8(ascii: "u") {
                    guard let low = hex4(buffer, p + 2, end) else { return false }
                    if low >= 0xDC00 && low <= 0xDFFF {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        p += 6
                    } else {
                        scalar = 0xFFFD
                    }
                } else {
                    scalar = 0xFFFD
                }
            } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
                scalar = 0xFFFD
            }
            appendUTF8(scalar, to: &bytes)
        default:
            return false
        }
        return true
    }

    private func hex4(_ buffer: UnsafeBufferPointer<UInt8>, _ p: Int, _ end: Int) -> UInt32? {
        guard end - p >= 4 else { return nil }
        var v: UInt32 = 0
        for k in 0..<4 {
            guard let d = hexDigitValue(buffer[p + k]) else { return nil }
            v = v << 4 | d
        }
        return v
    }
}
