import SourceText

/// The values an en-US description lists: "Possible values are: `a`, `b`", "The values can be
/// *ForceDelete* or *Verification*" — runs of code spans or emphasized identifiers (`*x*`, `_x_`; bold
/// `**x**` names properties) joined only by commas, "or" and "and", or a single one right after a
/// "possible values" phrase.
///
/// Translation keeps code spans but sometimes translates emphasized words (`*Principal*` →
/// `*Prinzipal*`); comparing the en-US list with the words of the translated description finds it.
public enum ValueList {
    /// Words that join the items of a list.
    static let joiners: Set<String> = ["or", "and", "and/or"]

    /// The listed values of an en-US description, in order, without repeats.
    public static func items(_ description: String) -> [String] {
        // Most descriptions mark nothing.
        guard
            description.utf8.contains(where: {
                $0 == UInt8(ascii: "`") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_")
            })
        else { return [] }
        let spans = markedSpans(description)
        guard !spans.isEmpty else { return [] }
        var result: [String] = []
        var run: [Substring] = []
        var runStart = description.startIndex
        func flush() {
            if run.count >= 2 || (run.count == 1 && followsPhrase(description, runStart)) {
                for item in run where !result.contains(String(item)) { result.append(String(item)) }
            }
            run = []
        }
        var previousEnd: String.Index?
        for span in spans {
            let isItem = GraphIdentifier.isPropertyName(String(span.text)) && !span.text.hasPrefix("@")
            if let end = previousEnd, !run.isEmpty, isItem, isSeparator(description[end..<span.range.lowerBound]) {
                run.append(span.text)
            } else {
                flush()
                if isItem {
                    run = [span.text]
                    runStart = span.range.lowerBound
                }
            }
            previousEnd = span.range.upperBound
        }
        flush()
        return result
    }

    /// Whether `item` occurs in `text` as a whole word (not inside a longer identifier).
    public static func containsWord(_ text: String, _ item: String) -> Bool {
        let haystack = Array(text.utf8)
        let needle = Array(item.utf8)
        var start = 0
        while let hit = CaseFolding.firstRange(of: needle, in: haystack, range: start..<haystack.count) {
            let before = hit.lowerBound > 0 ? haystack[hit.lowerBound - 1] : 0x20
            let after = hit.upperBound < haystack.count ? haystack[hit.upperBound] : 0x20
            if !isWordByte(before) && !isWordByte(after) { return true }
            start = hit.lowerBound + 1
        }
        return false
    }

    /// Whether a byte belongs to a word: an ASCII letter, digit or `_`, or part of a non-ASCII character.
    static func isWordByte(_ b: UInt8) -> Bool {
        b >= 0x80 || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
    }

    static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

    /// Only commas, semicolons, slashes, spaces and joining words between two items.
    static func isSeparator(_ text: Substring) -> Bool {
        let words = text.split { $0 == " " || $0 == "," || $0 == ";" || $0 == "/" || $0 == "\u{00A0}" }
        return words.allSatisfy { joiners.contains($0.lowercased()) }
    }

    /// Whether the text just before `start` ends with a "possible values" phrase (and a colon).
    static func followsPhrase(_ text: String, _ start: String.Index) -> Bool {
        var before = String(text[..<start]).lowercased()
        while let last = before.last, last == " " || last == ":" || last == "\u{00A0}" { before.removeLast() }
        return PossibleValues.phrases.contains { before.hasSuffix($0) }
    }

    /// The code spans (`` `x` ``) and emphasized runs (`*x*`, `_x_`; not bold `**x**`) of `text`, in order.
    static func markedSpans(_ text: String) -> [(text: Substring, range: Range<String.Index>)] {
        var spans: [(text: Substring, range: Range<String.Index>)] = []
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            guard c == "`" || c == "*" || c == "_" else {
                i = text.index(after: i)
                continue
            }
            // The opening run (`**`, `` ` ``) and its closing twin.
            var openEnd = i
            while openEnd < text.endIndex && text[openEnd] == c { openEnd = text.index(after: openEnd) }
            let marker = text[i..<openEnd]
            // `**x**` is how descriptions refer to properties, not how they list values.
            let isValueMarker = marker.count == 1
            guard let close = ValueList.firstRun(of: c, count: marker.utf8.count, in: text[openEnd...]),
                close.lowerBound > openEnd
            else {
                i = openEnd
                continue
            }
            let inner = text[openEnd..<close.lowerBound]
            // `_` inside a word (`snake_case`) is not emphasis.
            if c == "_", i > text.startIndex, isWordCharacter(text[text.index(before: i)]) {
                i = openEnd
                continue
            }
            if isValueMarker || c == "`" { spans.append((inner.trimmingSpaces(), i..<close.upperBound)) }
            i = close.upperBound
        }
        return spans
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while let f = s.first, f == " " || f == "\u{00A0}" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\u{00A0}" { s = s.dropLast() }
        return s
    }
}

extension ValueList {

    /// The first `count` copies of the ASCII character `c` in a row in `text` (what `range(of:)` finds
    /// for `**`, without bridging to Foundation).
    static func firstRun(of c: Character, count: Int, in text: Substring) -> Range<String.Index>? {
        guard let byte = c.asciiValue, count > 0 else { return nil }
        let utf8 = text.utf8
        var run = 0
        var i = utf8.startIndex
        while i < utf8.endIndex {
            run = utf8[i] == byte ? run + 1 : 0
            i = utf8.index(after: i)
            if run == count { return utf8.index(i, offsetBy: -count)..<i }
        }
        return nil
    }
}
