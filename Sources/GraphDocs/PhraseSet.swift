import SourceText

/// Phrases looked for in text ignoring case, as bytes: the text is folded once (`CaseFolding`, which
/// keeps every offset) and each phrase searched for with a byte loop, never through Foundation.
public struct PhraseSet: Sendable {
    /// The phrases, lowercased, as UTF-8.
    public let phrases: [[UInt8]]
    /// For each byte, the indices (in order) of the phrases that start with it: the text is scanned
    /// once, whatever the number of phrases.
    private let startingWith: [[Int]]
    /// Whether a phrase is empty (it occurs everywhere).
    private let hasEmpty: Bool
    /// One bit per pair of bytes (first byte × 256 + second) that some phrase starts with, and for a
    /// one-byte phrase every pair its byte starts: a position whose pair has no bit starts no phrase.
    /// Folded Cyrillic text starts nearly every other byte with 0xD0 or 0xD1, as Cyrillic phrases do,
    /// so the first byte alone lets through most of the text.
    private let startingPairs: [UInt64]

    /// A set of `phrases` (compared case-insensitively for ASCII, Latin-1 and Cyrillic letters).
    public init(_ phrases: [String]) {
        self.phrases = phrases.map { CaseFolding.lowercased(Array($0.utf8)) }
        var table = [[Int]](repeating: [], count: 256)
        for (index, phrase) in self.phrases.enumerated() {
            if let first = phrase.first { table[Int(first)].append(index) }
        }
        startingWith = table
        hasEmpty = self.phrases.contains { $0.isEmpty }
        var pairs = [UInt64](repeating: 0, count: 65536 / 64)
        for phrase in self.phrases where !phrase.isEmpty {
            let seconds = phrase.count > 1 ? Int(phrase[1])...Int(phrase[1]) : 0...255
            for second in seconds {
                let pair = Int(phrase[0]) << 8 | second
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        startingPairs = pairs
    }

    /// Whether `text` holds one of the phrases.
    public func occurs(in text: String) -> Bool {
        firstMatch(inFolded: CaseFolding.lowercased(text.utf8)) != nil
    }

    /// The earliest occurrence in `folded` (text lowered by `CaseFolding`) of any phrase; of two
    /// phrases found at the same offset, the one listed first.
    public func firstMatch(inFolded folded: [UInt8]) -> Range<Int>? {
        if hasEmpty { return 0..<0 }
        let count = folded.count
        return folded.withUnsafeBufferPointer { text -> Range<Int>? in
            startingPairs.withUnsafeBufferPointer { pairs -> Range<Int>? in
                for i in 0..<count {
                    // The last byte has no second: a one-byte phrase may still start there.
                    let pair = Int(text[i]) << 8 | (i + 1 < count ? Int(text[i + 1]) : 0)
                    if i + 1 < count, pairs[pair >> 6] & (1 << UInt64(pair & 63)) == 0 { continue }
                    if let match = match(at: i, in: text) { return match }
                }
                return nil
            }
        }
    }

    /// The first phrase (in list order) that occurs in `text` at `i`.
    private func match(at i: Int, in text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let count = text.count
        for index in startingWith[Int(text[i])] {
            let phrase = phrases[index]
            guard i + phrase.count <= count else { continue }
            var k = 1
            while k < phrase.count && text[i + k] == phrase[k] { k += 1 }
            if k == phrase.count { return i..<(i + phrase.count) }
        }
        return nil
    }
}
