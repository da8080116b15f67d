import SourceText

/// Reads the leading `---` … `---` block: the small YAML subset docs pages use.
///
/// `key: value` at the start of a line; values plain, `"double"` (with escapes) or `'single'`
/// quoted, `[a, b]` lists, `>`/`|` block scalars, plain values continued on indented lines, and
/// `- item` lists under a key with no value. `#` lines are comments. Anything else is reported.
struct FrontMatterParser {
    let text: ByteText
    let lines: SourceLines

    /// What was read: the front matter (nil if the page has none), the first line after it and issues.
    struct Result {
        var frontMatter: FrontMatter?
        var nextLine = 0
        var issues: [MarkdownIssue] = []
    }

    func parse() -> Result {
        var result = Result()
        guard lines.count > 0, isDelimiter(lines[0], allowDots: false) else { return result }
        var closing = 1
        while closing < lines.count && !isDelimiter(lines[closing], allowDots: true) { closing += 1 }
        guard closing < lines.count else {
            result.issues.append(
                MarkdownIssue(
                    kind: .unclosedFrontMatter, message: "front matter is not closed with '---'",
                    range: SourceRange(start: lines[0].start, end: lines[0].contentEnd)))
            return result
        }
        var entries: [FrontMatterEntry] = []
        // The first offset of each key, looked up among the entries while they are few (a page has a dozen;
        // hashing into a growing dictionary cost more than the rest of the parse) and in a dictionary after.
        var firstKeyOffsets: [String: Int] = [:]
        func firstOffset(of key: String) -> Int? {
            if entries.count <= FrontMatterParser.linearKeyLimit {
                return entries.first { $0.key == key }?.keyRange.start
            }
            if firstKeyOffsets.isEmpty {
                for entry in entries where firstKeyOffsets[entry.key] == nil {
                    firstKeyOffsets[entry.key] = entry.keyRange.start
                }
            }
            return firstKeyOffsets[key]
        }
        var index = 1
        while index < closing {
            let line = lines[index]
            let first = text.skipSpaces(line.start, line.contentEnd)
            if first == line.contentEnd || text[first] == UInt8(ascii: "#") {
                index += 1
                continue
            }
            guard first == line.start, let colon = keyColon(line) else {
                result.issues.append(
                    MarkdownIssue(
                        kind: .invalidFrontMatterLine, message: "front matter line is not a 'key: value' pair",
                        range: SourceRange(start: first, end: line.contentEnd)))
                index += 1
                continue
            }
            let (keyStart, keyEnd) = text.trimmed(line.start, colon)
            let key = text.string(keyStart, keyEnd)
            let (value, valueRange, next) = readValue(afterColon: colon, line: index, closing: closing)
            if let position = firstOffset(of: key) {
                result.issues.append(
                    MarkdownIssue(
                        kind: .duplicateFrontMatterKey,
                        message: "front matter key '\(key)' is repeated (first at offset \(position))",
                        range: SourceRange(start: keyStart, end: keyEnd)))
            } else if !firstKeyOffsets.isEmpty {
                firstKeyOffsets[key] = keyStart
            }
            entries.append(
                FrontMatterEntry(
                    key: key, keyRange: SourceRange(start: keyStart, end: keyEnd), value: value, valueRange: valueRange)
            )
            index = next
        }
        result.frontMatter = FrontMatter(
            entries: entries, range: SourceRange(start: lines[0].start, end: lines[closing].contentEnd))
        result.nextLine = closing + 1
        return result
    }

    /// The most entries whose keys are compared one by one when looking for a repeated key.
    static let linearKeyLimit = 32

    private func isDelimiter(_ line: SourceLines.Line, allowDots: Bool) -> Bool {
        let end = text.skipSpacesBackward(line.start, line.contentEnd)
        guard end - line.start == 3 else { return false }
        if text.matches("---", at: line.start, end: end) { return true }
        return allowDots && text.matches("...", at: line.start, end: end)
    }

    /// The `:` ending the key: the first one followed by a space, a tab or the end of the line.
    private func keyColon(_ line: SourceLines.Line) -> Int? {
        let first = text[line.start]
        guard
            first != UInt8(ascii: "-") && first != UInt8(ascii: ":") && first != UInt8(ascii: "\"")
                && first != UInt8(ascii: "'") && first != UInt8(ascii: "[") && first != UInt8(ascii: "{")
        else { return nil }
        var i = line.start
        while i < line.contentEnd {
            if text[i] == UInt8(ascii: ":")
                && (i + 1 == line.contentEnd || text[i + 1] == 0x20 || text[i + 1] == 0x09)
            {
                return i
            }
            i += 1
        }
        return nil
    }

    /// The value after the key's colon on line `index`; may take in following indented lines.
    private func readValue(afterColon colon: Int, line index: Int, closing: Int)
        -> (FrontMatterValue, SourceRange, next: Int)
    {
        let line = lines[index]
        let start = text.skipSpaces(colon + 1, line.contentEnd)
        let end = text.skipSpacesBackward(start, line.contentEnd)
        var next = index + 1
        // Lines indented below the key (or `- item` lines) belong to this value.
        var lastMore = index
        while next < closing {
            let candidate = lines[next]
            let first = text.skipSpaces(candidate.start, candidate.contentEnd)
            if first == candidate.contentEnd {
                next += 1
                continue
            }
            let isItem =
                text[first] == UInt8(ascii: "-")
                && (first + 1 == candidate.contentEnd || text[first + 1] == 0x20 || text[first + 1] == 0x09)
            guard first > candidate.start || (isItem && start == end) else { break }
            lastMore = next
            next += 1
        }
        next = lastMore + 1
        let more = (index + 1)..<next

        if start == end {
            guard !more.isEmpty else { return (.scalar(""), SourceRange(at: start), next) }
            return continuation(more, startingWith: [])
        }
        let byte = text[start]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
            let (value, valueEnd) = quoted(start, end)
            return (.scalar(value), SourceRange(start: start, end: valueEnd), index + 1)
        }
        if byte == UInt8(ascii: "[") && text[end - 1] == UInt8(ascii: "]") {
            return (.list(flowItems(start + 1, end - 1)), SourceRange(start: start, end: end), index + 1)
        }
        if (byte == UInt8(ascii: ">") || byte == UInt8(ascii: "|")) && end - start <= 3 && !more.isEmpty {
            let lines = more.map { self.lines[$0] }
            let parts = lines.map { line -> String in
                let (from, to) = text.trimmed(line.start, line.contentEnd)
                return text.string(from, to)
            }
            let value = parts.filter { !$0.isEmpty }.joined(separator: byte == UInt8(ascii: ">") ? " " : "\n")
            let last = lines[lines.count - 1]
            return (.scalar(value), SourceRange(start: start, end: last.contentEnd), next)
        }
        let plain = text.string(start, plainEnd(start, end))
        guard !more.isEmpty else { return (.scalar(plain), SourceRange(start: start, end: end), next) }
        let (value, range, after) = continuation(more, startingWith: [plain])
        return (value, SourceRange(start: start, end: range.end), after)
    }

    /// Indented lines after a key: a `- item` list, or a plain scalar folded onto one line.
    private func continuation(_ more: Range<Int>, startingWith parts: [String])
        -> (FrontMatterValue, SourceRange, next: Int)
    {
        var items: [String] = []
        var words = parts
        var isList = parts.isEmpty
        var rangeStart: Int?
        var rangeEnd = 0
        for index in more {
            let line = lines[index]
            let first = text.skipSpaces(line.start, line.contentEnd)
            guard first < line.contentEnd else { continue }
            rangeStart = rangeStart ?? first
            rangeEnd = text.skipSpacesBackward(first, line.contentEnd)
            let isItem =
                text[first] == UInt8(ascii: "-")
                && (first + 1 == line.contentEnd || text[first + 1] == 0x20 || text[first + 1] == 0x09)
            if isItem {
                let itemStart = text.skipSpaces(first + 1, rangeEnd)
                items.append(scalar(itemStart, rangeEnd))
            } else {
                isList = false
            }
            words.append(text.string(first, rangeEnd))
        }
        let range = SourceRange(start: rangeStart ?? 0, end: Swift.max(rangeStart ?? 0, rangeEnd))
        if isList && !items.isEmpty { return (.list(items), range, more.upperBound) }
        return (.scalar(words.joined(separator: " ")), range, more.upperBound)
    }

    /// A flow list's items (`a, "b", 'c'`).
    private func flowItems(_ start: Int, _ end: Int) -> [String] {
        var items: [String] = []
        var itemStart = start
        var quote: UInt8 = 0
        var i = start
        while i <= end {
            let byte = i < end ? text[i] : UInt8(ascii: ",")
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ",") {
                let (from, to) = text.trimmed(itemStart, Swift.min(i, end))
                if from < to { items.append(scalar(from, to)) }
                itemStart = i + 1
            }
            i += 1
        }
        return items
    }

    /// A quoted or plain scalar in `start..<end`.
    private func scalar(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        if text[start] == UInt8(ascii: "\"") || text[start] == UInt8(ascii: "'") { return quoted(start, end).value }
        return text.string(start, plainEnd(start, end))
    }

    /// The end of a plain scalar: before a ` #` comment, trailing spaces trimmed.
    private func plainEnd(_ start: Int, _ end: Int) -> Int {
        var i = start + 1
        while i < end {
            if text[i] == UInt8(ascii: "#") && (text[i - 1] == 0x20 || text[i - 1] == 0x09) {
                return text.skipSpacesBackward(start, i)
            }
            i += 1
        }
        return end
    }

    /// A quoted scalar starting at `start`: its value and the offset after the closing quote
    /// (`end` when unclosed, keeping the rest as written).
    private func quoted(_ start: Int, _ end: Int) -> (value: String, end: Int) {
        let quote = text[start]
        var bytes: [UInt8] = []
        var i = start + 1
        while i < end {
            let byte = text[i]
            if byte == quote {
                if quote == UInt8(ascii: "'") && i + 1 < end && text[i + 1] == quote {
                    bytes.append(quote)
                    i += 2
                    continue
                }
                return (FrontMatterParser.decode(bytes), i + 1)
            }
            if quote == UInt8(ascii: "\"") && byte == UInt8(ascii: "\\") && i + 1 < end {
                i = unescape(at: i, end, into: &bytes)
                continue
            }
            bytes.append(byte)
            i += 1
        }
        return (FrontMatterParser.decode(bytes), end)
    }

    /// Appends the meaning of the escape at `i` (a backslash) to `bytes`; returns the offset after it.
    private func unescape(at i: Int, _ end: Int, into bytes: inout [UInt8]) -> Int {
        let escaped = text[i + 1]
        switch escaped {
        case UInt8(ascii: "n"): bytes.append(0x0A)
        case UInt8(ascii: "t"): bytes.append(0x09)
        case UInt8(ascii: "r"): bytes.append(0x0D)
        case UInt8(ascii: "0"): bytes.append(0x00)
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: " "): bytes.append(escaped)
        case UInt8(ascii: "u") where i + 6 <= end:
            var value: UInt32 = 0
            for k in (i + 2)..<(i + 6) {
                guard let digit = FrontMatterParser.hexValue(text[k]) else {
                    bytes.append(contentsOf: [UInt8(ascii: "\\"), escaped])
                    return i + 2
                }
                value = value << 4 | UInt32(digit)
            }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            bytes.append(contentsOf: Array(String(scalar).utf8))
            return i + 6
        default:
            bytes.append(contentsOf: [UInt8(ascii: "\\"), escaped])
        }
        return i + 2
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private static func decode(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
