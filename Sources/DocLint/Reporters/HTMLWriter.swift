/// Builds an HTML document as one string, escaping every piece of text it is given.
///
/// Text is hostile: it can hold markup, quotes, `&`, control characters and bidirectional controls
/// that would reorder what a reader sees (a right-to-left override inside a property name makes
/// `txeTtneilc` read as `clientText`). Markup characters are escaped everywhere; invisible and
/// control characters are shown as a small named badge in text (`RLO`), and as `⟨RLO⟩` in attributes,
/// so they can neither act nor hide.
struct HTMLWriter {
    /// The HTML written so far.
    private(set) var html = ""

    init(capacity: Int = 0) {
        html.reserveCapacity(capacity)
    }

    /// Appends trusted markup as is.
    mutating func raw(_ markup: String) {
        html += markup
    }

    /// Appends `text` escaped for an element's content.
    mutating func text(_ text: some StringProtocol) {
        append(text, badges: true)
    }

    /// Appends `text` escaped for an element's content, cut after `limit` Unicode scalars with a note
    /// of how many were left out.
    mutating func text(_ text: String, limit: Int) {
        let (head, left) = HTMLWriter.head(text, limit)
        append(head, badges: true)
        if left > 0 { cut(left) }
    }

    /// The first `limit` scalars of `text`, and how many scalars follow them.
    private static func head(_ text: String, _ limit: Int) -> (Substring, Int) {
        let scalars = text.unicodeScalars
        guard let end = scalars.index(scalars.startIndex, offsetBy: limit, limitedBy: scalars.endIndex) else {
            return (text[...], 0)
        }
        return (text[..<end], end == scalars.endIndex ? 0 : scalars[end...].count)
    }

    /// Appends a note that `count` characters were left out.
    mutating func cut(_ count: Int) {
        html += "<span class=\"cut\">… \(HTMLWriter.grouped(count)) more character\(count == 1 ? "" : "s")</span>"
    }

    /// Appends Unicode scalars escaped for an element's content.
    mutating func text(_ scalars: ArraySlice<Unicode.Scalar>) {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        append(String(s), badges: true)
    }

    /// Appends `text` escaped with no markup of its own (invisible characters as `⟨RLO⟩`), for places
    /// where an element would not belong (SVG text), cut after `limit` scalars with `…`.
    mutating func plain(_ text: String, limit: Int) {
        let (head, left) = HTMLWriter.head(text, limit)
        append(head, badges: false)
        if left > 0 { html += "…" }
    }

    /// Appends `value` escaped for an attribute value in double quotes.
    mutating func attribute(_ value: some StringProtocol) {
        append(value, badges: false)
    }

    /// Appends ` name="value"`, the value escaped.
    mutating func attribute(_ name: String, _ value: some StringProtocol) {
        html += " \(name)=\""
        append(value, badges: false)
        html += "\""
    }

    /// `text` escaped for an attribute value (or `<title>`), as a string.
    static func escapedAttribute(_ text: some StringProtocol) -> String {
        var w = HTMLWriter()
        w.attribute(text)
        return w.html
    }

    private mutating func append(_ text: some StringProtocol, badges: Bool) {
        let scalars = text.unicodeScalars
        var runStart = scalars.startIndex
        var i = runStart
        while i < scalars.endIndex {
            let scalar = scalars[i]
            let replacement: String?
            switch scalar.value {
            case 0x26: replacement = "&amp;"
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            case 0x22: replacement = "&quot;"
            case 0x27: replacement = "&#39;"
            default:
                if let name = HTMLWriter.invisibleName(scalar) {
                    let code = HTMLWriter.codePoint(scalar)
                    replacement =
                        badges ? "<span class=\"ctl\" title=\"\(code)\">\(name)</span>" : "⟨\(name)⟩"
                } else {
                    replacement = nil
                }
            }
            if let replacement {
                html.append(contentsOf: text[runStart..<i])
                html += replacement
                runStart = scalars.index(after: i)
            }
            i = scalars.index(after: i)
        }
        html.append(contentsOf: text[runStart..<scalars.endIndex])
    }

    /// The short name shown for a character a reader could not see or that would act on the text
    /// around it (controls, bidirectional controls, zero-width characters); `nil` for any other. Tab
    /// and line feed are kept; zero-width joiners (U+200C, U+200D) are kept, as Persian, Indic
    /// scripts and emoji need them.
    static func invisibleName(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x09, 0x0A: return nil
        case 0x00: return "NUL"
        case 0x0D: return "CR"
        case 0x1B: return "ESC"
        case 0x7F: return "DEL"
        case 0x00AD: return "SHY"
        case 0x061C: return "ALM"
        case 0x180E: return "MVS"
        case 0x200B: return "ZWSP"
        case 0x200E: return "LRM"
        case 0x200F: return "RLM"
        case 0x2028: return "LSEP"
        case 0x2029: return "PSEP"
        case 0x202A: return "LRE"
        case 0x202B: return "RLE"
        case 0x202C: return "PDF"
        case 0x202D: return "LRO"
        case 0x202E: return "RLO"
        case 0x2060: return "WJ"
        case 0x2066: return "LRI"
        case 0x2067: return "RLI"
        case 0x2068: return "FSI"
        case 0x2069: return "PDI"
        case 0xFEFF: return "BOM"
        case 0x01...0x1F, 0x80...0x9F, 0x2061...0x2064, 0xFFF9...0xFFFB: return codePoint(scalar)
        default: return nil
        }
    }

    /// `U+202E`.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `1234567` as `1,234,567`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = n < 0 ? "-" : ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(d)
        }
        return out
    }

    /// `value` percent-encoded for a URL fragment's `key=value` part (what `encodeURIComponent` keeps
    /// is kept, everything else is `%XX` of its UTF-8).
    static func percentEncoded(_ value: String) -> String {
        var out = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "!"), UInt8(ascii: "~"), UInt8(ascii: "*"), UInt8(ascii: "'"), UInt8(ascii: "("),
                UInt8(ascii: ")"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }

    /// A coordinate with one decimal, written the same way on every machine (`12.5`, `3`).
    static func coordinate(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        let whole = tenths / 10
        let fraction = abs(tenths % 10)
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}

/// The part of a long text shown around a marked range: the range itself (cut when longer than the
/// budget) and as much context on each side as the budget leaves, with where it was cut.
struct ExcerptWindow: Equatable {
    /// Scalar offsets shown before the mark, in the mark, and after it.
    var before: Range<Int>
    var marked: Range<Int>
    var after: Range<Int>
    /// Whether text was left out before `before`, and after `after` (or inside a cut mark).
    var cutBefore: Bool
    var cutAfter: Bool

    /// The window of at most `budget` scalars of a text of `count` scalars around `mark`.
    init(count: Int, mark: Range<Int>, budget: Int) {
        let lower = min(max(0, mark.lowerBound), count)
        let upper = min(max(lower, mark.upperBound), count)
        guard count > budget else {
            (before, marked, after, cutBefore, cutAfter) = (0..<lower, lower..<upper, upper..<count, false, false)
            return
        }
        let markedEnd = min(upper, lower + budget)
        let room = budget - (markedEnd - lower)
        // Context is shared evenly; a side that needs less gives the rest to the other.
        let afterAvailable = markedEnd < upper ? 0 : count - upper
        var beforeLength = min(lower, room / 2)
        let afterLength = min(afterAvailable, room - beforeLength)
        beforeLength = min(lower, room - afterLength)
        before = (lower - beforeLength)..<lower
        marked = lower..<markedEnd
        after = markedEnd < upper ? markedEnd..<markedEnd : upper..<(upper + afterLength)
        cutBefore = before.lowerBound > 0
        cutAfter = markedEnd < upper || after.upperBound < count
    }
}
