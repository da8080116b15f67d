import SourceText

/// Phrases looked for in text ignoring case, as bytes: the text is folded once (`CaseFolding`, which
/// keeps every offset) and each phrase searched for with a byte loop, never through Foundation.
public struct PhraseSet: Sendable {
    /// The phrases, lowercased, as UTF-8.
    public let phrases: [[UInt8]]

    /// A set of `phrases` (compared case-insensitively for ASCII, Latin-1 and Cyrillic letters).
    public init(_ phrases: [String]) {
        self.phrases = phrases.map { CaseFolding.lowercased(Array($0.utf8)) }
    }

    /// Whether `text` holds one of the phrases.
    public func occurs(in text: String) -> Bool {
        let folded = CaseFolding.lowercased(text.utf8)
        return phrases.contains { CaseFolding.firstRange(of: $0, in: folded) != nil }
    }

    /// The earliest occurrence in `folded` (text lowered by `CaseFolding`) of any phrase; of two
    /// phrases found at the same offset, the one listed first.
    public func firstMatch(inFolded folded: [UInt8]) -> Range<Int>? {
        var best: Range<Int>?
        for phrase in phrases {
            guard let found = CaseFolding.firstRange(of: phrase, in: folded) else { continue }
            if best == nil || found.lowerBound < best!.lowerBound { best = found }
        }
        return best
    }
}
