import SourceText

extension StringProtocol {
    /// Whether `needle` occurs in the text, compared as UTF-8 bytes. With Foundation imported,
    /// `contains("x")` resolves to `StringProtocol.contains(_:)`, which bridges the whole text to
    /// `NSString` on every call; these searches run for every Type cell and JSON key.
    func containsBytes(_ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard let first = n.first else { return true }
        let h = utf8
        guard h.count >= n.count else { return false }
        var i = h.startIndex
        let last = h.index(h.endIndex, offsetBy: -n.count)
        while true {
            if h[i] == first {
                var j = h.index(after: i)
                var k = 1
                while k < n.count && h[j] == n[k] {
                    j = h.index(after: j)
                    k += 1
                }
                if k == n.count { return true }
            }
            if i == last { return false }
            i = h.index(after: i)
        }
    }
}

extension String {
    /// Whether every byte of the text is ASCII.
    var isASCIIText: Bool { utf8.allSatisfy { $0 < 0x80 } }

    /// `firstIndex(of:)` the ASCII character `byte` (not CR or LF), found by byte.
    ///
    /// A `Character` search steps grapheme by grapheme, hundreds of instructions a step. The first
    /// `byte` is the first such `Character` when it stands alone (see `isCharacter(at:)`); otherwise (a
    /// combining mark after it, say) the text is searched by `Character`, as before.
    func firstIndex(ofASCII byte: UInt8) -> String.Index? {
        guard let found = utf8.firstIndex(of: byte) else { return nil }
        return isCharacter(at: found) ? found : firstIndex(of: Character(Unicode.Scalar(byte)))
    }

    /// `lastIndex(of:)` the ASCII character `byte` (not CR or LF), the twin of `firstIndex(ofASCII:)`.
    func lastIndex(ofASCII byte: UInt8) -> String.Index? {
        guard let found = utf8.lastIndex(of: byte) else { return nil }
        return isCharacter(at: found) ? found : lastIndex(of: Character(Unicode.Scalar(byte)))
    }

    /// Whether the ASCII byte at `i` (not CR or LF) is a `Character` by itself. Nothing joins an ASCII
    /// scalar but the rules that keep a following Extend, ZWJ or SpacingMark scalar (none is ASCII) and a
    /// preceding Prepend scalar (all at U+0600 or above, none among the CJK ideographs and kana) with it,
    /// and CR LF; `false` when that cannot be told from the neighbouring scalars that cheaply.
    private func isCharacter(at i: String.Index) -> Bool {
        let next = utf8.index(after: i)
        if next < utf8.endIndex && utf8[next] >= 0x80 { return false }
        guard i > utf8.startIndex else { return true }
        let previous = unicodeScalars[unicodeScalars.index(before: i)].value
        return previous < 0x600 || (0x3000...0x9FFF).contains(previous)
    }

    /// `lowercased()`, by byte (`CaseFolding`) when every scalar is one that folding lowers exactly as
    /// `lowercased()` does — ASCII, Latin-1, basic Cyrillic (U+0400–U+045F) and caseless CJK
    /// (U+3000–U+9FFF); `lowercased()` builds a string per scalar of any other text.
    func lowercasedQuickly() -> String {
        var ascii = true
        for scalar in unicodeScalars {
            let v = scalar.value
            if v < 0x80 { continue }
            ascii = false
            guard v < 0x100 || (0x400...0x45F).contains(v) || (0x3000...0x9FFF).contains(v) else {
                return lowercased()
            }
        }
        // `lowercased()` has its own fast path for ASCII.
        return ascii ? lowercased() : String(decoding: CaseFolding.lowercased(utf8), as: UTF8.self)
    }
}
