/// Lower-casing and searching of UTF-8 bytes that keeps every offset where it was.
///
/// Foundation's `lowercased()` may change a text's UTF-8 length (and repairs invalid bytes), so offsets
/// found in its result cannot be used in the original bytes. These functions fold only letters whose
/// lower case has the same UTF-8 length — ASCII, Latin-1 (`Ä` → `ä`) and basic Cyrillic (`Н` → `н`,
/// `Ё` → `ё`) — which covers the phrases doc pages are searched for, and leave every other byte as it is,
/// invalid ones included.
public enum CaseFolding {
    /// `bytes` with ASCII, Latin-1 and basic Cyrillic capitals lowered; the same length as `bytes`.
    public static func lowercased<C: Collection<UInt8>>(_ bytes: C) -> [UInt8] {
        var out = [UInt8](bytes)
        var i = 0
        let n = out.count
        while i < n {
            let b = out[i]
            if b < 0x80 {
                if b >= 0x41 && b <= 0x5A { out[i] = b + 0x20 }
                i += 1
                continue
            }
            guard i + 1 < n else { break }
            let c = out[i + 1]
            switch b {
            case 0xC3 where c >= 0x80 && c <= 0x9E && c != 0x97:
                // U+00C0–U+00DE (but ×) → U+00E0–U+00FE.
                out[i + 1] = c + 0x20
                i += 2
            case 0xD0 where c >= 0x90 && c <= 0x9F:
                // А–П (U+0410–U+041F) → а–п (U+0430–U+043F).
                out[i + 1] = c + 0x20
                i += 2
            case 0xD0 where c >= 0xA0 && c <= 0xAF:
                // Р–Я (U+0420–U+042F) → р–я (U+0440–U+044F).
                out[i] = 0xD1
                out[i + 1] = c - 0x20
                i += 2
            case 0xD0 where c >= 0x80 && c <= 0x8F:
                // Ѐ–Џ (U+0400–U+040F) → ѐ–џ (U+0450–U+045F).
                out[i] = 0xD1
                out[i + 1] = c + 0x10
                i += 2
            default:
                i += 1
            }
        }
        return out
    }

    /// The first range of `needle` in `haystack[range]` (exact bytes; fold both sides first for a
    /// case-insensitive search).
    public static func firstRange(of needle: [UInt8], in haystack: [UInt8], range: Range<Int>? = nil) -> Range<Int>? {
        let range = range ?? 0..<haystack.count
        guard let first = needle.first, needle.count <= range.count else {
            return needle.isEmpty ? range.lowerBound..<range.lowerBound : nil
        }
        var i = range.lowerBound
        let last = range.upperBound - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i..<(i + needle.count) }
            }
            i += 1
        }
        return nil
    }

    /// The last range of `needle` in `haystack` (exact bytes), the twin of `firstRange`.
    public static func lastRange(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
        guard let first = needle.first else { return haystack.count..<haystack.count }
        guard needle.count <= haystack.count else { return nil }
        var i = haystack.count - needle.count
        while i >= 0 {
            if haystack[i] == first {
                var k = 1
                while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i..<(i + needle.count) }
            }
            i -= 1
        }
        return nil
    }
}
