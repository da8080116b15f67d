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

    /// A set of `phrases` (compared case-insensitively for ASCII, Latin-1 and Cyrillic letters).
    public init(_ phrases: [String]) {
        self.phrases = phrases.map { CaseFolding.lowercased(Array($0.utf8)) }
        var table = [[Int]](repeating: [], count: 256)
        for (index, phrase) in self.phrases.enumerated() {
            if let first = phrase.first { table[Int(first)].append(index) }
        }
        startingWith = table
        hasEmpty = self.phrases.contains { $0.isEmpty }
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
            for i in 0..<count {
                let candidates = startingWith[Int(text[i])]
                if candidates.isEmpty { continue }
                for index in candidates {
                    let phrase = phrases[index]
                    guard i + phrase.count <= count else { continue }
                    var k = 1
                    while k < phrase.count && text[i + k] == phrase[k] { k += 1 }
                    if k == phrase.count { return i..<(i + phrase.count) }
                }
            }
            return nil
        }
    }
}
