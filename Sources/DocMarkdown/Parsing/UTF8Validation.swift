import SourceText

/// Finds byte sequences that are not valid UTF-8 (RFC 3629: no overlongs, surrogates or values
/// above U+10FFFF), so a linter can say where U+FFFD came from, and NUL bytes, which no text page holds.
struct UTF8Validation {
    let text: ByteText

    /// One issue per run of invalid bytes and per run of NUL bytes, at most `limit` of each.
    func issues(limit: Int = 20) -> [MarkdownIssue] {
        var issues: [MarkdownIssue] = []
        var nulRuns = 0
        var i = 0
        let count = text.count
        let base = UnsafeRawPointer(text.bytes.baseAddress)
        while i < count {
            // Skip ASCII without NUL eight bytes at a time.
            if let base {
                while i + 8 <= count {
                    let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
                    guard word & 0x8080_8080_8080_8080 == 0 && hasZero == 0 else { break }
                    i += 8
                }
                guard i < count else { break }
            }
            // Then prose in a two-byte script (Cyrillic, accented Latin): its letters and the ASCII between
            // them, skipped here without the word test failing on every letter, up to the next line break
            // (after which a run of ASCII, a code block or a table, is skipped by words again).
            while i < count {
                let byte = text[i]
                if byte &- 1 < 0x7F {
                    i += 1
                    if byte == 0x0A { break }
                } else if byte >= 0xC2 && byte <= 0xDF && i + 1 < count && text[i + 1] & 0xC0 == 0x80 {
                    i += 2
                } else {
                    break
                }
            }
            guard i < count else { break }
            let byte = text[i]
            if byte == 0 {
                var end = i + 1
                while end < count && text[end] == 0 { end += 1 }
                if nulRuns < limit {
                    issues.append(
                        MarkdownIssue(
                            kind: .nulByte,
                            message: end - i == 1 ? "nul byte (U+0000)" : "\(end - i) nul bytes (U+0000)",
                            range: SourceRange(start: i, end: end)))
                }
                nulRuns += 1
                i = end
                continue
            }
            if byte < 0x80 {
                i += 1
                continue
            }
            // Two-byte sequences (Cyrillic, Latin accents) are most of the non-ASCII text.
            if byte >= 0xC2 && byte <= 0xDF && i + 1 < count && text[i + 1] & 0xC0 == 0x80 {
                i += 2
                continue
            }
            let length = sequenceLength(at: i)
            if length > 0 {
                i += length
                continue
            }
            var end = i + 1
            while end < count && text[end] >= 0x80 && sequenceLength(at: end) == 0 { end += 1 }
            if issues.count - Swift.min(nulRuns, limit) < limit {
                issues.append(
                    MarkdownIssue(
                        kind: .invalidUTF8, message: "invalid utf-8 bytes", range: SourceRange(start: i, end: end)))
            }
            i = end
        }
        return issues
    }

    /// The length of the valid sequence starting at `i`, or 0.
    func sequenceLength(at i: Int) -> Int {
        let count = text.count
        let lead = text[i]
        @inline(__always) func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            k < count && text[k] >= low && text[k] <= high
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(i + 1) ? 2 : 0
        case 0xE0:
            return continuation(i + 1, 0xA0) && continuation(i + 2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(i + 1) && continuation(i + 2) ? 3 : 0
        case 0xED:
            return continuation(i + 1, 0x80, 0x9F) && continuation(i + 2) ? 3 : 0
        case 0xF0:
            return continuation(i + 1, 0x90) && continuation(i + 2) && continuation(i + 3) ? 4 : 0
        case 0xF1...0xF3:
            return continuation(i + 1) && continuation(i + 2) && continuation(i + 3) ? 4 : 0
        case 0xF4:
            return continuation(i + 1, 0x80, 0x8F) && continuation(i + 2) && continuation(i + 3) ? 4 : 0
        default:
            return 0
        }
    }
}
