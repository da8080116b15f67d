import SourceText

/// The source line of a finding and a caret line under its range, as a compiler shows them:
///
///     | Контекст      | String | ...
///       ^~~~~~~~
///
/// A long line is cut to a window around the range, with `…` where it was cut: a minified sample is
/// one long line, and printing all of it under every finding on it would grow the output quadratically.
public struct SourceExcerpt: Hashable, Sendable {
    /// The line (or its window), without its terminator.
    public var line: String
    /// Spaces (tabs where the line has tabs, so the caret lines up) and `^~~~` under the range.
    public var caret: String

    /// An excerpt.
    public init(line: String, caret: String) {
        self.line = line
        self.caret = caret
    }

    /// The widest excerpt, in columns.
    public static let width = 120

    /// The excerpt of `range` in `lines`: the line it starts on, the caret under the part of the
    /// range on that line.
    public init(_ lines: LineIndex, _ range: SourceRange) {
        let line = lines.lineIndex(containing: range.start) + 1
        let content = lines.contentRange(ofLine: line)
        let startOffset = Swift.max(content.start, Swift.min(range.start, content.end))
        let endOffset = Swift.max(startOffset, Swift.min(range.end, content.end))
        var before = Array(lines.text(in: SourceRange(start: content.start, end: startOffset)).unicodeScalars)
        var marked = Array(lines.text(in: SourceRange(start: startOffset, end: endOffset)).unicodeScalars)
        var after = Array(lines.text(in: SourceRange(start: endOffset, end: content.end)).unicodeScalars)
        var leftCut = false
        var rightCut = false
        let budget = SourceExcerpt.width
        if marked.count > budget {
            marked = Array(marked.prefix(budget))
            after = []
            rightCut = true
        }
        let context = Swift.max(0, (budget - marked.count) / 2)
        if before.count > context {
            before = Array(before.suffix(context))
            leftCut = true
        }
        if after.count > budget - marked.count - before.count {
            after = Array(after.prefix(Swift.max(0, budget - marked.count - before.count)))
            rightCut = true
        }
        var text = leftCut ? "…" : ""
        var caret = leftCut ? " " : ""
        for scalar in before {
            text.unicodeScalars.append(SourceExcerpt.printable(scalar))
            // Keep tabs so the caret lines up; wide (CJK) characters take two columns.
            caret += scalar == "\t" ? "\t" : String(repeating: " ", count: SourceExcerpt.width(scalar))
        }
        for scalar in marked + after { text.unicodeScalars.append(SourceExcerpt.printable(scalar)) }
        if rightCut { text += "…" }
        let markedWidth = marked.reduce(0) { $0 + SourceExcerpt.width($1) }
        caret += "^" + String(repeating: "~", count: Swift.max(0, markedWidth - 1))
        self.init(line: text, caret: caret)
    }

    /// `scalar`, or a visible stand-in for a control character: a page's bytes must never reach the
    /// terminal as escape sequences, NULs or carriage returns (C0 controls show as their control
    /// pictures, `␀` `␛` `␍`, DEL as `␡`, C1 controls as U+FFFD).
    static func printable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x09: return scalar
        case 0x00..<0x20: return Unicode.Scalar(0x2400 + scalar.value)!
        case 0x7F: return "\u{2421}"
        case 0x80..<0xA0: return "\u{FFFD}"
        default: return scalar
        }
    }

    /// The terminal width of a scalar: 2 for East Asian wide and full-width characters, 0 for combining marks.
    static func width(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        switch v {
        case 0x0300...0x036F, 0x200B...0x200F: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default: return 1
        }
    }
}
