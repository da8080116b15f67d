import SourceText

/// Builds a `LocalizedText` from a heading's or cell's bytes by taking localization markup apart.
///
/// One pass, no backtracking: `<span data-ttu-id>` content goes to the visible text only,
/// `<span class="sxs-lookup">` content (with its inner `data-stu-id` span) to the source text
/// only, other text to both. Empty `<a name="…"></a>` anchors are dropped and their name kept.
/// Other HTML is left as written.
struct MarkupReader {
    let text: ByteText

    /// A span's role in the localization markup.
    private enum Span {
        case translation, lookup, sourceSegment, other
    }

    /// The text of `start..<end` (already trimmed) and the first anchor name in it.
    func read(_ start: Int, _ end: Int) -> (text: LocalizedText, anchor: String?) {
        let range = SourceRange(start: start, end: end)
        var plain = true
        for i in start..<end {
            let byte = text[i]
            if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\\") || byte == 0x0A || byte == 0x0D {
                plain = false
                break
            }
        }
        if plain {
            let raw = text.string(start, end)
            return (LocalizedText(visible: raw, source: nil, raw: raw, range: range), nil)
        }
        if let anchored = readAnchored(start, end) { return anchored }

        var out = Output(text: text, capacity: end - start)
        var stack: [Span] = []
        var anchor: String?

        // Bytes from `run` to `i` are plain text not yet emitted: they go out in one piece when markup
        // (or the end) is reached, routed by the spans open around them.
        var i = start
        var run = start
        while i < end {
            let byte = text[i]
            if byte == UInt8(ascii: "\\") && i + 1 < end && text[i + 1] == UInt8(ascii: "|") {
                out.emit(run, i)
                out.emit(i + 1, i + 2)
                i += 2
                run = i
                continue
            }
            guard byte == UInt8(ascii: "<") else {
                i += 1
                continue
            }
            if text.matchesIgnoringCase("<span", at: i, end: end), i + 5 < end,
                text[i + 5] == UInt8(ascii: ">") || ByteText.isWhitespace(text[i + 5]),
                let tagEnd = tagEnd(from: i + 5, end)
            {
                out.emit(run, i)
                let span = classify(i + 5, tagEnd)
                if span == .other { out.emit(i, tagEnd + 1) }
                stack.append(span)
                switch span {
                case .translation: out.translationDepth += 1
                case .lookup:
                    out.lookupDepth += 1
                    out.hasLookup = true
                case .sourceSegment, .other: break
                }
                i = tagEnd + 1
                run = i
                continue
            }
            if text.matchesIgnoringCase("</span>", at: i, end: end) {
                out.emit(run, i)
                switch stack.popLast() {
                case .translation?: out.translationDepth -= 1
                case .lookup?: out.lookupDepth -= 1
                case .sourceSegment?: break
                case .other?, nil: out.emit(i, i + 7)
                }
                i += 7
                run = i
                continue
            }
            if let (name, after) = emptyAnchor(at: i, end) {
                out.emit(run, i)
                anchor = anchor ?? name
                i = after
                run = i
                continue
            }
            i += 1
        }
        out.emit(run, end)
        let visibleText = MarkupReader.folded(out.visible)
        let sourceText = out.hasLookup ? MarkupReader.folded(out.source) : nil
        // Text with markup differs from its raw bytes, which few readers want: they stay in the page
        // until asked for.
        let localized =
            text.page.map { LocalizedText(visible: visibleText, source: sourceText, page: $0, range: range) }
            ?? LocalizedText(visible: visibleText, source: sourceText, raw: text.string(start, end), range: range)
        return (localized, anchor)
    }

    /// The visible and source bytes being built, routed by the enclosing spans.
    ///
    /// Until a translation or lookup span holds text, the source is the visible text: it is kept apart
    /// only from then on (most markup is a heading's `<a name>` anchor, with no spans at all).
    private struct Output {
        let text: ByteText
        var visible: [UInt8] = []
        private var separateSource: [UInt8]?
        var translationDepth = 0
        var lookupDepth = 0
        var hasLookup = false

        init(text: ByteText, capacity: Int) {
            self.text = text
            visible.reserveCapacity(capacity)
        }

        /// The source bytes.
        var source: [UInt8] { separateSource ?? visible }

        /// Appends the bytes `from..<to` (nothing when empty): inside a lookup span to the source only,
        /// inside a translation span to the visible text only, elsewhere to both.
        mutating func emit(_ from: Int, _ to: Int) {
            guard from < to else { return }
            let bytes = UnsafeBufferPointer(rebasing: text.bytes[from..<to])
            if lookupDepth > 0 {
                if separateSource == nil { separateSource = visible }
                separateSource!.append(contentsOf: bytes)
            } else if translationDepth > 0 {
                if separateSource == nil { separateSource = visible }
                visible.append(contentsOf: bytes)
            } else {
                visible.append(contentsOf: bytes)
                separateSource?.append(contentsOf: bytes)
            }
        }
    }

    /// What `read` makes of the usual heading text, an empty anchor and then plain text
    /// (`<a name="properties"></a>Свойства`), without building the text in a buffer; `nil` for other text.
    private func readAnchored(_ start: Int, _ end: Int) -> (text: LocalizedText, anchor: String?)? {
        guard text[start] == UInt8(ascii: "<"), let (name, after) = emptyAnchor(at: start, end) else { return nil }
        for i in after..<end {
            let byte = text[i]
            if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\\") || byte == 0x0A || byte == 0x0D { return nil }
        }
        let (visibleStart, visibleEnd) = text.trimmed(after, end)
        let visible = text.string(visibleStart, visibleEnd)
        let range = SourceRange(start: start, end: end)
        let localized =
            text.page.map { LocalizedText(visible: visible, source: nil, page: $0, range: range) }
            ?? LocalizedText(visible: visible, source: nil, raw: text.string(start, end), range: range)
        return (localized, name)
    }

    /// The name of the empty anchor (`<a name="x"></a>`, `<a id="x"/>`) that starts at `i`, and the
    /// offset after it.
    private func emptyAnchor(at i: Int, _ end: Int) -> (name: String, after: Int)? {
        guard text.matchesIgnoringCase("<a", at: i, end: end), i + 2 < end, ByteText.isWhitespace(text[i + 2]),
            let tagEnd = tagEnd(from: i + 2, end), let name = anchorName(i + 2, tagEnd)
        else { return nil }
        if text[tagEnd - 1] == UInt8(ascii: "/") { return (name, tagEnd + 1) }
        let close = text.skipSpaces(tagEnd + 1, end)
        return text.matchesIgnoringCase("</a>", at: close, end: end) ? (name, close + 4) : nil
    }

    /// The offset of the `>` that ends the tag whose attributes start at `from` (quotes respected).
    private func tagEnd(from: Int, _ end: Int) -> Int? {
        var quote: UInt8 = 0
        var i = from
        while i < end {
            let byte = text[i]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return i
            } else if byte == UInt8(ascii: "<") || byte == 0x0A || byte == 0x0D {
                return nil
            }
            i += 1
        }
        return nil
    }

    private func classify(_ from: Int, _ to: Int) -> Span {
        if text.firstIndex(of: "sxs-lookup", from, to) != nil { return .lookup }
        if text.firstIndex(of: "data-ttu-id", from, to) != nil { return .translation }
        if text.firstIndex(of: "data-stu-id", from, to) != nil { return .sourceSegment }
        return .other
    }

    /// The value of a `name` or `id` attribute in `from..<to`, when the tag has no `href`.
    private func anchorName(_ from: Int, _ to: Int) -> String? {
        if text.firstIndex(of: "href", from, to) != nil { return nil }
        var i = from
        while i < to {
            if ByteText.isWhitespace(text[i]) {
                let name = text.skipSpaces(i, to)
                var valueStart: Int?
                if text.matchesIgnoringCase("name", at: name, end: to) {
                    valueStart = name + 4
                } else if text.matchesIgnoringCase("id", at: name, end: to) {
                    valueStart = name + 2
                }
                if var v = valueStart {
                    v = text.skipSpaces(v, to)
                    if v < to && text[v] == UInt8(ascii: "=") {
                        v = text.skipSpaces(v + 1, to)
                        return attributeValue(v, to)
                    }
                }
            }
            i += 1
        }
        return nil
    }

    private func attributeValue(_ start: Int, _ to: Int) -> String? {
        guard start < to else { return nil }
        let quote = text[start]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            guard let close = text.firstIndex(of: quote, start + 1, to) else { return nil }
            return text.string(start + 1, close)
        }
        var i = start
        while i < to && !ByteText.isWhitespace(text[i]) && text[i] != UInt8(ascii: "/") { i += 1 }
        return i > start ? text.string(start, i) : nil
    }

    /// `bytes` with every whitespace run that holds a line break folded into one space, trimmed
    /// of ASCII whitespace and no-break spaces at both ends.
    static func folded(_ bytes: [UInt8]) -> String {
        // Without a line break there is no run to fold: only the ends to trim.
        let unbroken = bytes.withUnsafeBufferPointer { buffer -> String? in
            let text = ByteText(buffer)
            guard text.firstIndex(of: 0x0A, 0, buffer.count) == nil, text.firstIndex(of: 0x0D, 0, buffer.count) == nil
            else { return nil }
            let (start, end) = text.trimmed(0, buffer.count)
            return text.string(start, end)
        }
        if let unbroken { return unbroken }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if ByteText.isWhitespace(byte) {
                var j = i
                var breaks = false
                while j < bytes.count && ByteText.isWhitespace(bytes[j]) {
                    if bytes[j] == 0x0A || bytes[j] == 0x0D { breaks = true }
                    j += 1
                }
                if breaks {
                    out.append(0x20)
                } else {
                    out.append(contentsOf: bytes[i..<j])
                }
                i = j
            } else {
                out.append(byte)
                i += 1
            }
        }
        let trimmed = out.withUnsafeBufferPointer { buffer in
            let text = ByteText(buffer)
            let (start, end) = text.trimmed(0, buffer.count)
            return text.string(start, end)
        }
        return trimmed
    }
}
