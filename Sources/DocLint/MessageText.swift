/// The bound on what a finding or note says.
///
/// Messages quote page text (a type cell, a row name, a JSON value); a hostile page's cell can be
/// megabytes, and every reporter would repeat it. A message longer than `limit` bytes keeps its first
/// `limit - 3` bytes (cut at a Unicode scalar boundary) and ends with `…`. The longest message on the four
/// real corpora is about 570 bytes.
public enum MessageText {
    /// The most bytes of UTF-8 a message holds.
    public static let limit = 1_000

    /// A rule's message: on one line (control characters written as escapes: a quoted cell or
    /// annotation value may hold a line break, and the text formats are one finding a line), and
    /// `bounded`. Cleaning twice changes nothing.
    public static func cleaned(_ text: String) -> String {
        bounded(oneLine(text))
    }

    /// `text`, or its beginning and `…` when it is longer than `limit` bytes. Bounding twice changes
    /// nothing. (Reporters escape what their format cannot hold.)
    public static func bounded(_ text: String) -> String {
        guard text.utf8.count > limit else { return text }
        var kept = String.UnicodeScalarView()
        var bytes = 0
        let room = limit - 3  // "…" is three bytes of UTF-8
        for scalar in text.unicodeScalars {
            let size = UTF8.width(scalar)
            guard bytes + size <= room else { break }
            kept.append(scalar)
            bytes += size
        }
        return String(kept) + "…"
    }

    /// `text` with line breaks, tabs, other C0 and C1 controls and the Unicode line and paragraph
    /// separators written as `\n`, `\r`, `\t`, `\u{1B}`, `\u{2028}`.
    static func oneLine(_ text: String) -> String {
        // C0 controls and DEL are single bytes; C1 controls (U+0080–U+009F) are C2 80–C2 9F; U+2028
        // and U+2029 (line and paragraph separators) are E2 80 A8–A9.
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
                    || scalar.value == 0x2029
                {
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
