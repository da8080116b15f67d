import SourceText

/// What a page's bytes are, judged before they are read as Markdown: UTF-8 text, or something doclint
/// cannot read (UTF-16, UTF-32, a binary file). A page that is not UTF-8 text gets one issue and no
/// blocks, instead of a screenful of invalid-byte findings quoting raw bytes.
enum TextKind: Equatable {
    /// UTF-8 (possibly with invalid bytes, which are reported one run at a time).
    case utf8
    /// UTF-16, recognized by its byte order mark or, for mostly-ASCII text, by its NUL bytes.
    case utf16(bigEndian: Bool, byteOrderMark: Bool)
    /// UTF-32, recognized by its byte order mark.
    case utf32(bigEndian: Bool)
    /// Not text: many control bytes or invalid UTF-8 sequences near the start.
    case binary

    /// How many leading bytes are looked at (a binary format shows itself in its header).
    static let sampleSize = 1024

    /// Classifies `text` from its first `sampleSize` bytes.
    static func of(_ text: ByteText) -> TextKind {
        let n = text.count
        if n >= 4 && text[0] == 0xFF && text[1] == 0xFE && text[2] == 0 && text[3] == 0 {
            return .utf32(bigEndian: false)
        }
        if n >= 4 && text[0] == 0 && text[1] == 0 && text[2] == 0xFE && text[3] == 0xFF {
            return .utf32(bigEndian: true)
        }
        if n >= 2 && text[0] == 0xFF && text[1] == 0xFE { return .utf16(bigEndian: false, byteOrderMark: true) }
        if n >= 2 && text[0] == 0xFE && text[1] == 0xFF { return .utf16(bigEndian: true, byteOrderMark: true) }
        let sample = Swift.min(n, sampleSize)
        // UTF-16 without a mark: ASCII characters leave a NUL in every other byte.
        let pairs = sample / 2
        if pairs >= 2 && (text[0] == 0 || text[1] == 0) {
            var evenNUL = 0
            var oddNUL = 0
            for k in 0..<pairs {
                if text[2 * k] == 0 { evenNUL += 1 }
                if text[2 * k + 1] == 0 { oddNUL += 1 }
            }
            if oddNUL * 2 >= pairs && evenNUL * 10 < pairs { return .utf16(bigEndian: false, byteOrderMark: false) }
            if evenNUL * 2 >= pairs && oddNUL * 10 < pairs { return .utf16(bigEndian: true, byteOrderMark: false) }
        }
        // Binary: a NUL byte, and at least one byte in four a control byte (not tab, line break or form
        // feed) or part of an invalid UTF-8 sequence — the NUL keeps a text page that holds a run of
        // invalid bytes (a Latin-1 paragraph) a text page. Text with stray bytes stays text, and its
        // bad bytes are reported where they are.
        guard (0..<sample).contains(where: { text[$0] == 0 }) else { return .utf8 }
        var suspicious = 0
        var i = 0
        while i < sample {
            let byte = text[i]
            if byte < 0x80 {
                if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D) || byte == 0x7F {
                    suspicious += 1
                }
                i += 1
                continue
            }
            let length = UTF8Validation(text: text).sequenceLength(at: i)
            if length == 0 {
                suspicious += 1
                i += 1
            } else {
                i += length
            }
        }
        return suspicious * 4 >= sample ? .binary : .utf8
    }

    /// The issue for a page that is not UTF-8 text, or `nil` for UTF-8.
    var issue: MarkdownIssue? {
        let message: String
        var range = SourceRange(at: 0)
        switch self {
        case .utf8:
            return nil
        case .utf16(let bigEndian, let mark):
            let order = bigEndian ? "big-endian" : "little-endian"
            message = "the file is utf-16 (\(order)\(mark ? ", with a byte order mark" : "")); doclint reads utf-8"
            if mark { range = SourceRange(start: 0, end: 2) }
        case .utf32(let bigEndian):
            message = "the file is utf-32 (\(bigEndian ? "big-endian" : "little-endian")); doclint reads utf-8"
            range = SourceRange(start: 0, end: 4)
        case .binary:
            message = "not a text file: doclint reads utf-8 markdown"
        }
        return MarkdownIssue(kind: .notText, message: message, range: range)
    }
}
