import SourceText

/// How strictly JSON text is read.
public struct JSONParseOptions: Sendable {
    /// Which grammar to accept.
    public enum Mode: Sendable {
        /// RFC 8259 exactly.
        case strict
        /// RFC 8259 plus what hand-written annotation comments contain: trailing commas, `//` and
        /// `/* */` comments, unquoted keys, `&quot;` in place of `"`, and a line break inside a string
        /// (a suppression message wrapped over two lines; accepted only when the text does not parse
        /// without it, so an unterminated string is still reported as one). Each is recorded as a
        /// `JSONLeniency` so a linter can report it. Valid RFC 8259 text is read as RFC 8259 says: a
        /// literal `&quot;` inside a string stays text, and nothing is recorded.
        case lenient
    }

    /// The grammar.
    public var mode: Mode
    /// The deepest nesting of arrays and objects accepted; deeper input is an error.
    public var maxDepth: Int

    /// Options with `mode` (strict by default) and `maxDepth` (512 by default).
    public init(mode: Mode = .strict, maxDepth: Int = 512) {
        self.mode = mode
        self.maxDepth = maxDepth
    }

    /// RFC 8259.
    public static let strict = JSONParseOptions()
    /// The annotation-comment grammar.
    public static let lenient = JSONParseOptions(mode: .lenient)
}

/// A departure from RFC 8259 that lenient mode accepted.
public struct JSONLeniency: Sendable, Hashable {
    /// The kind of departure.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A `,` before `]` or `}`.
        case trailingComma = "trailing comma"
        /// A `// …` comment.
        case lineComment = "line comment"
        /// A `/* … */` comment.
        case blockComment = "block comment"
        /// An object key without quotes.
        case unquotedKey = "unquoted key"
        /// `&quot;` used as a quote.
        case htmlEntityQuote = "'&quot;' used as a quote"
        /// A line feed (or CR LF) written inside a string instead of `\n`.
        case lineBreakInString = "line break inside a string"
    }

    /// What was accepted.
    public var kind: Kind
    /// Where it is.
    public var range: SourceRange
}

/// An object key that appears more than once in the same object.
public struct JSONDuplicateKey: Sendable, Hashable {
    /// The key.
    public var key: String
    /// The repeated occurrence.
    public var range: SourceRange
    /// The first occurrence.
    public var firstRange: SourceRange
}

/// A parsed JSON text: its value and what the parser noticed on the way.
public struct JSONDocument: Sendable {
    /// The top-level value.
    public var value: JSONValue
    /// Keys repeated inside one object (all occurrences are kept in the value).
    public var duplicateKeys: [JSONDuplicateKey]
    /// Departures from RFC 8259 accepted in lenient mode.
    public var leniencies: [JSONLeniency]
}

/// Why JSON text could not be parsed.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, without the position ("expected ',' or '}' after object member").
    public var message: String
    /// The UTF-8 offset of the problem in the buffer that was parsed.
    public var offset: Int
    /// The 1-based line and scalar column of `offset` in that buffer.
    public var position: SourcePosition
    /// Whether the text broke a limit of the parser (nesting deeper than `maxDepth`) rather than the
    /// JSON grammar: it may well be valid JSON that doclint declines to read.
    public var exceedsLimit = false

    /// The message with its position: "expected ',' or '}' after object member at 12:5".
    public var description: String { "\(message) at \(position.line):\(position.column)" }

    /// The message of a string broken by a line feed or carriage return.
    static let lineBreakInStringMessage = "unterminated string (line break inside a string)"

    /// Whether the text failed at a line break inside a string.
    var isLineBreakInString: Bool { message == Self.lineBreakInStringMessage }
}

/// Reads JSON from UTF-8 bytes, with the source range of every value and key.
public enum JSONParser {
    /// Parses the UTF-8 text `bytes[range]` (all of `bytes` by default). Ranges in the result are
    /// offsets into `bytes`, so a JSON block inside a larger file keeps file offsets.
    public static func parse(
        _ bytes: [UInt8], range: Range<Int>? = nil, options: JSONParseOptions = .strict
    ) throws(JSONParseError) -> JSONDocument {
        let range = range ?? 0..<bytes.count
        let result: Result<JSONDocument, JSONParseError> = bytes.withUnsafeBufferPointer { buffer in
            // Strict JSON first, so the lenient grammar's ambiguity (`&quot;` may close a string that a
            // real quote opened) never changes what valid JSON means.
            if options.mode == .lenient {
                var strict = options
                strict.mode = .strict
                var reader = Reader(buffer: buffer, start: range.lowerBound, end: range.upperBound, options: strict)
                if let document = try? reader.parseDocument() { return .success(document) }
            }
            var reader = Reader(buffer: buffer, start: range.lowerBound, end: range.upperBound, options: options)
            do throws(JSONParseError) {
                return .success(try reader.parseDocument())
            } catch {
                // A line break inside a string: read it as part of the string only if the whole text
                // then parses; otherwise the first error stands (a string missing its closing quote).
                guard options.mode == .lenient, error.isLineBreakInString else { return .failure(error) }
                var wrapped = Reader(
                    buffer: buffer, start: range.lowerBound, end: range.upperBound, options: options,
                    lineBreaksInStrings: true)
                if let document = try? wrapped.parseDocument() { return .success(document) }
                return .failure(error)
            }
        }
        switch result {
        case .success(let document): return document
        case .failure(var error):
            error.position = JSONParser.position(of: error.offset, in: bytes)
            throw error
        }
    }

    /// The line and scalar column of `offset`, by one scan up to it (no index of the whole buffer:
    /// an error in a large JSON Lines block costs no more than the bytes before it).
    static func position(of offset: Int, in bytes: [UInt8]) -> SourcePosition {
        let end = Swift.min(Swift.max(0, offset), bytes.count)
        var line = 1
        var column = 1
        for i in 0..<end {
            let b = bytes[i]
            if b == 0x0A {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }

    /// Parses the UTF-8 of `text`.
    public static func parse(_ text: String, options: JSONParseOptions = .strict) throws(JSONParseError)
        -> JSONDocument
    {
        try parse(Array(text.utf8), options: options)
    }

    /// Parses `text` and returns only its value.
    public static func value(_ text: String, options: JSONParseOptions = .strict) throws(JSONParseError)
        -> JSONValue
    {
        try parse(text, options: options).value
    }
}

private let quote = UInt8(ascii: "\"")
private let backslash = UInt8(ascii: "\\")
private let slash = UInt8(ascii: "/")

/// The byte-level reader. Containers are kept on an explicit stack, so nesting depth is limited
/// by `maxDepth`, never by the thread's stack.
private struct Reader {
    let buffer: UnsafeBufferPointer<UInt8>
    let start: Int
    let end: Int
    let lenient: Bool
    /// Whether a line break may stand inside a string (lenient mode's second attempt).
    let lineBreaksInStrings: Bool
    let maxDepth: Int
    var pos: Int
    var duplicates: [JSONDuplicateKey] = []
    var leniencies: [JSONLeniency] = []
    var scratch: [UInt8] = []

    /// An open container. Its children are kept in `elementStack` / `memberStack` (the top entry
    /// belongs to the innermost open container of that kind), so appending never copies an array.
    enum Frame {
        case array(start: Int)
        case object(start: Int, key: String, keyRange: SourceRange)
    }

    init(
        buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int, options: JSONParseOptions,
        lineBreaksInStrings: Bool = false
    ) {
        self.buffer = buffer
        self.start = start
        self.end = end
        self.pos = start
        self.lenient = options.mode == .lenient
        self.lineBreaksInStrings = lineBreaksInStrings && options.mode == .lenient
        self.maxDepth = options.maxDepth
    }

    func fail(_ message: String, at offset: Int? = nil) -> JSONParseError {
        JSONParseError(message: message, offset: offset ?? pos, position: SourcePosition(line: 0, column: 0))
    }

    func tooDeep() -> JSONParseError {
        var error = fail("nesting is deeper than the limit of \(maxDepth)")
        error.exceedsLimit = true
        return error
    }

    mutating func parseDocument() throws(JSONParseError) -> JSONDocument {
        // A UTF-8 byte order mark may precede the text (RFC 8259 §8.1 lets a parser ignore it).
        if end - pos >= 3 && buffer[pos] == 0xEF && buffer[pos + 1] == 0xBB && buffer[pos + 2] == 0xBF { pos += 3 }
        try skipSpace()
        guard pos < end else { throw fail("expected a JSON value, found end of input") }
        let value = try parseValue()
        try skipSpace()
        if pos < end { throw fail("unexpected \(describeByte(at: pos)) after the JSON value") }
        return JSONDocument(value: value, duplicateKeys: duplicates, leniencies: leniencies)
    }

    mutating func parseValue() throws(JSONParseError) -> JSONValue {
        var stack: [Frame] = []
        var elementStack: [[JSONValue]] = []
        var memberStack: [[JSONObject.Member]] = []
        while true {
            // Read the start of a value; containers push a frame and continue with their first child.
            try skipSpace()
            guard pos < end else {
                throw fail(
                    stack.isEmpty
                        ? "expected a JSON value, found end of input"
                        : "unexpected end of input inside \(containerName(stack))")
            }
            let valueStart = pos
            var value: JSONValue
            switch buffer[pos] {
            case UInt8(ascii: "{"):
                if stack.count >= maxDepth { throw tooDeep() }
                pos += 1
                try skipSpace()
                if pos < end && buffer[pos] == UInt8(ascii: "}") {
                    pos += 1
                    value = JSONValue(.object(JSONObject()), range: SourceRange(start: valueStart, end: pos))
                } else {
                    let (key, keyRange) = try parseKey()
                    var members: [JSONObject.Member] = []
                    members.reserveCapacity(8)
                    memberStack.append(members)
                    stack.append(.object(start: valueStart, key: key, keyRange: keyRange))
                    continue
                }
            case UInt8(ascii: "["):
                if stack.count >= maxDepth { throw tooDeep() }
                pos += 1
                try skipSpace()
                if pos < end && buffer[pos] == UInt8(ascii: "]") {
                    pos += 1
                    value = JSONValue(.array([]), range: SourceRange(start: valueStart, end: pos))
                } else {
                    var elements: [JSONValue] = []
                    elements.reserveCapacity(4)
                    elementStack.append(elements)
                    stack.append(.array(start: valueStart))
                    continue
                }
            case quote:
                value = JSONValue(.string(try parseString()), range: SourceRange(start: valueStart, end: pos))
            case UInt8(ascii: "&") where lenient && isEntityQuote(at: pos):
                value = JSONValue(.string(try parseString()), range: SourceRange(start: valueStart, end: pos))
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = JSONValue(.number(try parseNumber()), range: SourceRange(start: valueStart, end: pos))
            case UInt8(ascii: "t"):
                try expectLiteral("true")
                value = JSONValue(.bool(true), range: SourceRange(start: valueStart, end: pos))
            case UInt8(ascii: "f"):
                try expectLiteral("false")
                value = JSONValue(.bool(false), range: SourceRange(start: valueStart, end: pos))
            case UInt8(ascii: "n"):
                try expectLiteral("null")
                value = JSONValue(.null, range: SourceRange(start: valueStart, end: pos))
            default:
                throw fail("expected a JSON value, found \(describeByte(at: pos))")
            }

            // A value is complete: hand it to the enclosing containers, closing those that end here.
            while true {
                guard let frame = stack.popLast() else { return value }
                switch frame {
                case .array(let arrayStart):
                    elementStack[elementStack.count - 1].append(value)
                    try skipSpace()
                    guard pos < end else { throw fail("unexpected end of input inside array; expected ',' or ']'") }
                    if buffer[pos] == UInt8(ascii: ",") {
                        let commaAt = pos
                        pos += 1
                        try skipSpace()
                        if pos < end && buffer[pos] == UInt8(ascii: "]") {
                            guard lenient else { throw fail("trailing comma before ']'", at: commaAt) }
                            leniencies.append(
                                JSONLeniency(kind: .trailingComma, range: SourceRange(start: commaAt, end: commaAt + 1))
                            )
                            pos += 1
                            value = JSONValue(
                                .array(elementStack.removeLast()), range: SourceRange(start: arrayStart, end: pos))
                            continue
                        }
                        stack.append(.array(start: arrayStart))
                        break
                    } else if buffer[pos] == UInt8(ascii: "]") {
                        pos += 1
                        value = JSONValue(
                            .array(elementStack.removeLast()), range: SourceRange(start: arrayStart, end: pos))
                        continue
                    }
                    throw fail("expected ',' or ']' after array element, found \(describeByte(at: pos))")
                case .object(let objectStart, let key, let keyRange):
                    memberStack[memberStack.count - 1].append(
                        JSONObject.Member(key: key, keyRange: keyRange, value: value))
                    try skipSpace()
                    guard pos < end else { throw fail("unexpected end of input inside object; expected ',' or '}'") }
                    if buffer[pos] == UInt8(ascii: ",") {
                        let commaAt = pos
                        pos += 1
                        try skipSpace()
                        if pos < end && buffer[pos] == UInt8(ascii: "}") {
                            guard lenient else { throw fail("trailing comma before '}'", at: commaAt) }
                            leniencies.append(
                                JSONLeniency(kind: .trailingComma, range: SourceRange(start: commaAt, end: commaAt + 1))
                            )
                            pos += 1
                            value = closeObject(memberStack.removeLast(), start: objectStart)
                            continue
                        }
                        let (nextKey, nextKeyRange) = try parseKey()
                        stack.append(.object(start: objectStart, key: nextKey, keyRange: nextKeyRange))
                        break
                    } else if buffer[pos] == UInt8(ascii: "}") {
                        pos += 1
                        value = closeObject(memberStack.removeLast(), start: objectStart)
                        continue
                    }
                    throw fail("expected ',' or '}' after object member, found \(describeByte(at: pos))")
                }
                break
            }
        }
    }

    func containerName(_ stack: [Frame]) -> String {
        if case .object = stack.last { return "object" }
        return "array"
    }

    mutating func closeObject(_ members: [JSONObject.Member], start: Int) -> JSONValue {
        if members.count > 1 { recordDuplicates(members) }
        return JSONValue(.object(JSONObject(members)), range: SourceRange(start: start, end: pos))
    }

    mutating func recordDuplicates(_ members: [JSONObject.Member]) {
        if members.count <= 32 {
            // Through a buffer pointer: reading `.key` then copies the key, not the whole member.
            members.withUnsafeBufferPointer { m in
                for i in 1..<m.count {
                    for j in 0..<i where sameKey(m[j].key, m[i].key) {
                        duplicates.append(
                            JSONDuplicateKey(key: m[i].key, range: m[i].keyRange, firstRange: m[j].keyRange))
                        break
                    }
                }
            }
            return
        }
        var first: [CodePointKey: SourceRange] = [:]
        for m in members {
            if let earlier = first[CodePointKey(m.key)] {
                duplicates.append(JSONDuplicateKey(key: m.key, range: m.keyRange, firstRange: earlier))
            } else {
                first[CodePointKey(m.key)] = m.keyRange
            }
        }
    }

    /// Code-point equality of two keys (JSON's notion of a repeated key), length first.
    @inline(__always) func sameKey(_ a: String, _ b: String) -> Bool {
        sameCodePoints(a, b)
    }

    /// Reads `"key" :` (or, leniently, `key :`), leaving `pos` at the value.
    mutating func parseKey() throws(JSONParseError) -> (String, SourceRange) {
        guard pos < end else { throw fail("unexpected end of input; expected an object key") }
        let keyStart = pos
        let key: String
        if buffer[pos] == quote || (lenient && buffer[pos] == UInt8(ascii: "&") && isEntityQuote(at: pos)) {
            key = try parseString()
        } else if lenient && isIdentifierByte(buffer[pos]) {
            while pos < end && isIdentifierByte(buffer[pos]) { pos += 1 }
            key = String(decoding: UnsafeBufferPointer(rebasing: buffer[keyStart..<pos]), as: UTF8.self)
            leniencies.append(JSONLeniency(kind: .unquotedKey, range: SourceRange(start: keyStart, end: pos)))
        } else {
            throw fail("expected a string key in object, found \(describeByte(at: pos))")
        }
        let keyRange = SourceRange(start: keyStart, end: pos)
        try skipSpace()
        guard pos < end && buffer[pos] == UInt8(ascii: ":") else {
            throw fail("expected ':' after object key, found \(describeByte(at: pos))")
        }
        pos += 1
        return (key, keyRange)
    }

    func isIdentifierByte(_ b: UInt8) -> Bool {
        (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") || isDigit(b)
            || b == UInt8(ascii: "_") || b == UInt8(ascii: "$") || b == UInt8(ascii: "@") || b == UInt8(ascii: ".")
            || b == UInt8(ascii: "#") || b == UInt8(ascii: "-")
    }

    func isEntityQuote(at i: Int) -> Bool {
        guard end - i >= 6 else { return false }
        return buffer[i] == UInt8(ascii: "&") && buffer[i + 1] == UInt8(ascii: "q")
            && buffer[i + 2] == UInt8(ascii: "u")
            && buffer[i + 3] == UInt8(ascii: "o") && buffer[i + 4] == UInt8(ascii: "t")
            && buffer[i + 5] == UInt8(ascii: ";")
    }

    mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
        let n = literal.utf8CodeUnitCount
        let bytes = literal.utf8Start
        guard end - pos >= n else { throw fail("invalid literal; expected '\(literal)'") }
        for k in 0..<n where buffer[pos + k] != bytes[k] {
            throw fail("invalid literal; expected '\(literal)'", at: pos)
        }
        pos += n
        if pos < end && isIdentifierByte(buffer[pos]) { throw fail("invalid literal; expected '\(literal)'", at: pos) }
    }

    /// Skips white space and, leniently, comments.
    mutating func skipSpace() throws(JSONParseError) {
        while pos < end {
            let b = buffer[pos]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 {
                pos += 1
            } else if lenient && b == slash && pos + 1 < end && buffer[pos + 1] == slash {
                let s = pos
                while pos < end && buffer[pos] != 0x0A { pos += 1 }
                leniencies.append(JSONLeniency(kind: .lineComment, range: SourceRange(start: s, end: pos)))
            } else if lenient && b == slash && pos + 1 < end && buffer[pos + 1] == UInt8(ascii: "*") {
                let s = pos
                pos += 2
                while pos + 1 < end && !(buffer[pos] == UInt8(ascii: "*") && buffer[pos + 1] == slash) { pos += 1 }
                guard pos + 1 < end else { throw fail("unterminated '/*' comment", at: s) }
                pos += 2
                leniencies.append(JSONLeniency(kind: .blockComment, range: SourceRange(start: s, end: pos)))
            } else {
                return
            }
        }
    }

    /// Reads a string starting at `pos` (at its opening quote), leaving `pos` after the closing one.
    mutating func parseString() throws(JSONParseError) -> String {
        let open = pos
        let entity = buffer[pos] == UInt8(ascii: "&")
        if entity {
            leniencies.append(JSONLeniency(kind: .htmlEntityQuote, range: SourceRange(start: pos, end: pos + 6)))
            pos += 6
        } else {
            pos += 1
        }
        let contentStart = pos
        // Fast path: printable ASCII with no escapes.
        while pos < end {
            let b = buffer[pos]
            if b == quote {
                let s = String(decoding: UnsafeBufferPointer(rebasing: buffer[contentStart..<pos]), as: UTF8.self)
                pos += 1
                return s
            }
            if b == backslash || b < 0x20 || b >= 0x80 || (lenient && b == UInt8(ascii: "&")) { break }
            pos += 1
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[contentStart..<pos]))
        while true {
            guard pos < end else { throw fail("unterminated string", at: open) }
            let b = buffer[pos]
            // Leniently, `&quot;` closes a string whichever quote opened it: translation tools turn
            // `"key": "value"` into `"key&quot;: &quot;value"`.
            if lenient && b == UInt8(ascii: "&") && isEntityQuote(at: pos) {
                leniencies.append(JSONLeniency(kind: .htmlEntityQuote, range: SourceRange(start: pos, end: pos + 6)))
                pos += 6
                break
            }
            if b == quote {
                pos += 1
                break
            }
            if b == backslash {
                try parseEscape()
            } else if lineBreaksInStrings, b == 0x0A || b == 0x0D {
                let width = b == 0x0D && pos + 1 < end && buffer[pos + 1] == 0x0A ? 2 : 1
                leniencies.append(
                    JSONLeniency(kind: .lineBreakInString, range: SourceRange(start: pos, end: pos + width)))
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[pos..<pos + width]))
                pos += width
            } else if b < 0x20 {
                throw fail(
                    b == 0x0A || b == 0x0D
                        ? JSONParseError.lineBreakInStringMessage
                        : "control character U+\(hex4(UInt32(b))) in string must be escaped")
            } else if b < 0x80 {
                scratch.append(b)
                pos += 1
            } else {
                let n = try validateUTF8Sequence()
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[pos..<pos + n]))
                pos += n
            }
        }
        return String(decoding: scratch, as: UTF8.self)
    }

    /// Checks the UTF-8 sequence at `pos` (a lead byte ≥ 0x80) and returns its length.
    func validateUTF8Sequence() throws(JSONParseError) -> Int {
        let n = utf8SequenceLength(buffer, pos, end)
        guard n > 0 else { throw fail("invalid UTF-8 byte 0x\(String(buffer[pos], radix: 16, uppercase: true))") }
        return n
    }

    mutating func parseEscape() throws(JSONParseError) {
        let escapeStart = pos
        pos += 1
        guard pos < end else { throw fail("unterminated escape sequence", at: escapeStart) }
        let c = buffer[pos]
        pos += 1
        if let unescaped = singleCharacterEscape(c) {
            scratch.append(unescaped)
            return
        }
        switch c {
        case UInt8(ascii: "u"):
            var scalar = try readHex4(escapeStart)
            if scalar >= 0xD800 && scalar <= 0xDBFF {
                // A high surrogate must be followed by an escaped low surrogate to form one scalar.
                if end - pos >= 6 && buffer[pos] == backslash && buffer[pos + 1] == UInt8(ascii: "u") {
                    let save = pos
                    pos += 2
                    let low = try readHex4(save)
                    if low >= 0xDC00 && low <= 0xDFFF {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        pos = save
                        scalar = 0xFFFD
                    }
                } else {
                    scalar = 0xFFFD
                }
            } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
                // A lone surrogate is grammatical JSON but no Unicode scalar: it becomes U+FFFD.
                scalar = 0xFFFD
            }
            appendScalar(scalar)
        default:
            throw fail("invalid escape sequence '\\\(printable(c))' in string", at: escapeStart)
        }
    }

    mutating func readHex4(_ escapeStart: Int) throws(JSONParseError) -> UInt32 {
        guard end - pos >= 4 else { throw fail("incomplete \\u escape in string", at: escapeStart) }
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard let d = hexDigitValue(buffer[pos]) else {
                throw fail("invalid \\u escape in string: expected 4 hex digits", at: escapeStart)
            }
            v = v << 4 | d
            pos += 1
        }
        return v
    }

    mutating func appendScalar(_ v: UInt32) {
        appendUTF8(v, to: &scratch)
    }

    /// Reads a number with the RFC 8259 grammar.
    mutating func parseNumber() throws(JSONParseError) -> JSONNumber {
        let s = pos
        let value: Int64?
        switch scanNumber(buffer, &pos, end) {
        case .success(let v): value = v
        case .failure(let error): throw fail(error.message, at: error == .leadingZero ? s : pos)
        }
        if pos < end && (isIdentifierByte(buffer[pos]) && buffer[pos] != UInt8(ascii: "-")) {
            throw fail("invalid number: unexpected \(describeByte(at: pos))")
        }
        if let value { return JSONNumber(value) }
        return JSONNumber(unchecked: String(decoding: UnsafeBufferPointer(rebasing: buffer[s..<pos]), as: UTF8.self))
    }

    func describeByte(at i: Int) -> String {
        guard i < end else { return "end of input" }
        let b = buffer[i]
        if b >= 0x80 {
            // Show the whole character when it is valid UTF-8, else the byte.
            var n = 1
            while i + n < end && n < 4 && buffer[i + n] & 0xC0 == 0x80 { n += 1 }
            guard let s = String(validating: UnsafeBufferPointer(rebasing: buffer[i..<i + n]), as: UTF8.self),
                let scalar = s.unicodeScalars.first
            else { return "byte 0x\(String(b, radix: 16, uppercase: true))" }
            if scalar.properties.isWhitespace || scalar.properties.generalCategory == .format {
                return "U+\(hex4(scalar.value))\(scalar.value == 0xA0 ? " (no-break space)" : "")"
            }
            return "'\(s)'"
        }
        return "'\(printable(b))'"
    }

    func printable(_ b: UInt8) -> String {
        if b >= 0x20 && b < 0x7F { return String(UnicodeScalar(b)) }
        return "\\u\(hex4(UInt32(b)))"
    }
}

func hex4(_ v: UInt32) -> String {
    let s = String(v, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - s.count)) + s
}
